import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { makeTempDir } from '../../helpers/tempDir';
import { buildCli, runCopydesk } from '../../helpers/copydeskCli';
import { RICH_BODY } from '../../helpers/exportSamples';
import { docFromPlainText } from '../../../story/document';


let temp: ReturnType<typeof makeTempDir>;
let library: string;
let out: string;

beforeAll(buildCli);
beforeEach(() => {
  temp = makeTempDir();
  library = path.join(temp.dir, 'library.sqlite');
  out = path.join(temp.dir, 'out', 'today');
});
afterEach(() => temp.cleanup());

const copydesk = (...args: string[]) => runCopydesk(temp.dir, ...args);

/** Stories made through the same dispatch the app uses, then the library is closed for the CLI. */
async function seed(stories: Array<{ slug: string; status?: 'ready' | 'draft'; body?: unknown }>): Promise<string[]> {
  const core = openCore({ libraryPath: library, mode: 'browser', app: 'seed', log: () => {} });
  try {
    const ids: string[] = [];
    for (const story of stories) {
      const created = await core.dispatch('createStory', { slug: story.slug, headline: `Story ${story.slug}`, body: story.body ?? docFromPlainText(`Text of ${story.slug}.`) });
      if (!created.ok) throw new Error(created.error.message);
      const id = (created.value as { id: string }).id;
      if (story.status) await core.dispatch('saveStory', { id, baseVersion: 1, changes: { status: story.status } });
      ids.push(id);
    }
    return ids;
  } finally {
    core.close();
  }
}

describe('copydesk export', () => {
  it('writes the chosen formats of the stories of a status into a new folder', async () => {
    await seed([{ slug: 'alpha', status: 'ready' }, { slug: 'beta', status: 'ready' }, { slug: 'gamma' }]);
    const result = copydesk('export', '--library', library, '--format', 'html,ninjs,md,txt,newsml,docx', '--out', out, '--status', 'ready');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Exported 2 of 2 stories (12 files)');
    expect(result.err).toContain('2/2 stories exported');
    const files = fs.readdirSync(out).toSorted();
    expect(files).toHaveLength(12);
    expect(files).toContain('alpha.ninjs.json');
    expect(files).not.toContain('gamma.md');
    expect(JSON.parse(fs.readFileSync(path.join(out, 'beta.ninjs.json'), 'utf8')).slugline).toBe('beta');
  });

  it('exports by id and by query, and exits 1 when a story fails', async () => {
    const [alpha] = await seed([{ slug: 'alpha' }, { slug: 'beta' }]);
    expect(copydesk('export', '--library', library, '--format', 'txt', '--out', out, '--id', alpha!).code).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['alpha.txt']);
    const again = copydesk('export', '--library', library, '--format', 'txt', '--out', out, '--query', 'text');
    expect(again.code).toBe(1);
    expect(again.err).toContain('alpha.txt: already exists');
    expect(fs.readdirSync(out).toSorted()).toEqual(['alpha.txt', 'beta.txt']);
    expect(copydesk('export', '--library', library, '--format', 'txt', '--out', out, '--all', '--replace').code).toBe(0);
  });

  it('applies the fact gate to --final exports; --override records why', async () => {
    await seed([{ slug: 'with-tk', body: RICH_BODY }]);
    const blocked = copydesk('export', '--library', library, '--format', 'md', '--out', out, '--all', '--final');
    expect(blocked.code).toBe(1);
    expect(blocked.err).toContain('Final export blocked: 1 TK');
    const overridden = copydesk('export', '--library', library, '--format', 'md', '--out', out, '--all', '--final', '--override', 'Editor approved');
    expect(overridden.code, overridden.err).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['with-tk.md']);
  });

  it('says plainly that PDF needs the app, and explains usage mistakes', async () => {
    await seed([{ slug: 'alpha' }]);
    const pdf = copydesk('export', '--library', library, '--format', 'html,pdf', '--out', out, '--all');
    expect(pdf.code).toBe(1);
    expect(pdf.err).toContain('PDF needs the Copydesk desktop app');
    expect(fs.existsSync(out)).toBe(false);
    expect(copydesk('export', '--library', library, '--out', out, '--all').err).toContain('--format is required');
    expect(copydesk('export', '--library', library, '--format', 'rtf', '--out', out, '--all').err).toContain('unknown format "rtf"');
    expect(copydesk('export', '--library', library, '--format', 'md', '--out', out).err).toContain('say which stories');
    expect(copydesk('export', '--library', library, '--format', 'md', '--out', out, '--status', 'lost').code).toBe(2);
  });
});
