import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type OnExisting = 'fail' | 'replace' | 'keep-both';

/** Writes a temp file's bytes. The one seam where tests inject a full disk (see injectFileWrites). */
export type WriteBytes = (handle: fs.promises.FileHandle, bytes: Uint8Array) => Promise<void>;

const writeAll: WriteBytes = (handle, bytes) => handle.writeFile(bytes);
let writeBytes: WriteBytes = writeAll;

/**
 * Tests only: replace how exported files' bytes are written (e.g. a FakeFullDisk that writes
 * part of the bytes, then fails with ENOSPC); undefined restores the real writes.
 */
export function injectFileWrites(injected: WriteBytes | undefined): void {
  writeBytes = injected ?? writeAll;
}

export class FileExistsError extends Error {
  override name = 'FileExistsError';
  constructor(readonly filePath: string) {
    super(`${path.basename(filePath)} already exists in ${path.dirname(filePath)}; it was left as it was.`);
  }
}

/**
 * Write a file so that a crash never leaves half of it: the bytes go to a temporary
 * file in the same folder, are flushed to disk (fsync), and only then take the
 * file's name. Without permission to replace, the name is taken with a hard link,
 * which fails if the file exists (no race between checking and writing); file
 * systems without hard links fall back to check-then-rename. All of it is
 * asynchronous: the disk's waits never hold up the main process.
 * Returns the path written; call `syncFolder` once the folder's files are all in.
 */
export async function writeFileAtomic(dir: string, name: string, bytes: Uint8Array, onExisting: OnExisting = 'fail'): Promise<string> {
  const temp = path.join(dir, `.${name}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.promises.open(temp, 'wx', 0o644);
  try {
    try {
      await writeBytes(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const target = onExisting === 'keep-both' ? freeName(dir, name) : path.join(dir, name);
    if (onExisting === 'replace') await fs.promises.rename(temp, target);
    else await linkWithoutReplacing(temp, target);
    return target;
  } finally {
    await fs.promises.rm(temp, { force: true });
  }
}

async function linkWithoutReplacing(temp: string, target: string): Promise<void> {
  try {
    await fs.promises.link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (fs.existsSync(target)) throw new FileExistsError(target);
    await fs.promises.rename(temp, target);
  }
}

const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** A temporary file this old was left by a crash: a write in progress renames it within seconds. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Remove temporary files of writeFileAtomic left in `dir` by a crash (or a kill) mid-write,
 * once they are an hour old. They are hidden and never taken for an export, but they add up.
 */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names.filter((entry) => TEMP_NAME.test(entry))) {
    const full = path.join(dir, name);
    try {
      if (now - (await fs.promises.stat(full)).mtimeMs < STALE_TEMP_MS) continue;
      await fs.promises.rm(full, { force: true });
      removed.push(name);
    } catch {
      // gone meanwhile
    }
  }
  return removed;
}

/** "story.html" taken: "story (2).html", "story (3).html"... (the extension is everything after the first dot). */
export function freeName(dir: string, name: string): string {
  const dot = name.indexOf('.', 1);
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem} (${n})${extension}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/**
 * Make the folder's new names durable (a crash right after a rename could otherwise
 * lose the name, never the file's contents). Once per story, not once per file.
 */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse to fsync a directory; the files themselves are already on disk.
  } finally {
    await handle?.close();
  }
}
