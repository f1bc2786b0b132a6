import { inflateRawSync } from 'node:zlib';
import { ImportError } from '../../../story/import/types';
import { IMPORT_LIMITS, megabytes } from './limits';

/**
 * Reads a zip archive's directory and inflates every entry under hard caps (entry
 * count, total and per-entry expansion) BEFORE mammoth sees the file, so that a zip
 * bomb, a truncated archive or a lying size field is refused with a clear error
 * instead of exhausting memory. Sizes are measured by inflating, not trusted from
 * the headers.
 */
export function readZip(bytes: Uint8Array, fileName: string): Map<string, Buffer> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(data);
  if (end < 0) throw new ImportError('corrupt', fileName, 'the Word file is damaged or incomplete (its zip directory is missing, as in a truncated download).');
  const entryCount = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directoryOffset = data.readUInt32LE(end + 16);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) throw new ImportError('unsupported', fileName, 'the Word file uses ZIP64, which Copydesk cannot read.');
  if (entryCount > IMPORT_LIMITS.maxZipEntries) {
    throw new ImportError('too_complex', fileName, `the Word file holds ${entryCount.toLocaleString('en')} parts (more than ${IMPORT_LIMITS.maxZipEntries.toLocaleString('en')}); it is not a normal document.`);
  }
  if (directoryOffset + directorySize > end) throw new ImportError('corrupt', fileName, 'the Word file is damaged (its zip directory points outside the file).');

  const entries = new Map<string, Buffer>();
  let budget: number = IMPORT_LIMITS.maxZipUncompressedBytes;
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + 46 > end || data.readUInt32LE(offset) !== 0x02014b50) throw new ImportError('corrupt', fileName, 'the Word file is damaged (a zip directory entry is broken).');
    const flags = data.readUInt16LE(offset + 8);
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const localOffset = data.readUInt32LE(offset + 42);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;

    if (flags & 1) throw new ImportError('unsupported', fileName, 'the Word file is password-protected; remove the password in Word and import it again.');
    if (localOffset + 30 > data.length || data.readUInt32LE(localOffset) !== 0x04034b50) throw new ImportError('corrupt', fileName, `the Word file is damaged (part “${name}” is missing).`);
    const start = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
    if (start + compressedSize > data.length) throw new ImportError('corrupt', fileName, `the Word file is incomplete (part “${name}” is cut short, as in a truncated download).`);
    const compressed = data.subarray(start, start + compressedSize);
    const content = inflateEntry(compressed, method, name, fileName, Math.min(budget, Math.max(64 * 1024, compressedSize * IMPORT_LIMITS.maxZipRatio)));
    budget -= content.length;
    if (name.endsWith('/')) continue;
    entries.set(name, content);
  }
  return entries;
}

function inflateEntry(compressed: Buffer, method: number, name: string, fileName: string, limit: number): Buffer {
  if (method === 0) {
    if (compressed.length > limit) throw bomb(fileName);
    return compressed;
  }
  if (method !== 8) throw new ImportError('unsupported', fileName, `the Word file uses a compression Copydesk cannot read (part “${name}”).`);
  let content: Buffer;
  try {
    content = inflateRawSync(compressed, { maxOutputLength: limit + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw bomb(fileName);
    throw new ImportError('corrupt', fileName, `the Word file is damaged (part “${name}” cannot be decompressed).`);
  }
  if (content.length > limit) throw bomb(fileName);
  return content;
}

function bomb(fileName: string): ImportError {
  return new ImportError(
    'too_large',
    fileName,
    `the Word file expands to more than ${megabytes(IMPORT_LIMITS.maxZipUncompressedBytes)} or far beyond its size when unpacked (a “zip bomb”); it was not opened.`,
  );
}

/** The end-of-central-directory record: within the last 64 KB + 22 bytes. */
function findEndOfDirectory(data: Buffer): number {
  const earliest = Math.max(0, data.length - 65_557);
  for (let position = data.length - 22; position >= earliest; position -= 1) {
    if (data.readUInt32LE(position) === 0x06054b50) return position;
  }
  return -1;
}
