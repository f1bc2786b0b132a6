import { open } from 'node:fs/promises';
import path from 'node:path';
import { importMarkdown } from '../../../story/import/markdown';
import { importPlainText } from '../../../story/import/plainText';
import { ImportError, type ImportFormat, type ImportInput, type ImportedStory, type Importer } from '../../../story/import/types';
import { importDocx } from './docx';
import { importHtml } from './html';
import { IMPORT_LIMITS, megabytes } from './limits';
import { sniffFormat } from './sniff';

const IMPORTERS: Record<ImportFormat, Importer> = {
  text: importPlainText,
  markdown: importMarkdown,
  html: (input) => importHtml(input, { extract: 'article' }),
  docx: importDocx,
};

/**
 * Turns one file into a story's fields, choosing the importer by the file's content
 * and name (sniffFormat). Every failure is an ImportError naming the file and what
 * was wrong; a failure of a third-party parser is wrapped, never passed through.
 * The import pipeline (CLI, drag and drop, File menu) calls only this.
 */
export async function importStoryFile(input: ImportInput): Promise<ImportedStory> {
  const { fileName, bytes } = input;
  try {
    if (bytes.length === 0) throw new ImportError('empty', fileName, 'the file is empty.');
    if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
      throw new ImportError('too_large', fileName, `the file is ${megabytes(bytes.length)}; files over ${megabytes(IMPORT_LIMITS.maxFileBytes)} are not imported.`);
    }
    const sniffed = sniffFormat(fileName, bytes);
    if (sniffed.format !== 'docx' && bytes.length > IMPORT_LIMITS.maxTextBytes) {
      throw new ImportError('too_large', fileName, `the file is ${megabytes(bytes.length)} of text; a story file over ${megabytes(IMPORT_LIMITS.maxTextBytes)} is not a story.`);
    }
    const imported = await IMPORTERS[sniffed.format](input);
    if (sniffed.warning) imported.warnings.unshift(sniffed.warning);
    return imported;
  } catch (error) {
    throw asImportError(error, fileName);
  }
}

/**
 * Reads a file from disk (refusing folders, unreadable files and files over the size
 * cap before reading them whole) and imports it.
 */
export async function importStoryPath(filePath: string): Promise<ImportedStory> {
  return importStoryFile(await readImportFile(filePath));
}

export async function readImportFile(filePath: string): Promise<ImportInput> {
  const fileName = path.basename(filePath);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(filePath, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new ImportError('unsupported', fileName, 'this is a folder, not a file.');
    if (!stat.isFile()) throw new ImportError('unreadable', fileName, 'this is not a regular file.');
    if (stat.size > IMPORT_LIMITS.maxFileBytes) {
      throw new ImportError('too_large', fileName, `the file is ${megabytes(stat.size)}; files over ${megabytes(IMPORT_LIMITS.maxFileBytes)} are not imported.`);
    }
    const bytes = new Uint8Array(await handle.readFile());
    return { fileName, bytes };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'the file does not exist (it may have been moved or deleted).'
        : code === 'EACCES' || code === 'EPERM'
          ? 'Copydesk is not allowed to read this file (check its permissions).'
          : code === 'EISDIR'
            ? 'this is a folder, not a file.'
            : `the file could not be read (${code ?? (error as Error).message}).`;
    throw new ImportError(code === 'EISDIR' ? 'unsupported' : 'unreadable', fileName, reason);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Anything thrown below an importer becomes an ImportError naming the file; a stack overflow or a parser bug included. */
export function asImportError(error: unknown, fileName: string): ImportError {
  if (error instanceof ImportError) return error;
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new ImportError('too_complex', fileName, 'the file is nested too deeply to read.');
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ImportError('corrupt', fileName, `the file could not be read (${message.split('\n')[0]!.slice(0, 200)}).`);
}
