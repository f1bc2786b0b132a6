import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileExistsError, writeFileAtomic } from '../../../../electron/services/export/atomicWrite';
import { makeTempDir } from '../../../helpers/tempDir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const bytes = (text: string) => new TextEncoder().encode(text);

describe('atomic file writes', () => {
  it('writes the whole file and leaves no temporary file behind', () => {
    const big = bytes('x'.repeat(3_000_000));
    const written = writeFileAtomic(dir, 'story.html', big);
    expect(written).toBe(path.join(dir, 'story.html'));
    expect(fs.readFileSync(written).length).toBe(big.length);
    expect(fs.readdirSync(dir)).toEqual(['story.html']);
  });

  it('never overwrites an existing file unless told to', () => {
    fs.writeFileSync(path.join(dir, 'story.html'), 'the earlier export');
    expect(() => writeFileAtomic(dir, 'story.html', bytes('new'))).toThrow(FileExistsError);
    expect(fs.readFileSync(path.join(dir, 'story.html'), 'utf8')).toBe('the earlier export');
    expect(fs.readdirSync(dir)).toEqual(['story.html']);
  });

  it('replaces when asked, in one step', () => {
    fs.writeFileSync(path.join(dir, 'story.html'), 'old');
    writeFileAtomic(dir, 'story.html', bytes('new'), 'replace');
    expect(fs.readFileSync(path.join(dir, 'story.html'), 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['story.html']);
  });

  it('keeps both with a numbered name, before the whole extension', () => {
    fs.writeFileSync(path.join(dir, 'story.ninjs.json'), 'old');
    fs.writeFileSync(path.join(dir, 'story (2).ninjs.json'), 'old too');
    const written = writeFileAtomic(dir, 'story.ninjs.json', bytes('new'), 'keep-both');
    expect(path.basename(written)).toBe('story (3).ninjs.json');
    expect(fs.readFileSync(path.join(dir, 'story.ninjs.json'), 'utf8')).toBe('old');
  });

  it('a failed write leaves neither a half file nor a temporary file', () => {
    const missing = path.join(dir, 'gone');
    expect(() => writeFileAtomic(missing, 'story.html', bytes('x'))).toThrow(/ENOENT/);
    fs.mkdirSync(path.join(dir, 'story.html'));
    expect(() => writeFileAtomic(dir, 'story.html', bytes('x'), 'replace')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['story.html']);
  });
});
