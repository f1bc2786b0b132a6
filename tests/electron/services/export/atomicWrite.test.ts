import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileExistsError, removeStaleTemps, syncFolder, writeFileAtomic } from '../../../../electron/services/export/atomicWrite';
import { makeTempDir } from '../../../helpers/tempDir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const bytes = (text: string) => new TextEncoder().encode(text);

describe('atomic file writes', () => {
  it('writes the whole file and leaves no temporary file behind', async () => {
    const big = bytes('x'.repeat(3_000_000));
    const written = await writeFileAtomic(dir, 'story.html', big);
    await syncFolder(dir);
    expect(written).toBe(path.join(dir, 'story.html'));
    expect(fs.readFileSync(written).length).toBe(big.length);
    expect(fs.readdirSync(dir)).toEqual(['story.html']);
  });

  it('never overwrites an existing file unless told to', async () => {
    fs.writeFileSync(path.join(dir, 'story.html'), 'the earlier export');
    await expect(writeFileAtomic(dir, 'story.html', bytes('new'))).rejects.toThrow(FileExistsError);
    expect(fs.readFileSync(path.join(dir, 'story.html'), 'utf8')).toBe('the earlier export');
    expect(fs.readdirSync(dir)).toEqual(['story.html']);
  });

  it('replaces when asked, in one step', async () => {
    fs.writeFileSync(path.join(dir, 'story.html'), 'old');
    await writeFileAtomic(dir, 'story.html', bytes('new'), 'replace');
    expect(fs.readFileSync(path.join(dir, 'story.html'), 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['story.html']);
  });

  it('keeps both with a numbered name, before the whole extension', async () => {
    fs.writeFileSync(path.join(dir, 'story.ninjs.json'), 'old');
    fs.writeFileSync(path.join(dir, 'story (2).ninjs.json'), 'old too');
    const written = await writeFileAtomic(dir, 'story.ninjs.json', bytes('new'), 'keep-both');
    expect(path.basename(written)).toBe('story (3).ninjs.json');
    expect(fs.readFileSync(path.join(dir, 'story.ninjs.json'), 'utf8')).toBe('old');
  });

  it('a failed write leaves neither a half file nor a temporary file', async () => {
    const missing = path.join(dir, 'gone');
    await expect(writeFileAtomic(missing, 'story.html', bytes('x'))).rejects.toThrow(/ENOENT/);
    fs.mkdirSync(path.join(dir, 'story.html'));
    await expect(writeFileAtomic(dir, 'story.html', bytes('x'), 'replace')).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['story.html']);
  });

  it('removes temporary files a crash left, once an hour old, and nothing else', async () => {
    const left = '.story.html.0123456789ab.tmp';
    const fresh = '.story.md.ba9876543210.tmp';
    for (const name of [left, fresh, 'story.html', '.hidden-note.tmp']) fs.writeFileSync(path.join(dir, name), 'x');
    const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
    for (const name of [left, 'story.html', '.hidden-note.tmp']) fs.utimesSync(path.join(dir, name), hourAgo, hourAgo);
    expect(await removeStaleTemps(dir)).toEqual([left]);
    expect(fs.readdirSync(dir).toSorted()).toEqual(['.hidden-note.tmp', fresh, 'story.html'].toSorted());
  });
});
