import fs from 'node:fs';

/**
 * What can be told about a library's files before SQLite opens them, so that damage SQLite
 * would open anyway (read-only, or after rewriting the header) is refused with the file
 * untouched: an empty file, a header SQLite would misread, and a hot WAL that went missing.
 * Returns what is wrong, or undefined when nothing is. A file that does not exist is fine
 * (a new library).
 */
export function problemWithLibraryFiles(libraryPath: string): string | undefined {
  let size: number;
  try {
    size = fs.statSync(libraryPath).size;
  } catch {
    return undefined;
  }
  const wal = sizeOf(`${libraryPath}-wal`);
  if (size === 0) {
    // A file made and then cut to nothing; a library's first write gives it its header at once.
    return wal > 0 ? undefined : 'the file is empty';
  }
  const header = readStart(libraryPath, 100);
  const headerProblem = problemWithHeader(header);
  if (headerProblem) return headerProblem;
  return problemWithWalIndex(`${libraryPath}-shm`, wal);
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** The fields of SQLite's 100-byte header that must hold fixed or bounded values (sqlite.org/fileformat.html). */
export function problemWithHeader(header: Buffer): string | undefined {
  if (header.length < 100 || !header.subarray(0, 16).equals(MAGIC)) return 'it is not a SQLite database (its header is wrong or cut short)';
  const pageSize = header.readUInt16BE(16);
  const bytes = pageSize === 1 ? 65536 : pageSize;
  if (bytes < 512 || bytes > 65536 || (bytes & (bytes - 1)) !== 0) return `its header names an impossible page size (${pageSize})`;
  const [write, read] = [header[18]!, header[19]!];
  if (![1, 2].includes(write) || ![1, 2].includes(read)) return `its header names unknown file format versions (${write}, ${read})`;
  if (header[21] !== 64 || header[22] !== 32 || header[23] !== 32) return 'its header holds wrong payload fractions';
  const schemaFormat = header.readUInt32BE(44);
  if (schemaFormat > 4) return `its header names an unknown schema format (${schemaFormat})`;
  const encoding = header.readUInt32BE(56);
  if (encoding > 3) return `its header names an unknown text encoding (${encoding})`;
  return undefined;
}

/**
 * The -shm file indexes the -wal: if it says the WAL holds committed pages that the -wal file
 * is too short to hold (or the -wal is gone), changes made since the last checkpoint were lost
 * and the main file alone may be an older or inconsistent library.
 */
function problemWithWalIndex(shmPath: string, walBytes: number): string | undefined {
  const index = readStart(shmPath, 48);
  if (index.length < 48) return undefined;
  // The WAL-index header is in the machine's byte order; isInit at 12, page size at 14, mxFrame at 16.
  const le = index.readUInt32LE(0) === 3007000;
  const be = index.readUInt32BE(0) === 3007000;
  if ((!le && !be) || index[12] !== 1) return undefined;
  const pageSize = le ? index.readUInt16LE(14) : index.readUInt16BE(14);
  const frames = le ? index.readUInt32LE(16) : index.readUInt32BE(16);
  const needed = frames === 0 ? 0 : 32 + frames * ((pageSize === 1 ? 65536 : pageSize) + 24);
  if (walBytes < needed) return `its write-ahead log (-wal) is ${walBytes === 0 ? 'missing' : 'cut short'}: it should hold ${frames} committed page writes`;
  return undefined;
}

/** A file's size; 0 when it does not exist. */
export function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function readStart(file: string, length: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}
