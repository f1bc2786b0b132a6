import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerRenderer, defaultStoryRenderer, inProcessRenderer, type StoryRenderer } from '../../../../electron/services/export/renderPool';
import { exportInput } from '../../../../story/formats/types';
import { FIXED_OPTIONS, SAMPLE_FACTS, SAMPLE_SOURCES, richStory } from '../../../helpers/exportSamples';
import { makeTempDir } from '../../../helpers/tempDir';

const ROOT = path.resolve(__dirname, '../../../..');
let temp: ReturnType<typeof makeTempDir>;
let worker: StoryRenderer;

beforeAll(async () => {
  temp = makeTempDir();
  // The worker bundle exactly as the build makes it.
  const esbuild = await import('esbuild');
  await esbuild.build({ absWorkingDir: ROOT, entryPoints: ['electron/services/export/renderWorker.ts'], outfile: path.join(temp.dir, 'exportWorker.cjs'), bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
  worker = defaultStoryRenderer(temp.dir);
});
afterAll(async () => {
  await worker.close();
  temp.cleanup();
});

const input = exportInput(richStory(), { facts: SAMPLE_FACTS, sources: SAMPLE_SOURCES, options: FIXED_OPTIONS });

/** A Word file's body; files differ only in their random hyperlink relationship ids. */
const body = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!).replace(/r:id="[^"]+"/g, 'r:id');

describe('rendering in the export worker', () => {
  it('uses the worker bundle beside the app, and renders in this thread where there is none (tests, sources)', () => {
    expect(worker.inWorker).toBe(true);
    expect(defaultStoryRenderer(path.join(temp.dir, 'nowhere')).inWorker).toBe(false);
  });

  it('makes the same files as rendering in this thread', async () => {
    const here = inProcessRenderer();
    for (const format of ['html', 'md', 'txt', 'ninjs', 'newsml', 'factcheck-csv', 'claimreview'] as const) {
      expect(strFromU8(await worker.render(format, input)), format).toBe(strFromU8(await here.render(format, input)));
    }
    const [fromWorker, fromHere] = await Promise.all([worker.render('docx', input), here.render('docx', input)]);
    expect(body(fromWorker)).toBe(body(fromHere));
  });

  it('answers many requests in order, and reports a failure without stopping', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, n) => worker.render('txt', exportInput(richStory({ slug: `story-${n}` }), { options: FIXED_OPTIONS }))));
    expect(results.map((bytes) => strFromU8(bytes).split(' | ')[0])).toEqual(Array.from({ length: 20 }, (_, n) => `story-${n}`));
    await expect(worker.render('rtf' as never, input)).rejects.toThrow();
    expect(strFromU8(await worker.render('md', input))).toContain('slug: "harbour-ferry"');
  });

  it('a worker that dies fails what it held and the next request starts a new one', async () => {
    const broken = createWorkerRenderer(`${fs.readFileSync(path.join(temp.dir, 'exportWorker.cjs'), 'utf8')}\nrequire('node:worker_threads').parentPort.on('message', () => process.exit(3));`);
    await expect(broken.render('md', input)).rejects.toThrow(/export worker stopped/);
    await broken.close();
  });
});
