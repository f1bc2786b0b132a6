import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type OnExisting = 'fail' | 'replace' | 'keep-both';

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
 * systems without hard links fall back to check-then-rename. Returns the path written.
 */
export function writeFileAtomic(dir: string, name: string, bytes: Uint8Array, onExisting: OnExisting = 'fail'): string {
  const temp = path.join(dir, `.${name}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, 'wx', 0o644);
  try {
    try {
      let offset = 0;
      while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const target = onExisting === 'keep-both' ? freeName(dir, name) : path.join(dir, name);
    if (onExisting === 'replace') fs.renameSync(temp, target);
    else linkWithoutReplacing(temp, target);
    syncFolder(dir);
    return target;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function linkWithoutReplacing(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (fs.existsSync(target)) throw new FileExistsError(target);
    fs.renameSync(temp, target);
  }
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

/** Make the new directory entry durable too (a crash right after could otherwise lose the name). */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse to fsync a directory; the file itself is already on disk.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
