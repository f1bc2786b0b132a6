import fs from 'node:fs/promises';
import path from 'node:path';

export interface FileToImport {
  /** The path to report (as the user gave it, joined with what was found in folders). */
  path: string;
  /** Where to read it. */
  absolute: string;
  /** Found by walking a folder (an unsupported type is then skipped, not failed). */
  fromFolder: boolean;
}

export interface CollectedFiles {
  files: FileToImport[];
  /** Paths that could not be read at all, with the reason. */
  unreadable: Array<{ path: string; error: string }>;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The files named, and every file inside the folders named (recursively, in name order).
 * Hidden files and folders are passed over; links to folders are not followed (no loops).
 */
export async function collectFiles(inputs: readonly string[], signal?: AbortSignal): Promise<CollectedFiles> {
  const files: FileToImport[] = [];
  const unreadable: CollectedFiles['unreadable'] = [];

  const walk = async (display: string, absolute: string): Promise<void> => {
    if (signal?.aborted) return;
    let entries;
    try {
      entries = await fs.readdir(absolute, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: display, error: `could not read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      return;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childDisplay = path.join(display, entry.name);
      const childAbsolute = path.join(absolute, entry.name);
      if (entry.isDirectory()) await walk(childDisplay, childAbsolute);
      else if (entry.isFile()) files.push({ path: childDisplay, absolute: childAbsolute, fromFolder: true });
      else if (entry.isSymbolicLink()) {
        const target = await fs.stat(childAbsolute).catch(() => undefined);
        if (target?.isFile()) files.push({ path: childDisplay, absolute: childAbsolute, fromFolder: true });
      }
    }
  };

  for (const input of inputs) {
    const absolute = path.resolve(input);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      unreadable.push({ path: input, error: code === 'ENOENT' ? 'there is no such file or folder' : `could not be read (${code ?? (error as Error).message})` });
      continue;
    }
    if (stat.isDirectory()) await walk(input, absolute);
    else files.push({ path: input, absolute, fromFolder: false });
  }
  return { files, unreadable };
}
