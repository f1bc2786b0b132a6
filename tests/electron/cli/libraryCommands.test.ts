import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { checkLibraryFile } from '../../../db/backup';
import { makeTempDir } from '../../helpers/tempDir';
import { buildCli, runCopydesk, ROOT } from '../../helpers/copydeskCli';

// Read in place when present (the Word files written by others are never copied into the project).
const SHARED_DOCX = path.resolve(ROOT, '..', 'shared', 'testdata', 'docx-mammoth', 'test', 'test-data');

let temp: ReturnType<typeof makeTempDir>;
let library: string;
let incoming: string;

beforeAll(buildCli);
beforeEach(() => {
  temp = makeTempDir();
  library = path.join(temp.dir, 'library.sqlite');
  incoming = path.join(temp.dir, 'incoming');
  fs.mkdirSync(path.join(incoming, 'desk'), { recursive: true });
  fs.writeFileSync(path.join(incoming, 'desk', 'ferry.txt'), 'Night ferries approved\n\nThe port authority voted on Thursday to allow a six-month trial.\n');
  fs.writeFileSync(path.join(incoming, 'desk', 'talks.txt'), 'Peace talks resume in Riyadh\n\nDelegations met for the first time since the ceasefire.\n');
  fs.writeFileSync(path.join(incoming, 'empty.txt'), '');
});
afterEach(() => temp.cleanup());

const copydesk = (...args: string[]) => runCopydesk(temp.dir, ...args);

describe('copydesk import', () => {
  it('imports a folder, lists failures with their reasons, ends with one summary line and exit code 1', () => {
    const result = copydesk('import', '--library', library, incoming);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/failed: .*empty\.txt: empty\.txt: the file is empty\./);
    expect(result.out.trim().split('\n')).toEqual([expect.stringMatching(/^Imported 2 files; 1 failed\. \(\d+\.\d s\)$/)]);
  });

  it('exits 0 when every file imported, and --json reports each file', () => {
    const result = copydesk('import', '--library', library, '--json', path.join(incoming, 'desk'), path.join(incoming, 'missing.txt'));
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { imported: number; failed: number; files: Array<{ path: string; status: string; storyId?: string; warnings: string[]; error?: string }> };
    expect(report).toMatchObject({ imported: 2, failed: 1 });
    expect(report.files).toEqual([
      { path: path.join(incoming, 'missing.txt'), status: 'failed', warnings: [], error: expect.stringMatching(/no such file or folder/) },
      { path: path.join(incoming, 'desk', 'ferry.txt'), status: 'imported', storyId: expect.stringMatching(/^[0-9a-f-]{36}$/), warnings: [] },
      { path: path.join(incoming, 'desk', 'talks.txt'), status: 'imported', storyId: expect.any(String), warnings: [] },
    ]);
    expect(copydesk('import', '--library', library, path.join(incoming, 'desk')).code).toBe(0);
  });

  it('imports each file by its type: Markdown front matter, a saved web page, a Word file', () => {
    const mixed = path.join(temp.dir, 'mixed');
    fs.mkdirSync(mixed);
    fs.writeFileSync(path.join(mixed, 'budget.md'), '---\nslug: city-budget\nheadline: City budget passes\nsection: Metro\n---\n\nThe council passed the **budget** on Monday.\n');
    fs.writeFileSync(
      path.join(mixed, 'page.html'),
      '<html><head><title>Harbour dredging begins</title></head><body><article><h1>Harbour dredging begins</h1>' +
        '<p>Work to deepen the harbour began on Wednesday, the port authority said in a statement to reporters.</p>'.repeat(6) +
        '</article><script>alert(1)</script></body></html>',
    );
    const docx = path.join(SHARED_DOCX, 'simple-list.docx');
    if (fs.existsSync(docx)) fs.copyFileSync(docx, path.join(mixed, 'stringer.docx'));
    const report = JSON.parse(copydesk('import', '--library', library, '--json', mixed).out) as { imported: number; failed: number };
    expect(report).toMatchObject({ imported: fs.existsSync(docx) ? 3 : 2, failed: 0 });
    const listed = JSON.parse(copydesk('list', '--library', library, '--json').out) as Array<{ slug: string; headline: string; section?: string }>;
    expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ slug: 'city-budget', headline: 'City budget passes' }), expect.objectContaining({ headline: 'Harbour dredging begins' })]));
  });

  it('says what is missing when no file is named', () => {
    const result = copydesk('import', '--library', library);
    expect(result.code).toBe(2);
    expect(result.err).toContain('name at least one file or folder');
  });
});

describe('copydesk search', () => {
  it('prints ranked results with their snippets, as text or JSON', () => {
    expect(copydesk('import', '--library', library, path.join(incoming, 'desk')).code).toBe(0);
    const text = copydesk('search', '--library', library, 'ceasefire OR trial');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/1\. .*\n {3}draft · \d{4}-\d{2}-\d{2} · \d+ words\n {3}.*\*\*(ceasefire|trial)\*\*/);
    expect(text.out).toContain('2 of 2 matching stories.');
    const json = JSON.parse(copydesk('search', '--library', library, '--json', '--limit', '1', 'headline:peace').out) as {
      total: number;
      results: Array<{ headline: string; snippet: string }>;
    };
    expect(json.total).toBe(1);
    expect(json.results).toEqual([expect.objectContaining({ headline: 'Peace talks resume in Riyadh', snippet: expect.stringContaining('**Peace**') })]);
  });

  it('answers a query with nothing to search for in words, and a bad limit with usage', () => {
    const nothing = copydesk('search', '--library', library, '--', '-ferry');
    expect(nothing.code).toBe(1);
    expect(nothing.err).toContain('cannot only exclude words');
    expect(copydesk('search', '--library', library, '--limit', 'lots', 'ferry').err).toContain('--limit must be a whole number');
    expect(copydesk('search', '--library', library, 'nothing-matches-this').out).toContain('No stories match');
  });
});

describe('copydesk backup and restore', () => {
  it('backs up a library the app has open, and restores it once the app is closed', async () => {
    expect(copydesk('import', '--library', library, path.join(incoming, 'desk')).code).toBe(0);
    const app = openCore({ libraryPath: library, mode: 'browser', app: 'Copydesk (test)', log: () => {}, backupsDir: path.join(temp.dir, 'app-backups') });
    const out = path.join(temp.dir, 'saved', 'copy.sqlite');
    let restoredOver: string | undefined;
    try {
      const backup = copydesk('backup', '--library', library, '--out', out);
      expect(backup.code, backup.err).toBe(0);
      expect(backup.out).toMatch(/^Backed up 2 stories to .*copy\.sqlite \(\d+\.\d MB\)\.\n$/);
      expect(checkLibraryFile(out)).toMatchObject({ ok: true, storyCount: 2 });
      expect(copydesk('backup', '--library', library, '--out', out).err).toContain('already exists');
      const intoFolder = copydesk('backup', '--library', library);
      expect(intoFolder.out).toMatch(/Backups\/library-[0-9a-f]{8}\/backup-\d{8}T\d{9}Z-manual\.sqlite/);

      const busy = copydesk('restore', '--library', library, '--from', out);
      expect(busy.code).toBe(1);
      expect(busy.err).toMatch(/in use by Copydesk \(test\)/);
      await app.dispatch('createStory', { headline: 'After the backup' });
    } finally {
      app.close();
    }
    const restored = copydesk('restore', '--library', library, '--from', out);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain('Restored 2 stories');
    restoredOver = /backed up at (\S+)\./.exec(restored.err)?.[1];
    expect(restoredOver && checkLibraryFile(restoredOver)).toMatchObject({ ok: true, storyCount: 3 });
    expect(JSON.parse(copydesk('list', '--library', library, '--json').out)).toHaveLength(2);
  });

  it('refuses to restore a file that is not a sound library', () => {
    const junk = path.join(temp.dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'junk'.repeat(1000));
    const result = copydesk('restore', '--library', library, '--from', junk);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot be restored/);
    expect(copydesk('restore', '--library', library).err).toContain('--from is required');
  });
});
