import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainTextOf } from '../../../../story/document';
import { ImportError } from '../../../../story/import/types';
import { importStoryFile, importStoryPath } from '../../../../electron/services/import/registry';
import { makeTempDir } from '../../../helpers/tempDir';
import { makeDocx, wordParagraph } from '../../../helpers/zipWriter';

const file = (fileName: string, content: string | Uint8Array) => ({ fileName, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
const ARTICLE = Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index}: the council voted on Tuesday to run the harbour ferry at night after a long dispute.</p>`).join('');
const temp = makeTempDir('copydesk-import-');
afterAll(() => temp.cleanup());

async function refusal(input: { fileName: string; bytes: Uint8Array }): Promise<ImportError> {
  const error = await importStoryFile(input).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).fileName).toBe(input.fileName);
  expect((error as ImportError).message.startsWith(`${input.fileName}: `)).toBe(true);
  return error as ImportError;
}

describe('choosing the importer', () => {
  it('reads each format by its extension', async () => {
    expect((await importStoryFile(file('a.txt', 'Ferry vote\n\nThe council voted.'))).format).toBe('text');
    expect((await importStoryFile(file('a.md', '# Ferry vote\n\nThe council voted.'))).format).toBe('markdown');
    expect((await importStoryFile(file('a.html', `<article>${ARTICLE}</article>`))).format).toBe('html');
    expect((await importStoryFile(file('a.docx', makeDocx(wordParagraph('The council voted.'))))).format).toBe('docx');
  });

  it('reads content for what it is when the extension lies, and says so', async () => {
    const page = await importStoryFile(file('page.txt', `<!doctype html><html><head><title>Ferry</title></head><body><article>${ARTICLE}</article></body></html>`));
    expect(page.format).toBe('html');
    expect(page.warnings[0]).toBe('Named .txt but holds a web page; read as such.');
    const word = await importStoryFile(file('notes.txt', makeDocx(wordParagraph('The council voted.'))));
    expect(word.format).toBe('docx');
    const notZip = await importStoryFile(file('letter.docx', 'Dear editor,\nThe council voted.'));
    expect(notZip.format).toBe('text');
    expect(notZip.warnings[0]).toMatch(/not a Word file/);
    const frontMatter = await importStoryFile(file('story.txt', '---\ntitle: Ferry\n---\nThe council voted.'));
    expect(frontMatter.format).toBe('markdown');
    expect(frontMatter.fields.headline).toBe('Ferry');
  });

  it('keeps HTML inside Markdown as Markdown', async () => {
    expect((await importStoryFile(file('a.md', '<p>one</p><p>two</p><p>three</p>\n\nText.'))).format).toBe('markdown');
  });
});

describe('bad input: a clear ImportError naming the file', () => {
  it('empty and blank files', async () => {
    expect((await refusal(file('empty.txt', ''))).code).toBe('empty');
    expect((await refusal(file('blank.md', ' \n\n'))).code).toBe('empty');
    expect((await refusal(file('blank.html', '<html><body> </body></html>'))).code).toBe('empty');
  });

  it('binary junk with a text extension', async () => {
    const junk = new Uint8Array(4096).map((_, index) => (index * 2654435761) % 251);
    for (const name of ['junk.txt', 'junk.md', 'junk.html']) expect((await refusal(file(name, junk))).code).toBe('binary');
  });

  it('images, PDFs, old Word files and encrypted Word files', async () => {
    expect((await refusal(file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])))).message).toMatch(/PNG image/);
    expect((await refusal(file('report.pdf', '%PDF-1.7\n...'))).message).toMatch(/a PDF/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refusal(file('old.doc', ole))).message).toMatch(/old-format Word/);
    expect((await refusal(file('locked.docx', ole))).message).toMatch(/password-protected/);
  });

  it('a 50 MB file is refused before any parser sees it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const error = await refusal(file('huge.txt', big));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('huge.txt: the file is 50 MB; files over 20 MB are not imported.');
    const onDisk = path.join(temp.dir, 'huge.txt');
    fs.writeFileSync(onDisk, big);
    await expect(importStoryPath(onDisk)).rejects.toThrow('huge.txt: the file is 50 MB; files over 20 MB are not imported.');
  });

  it('unreadable files, missing files and folders', async () => {
    const locked = path.join(temp.dir, 'locked.txt');
    fs.writeFileSync(locked, 'Secret story');
    fs.chmodSync(locked, 0o000);
    const canBypass = process.getuid?.() === 0;
    if (!canBypass) await expect(importStoryPath(locked)).rejects.toThrow('locked.txt: Copydesk is not allowed to read this file (check its permissions).');
    // Root reads anything; a path through a file fails for everyone.
    const throughFile = await importStoryPath(path.join(locked, 'story.txt')).catch((error: unknown) => error);
    expect(throughFile).toMatchObject({ code: 'unreadable', message: 'story.txt: the file could not be read (ENOTDIR).' });
    await expect(importStoryPath(path.join(temp.dir, 'gone.txt'))).rejects.toThrow('gone.txt: the file does not exist');
    await expect(importStoryPath(temp.dir)).rejects.toThrow(/this is a folder, not a file/);
  });

  it('imports a file from disk', async () => {
    const onDisk = path.join(temp.dir, 'ferry.md');
    fs.writeFileSync(onDisk, '# Ferry vote\n\nThe council voted.');
    const story = await importStoryPath(onDisk);
    expect(story.fields.headline).toBe('Ferry vote');
    expect(plainTextOf(story.fields.body)).toBe('The council voted.');
  });
});
