/** Ways a library file gets damaged on a real disk, applied to copies of a real library. */
import Database from 'better-sqlite3';

export interface LibraryFiles {
  main: Buffer;
  wal?: Buffer;
  shm?: Buffer;
}

export interface DamageVariant {
  name: string;
  make(pristine: LibraryFiles, hot: LibraryFiles): LibraryFiles;
}

export const PAGE = 4096;

/** The pages of a library that belong to each table or index (SQLite's dbstat table). */
export function pagesByObject(file: string): Map<string, number[]> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare(`SELECT name, pageno FROM dbstat ORDER BY pageno`).all() as Array<{ name: string; pageno: number }>;
    const map = new Map<string, number[]>();
    for (const { name, pageno } of rows) map.set(name, [...(map.get(name) ?? []), pageno]);
    return map;
  } finally {
    db.close();
  }
}

const copy = (bytes: Buffer) => Buffer.from(bytes);

function truncated(length: (size: number) => number, name: string): DamageVariant {
  return { name, make: ({ main }) => ({ main: copy(main).subarray(0, Math.max(0, Math.min(main.length - 1, length(main.length)))) }) };
}

function zeroedPage(page: number, name: string): DamageVariant {
  return {
    name,
    make: ({ main }) => {
      const bytes = copy(main);
      bytes.fill(0, (page - 1) * PAGE, page * PAGE);
      return { main: bytes };
    },
  };
}

function headerByte(offset: number, value: number | ((old: number) => number), name: string): DamageVariant {
  return {
    name,
    make: ({ main }) => {
      const bytes = copy(main);
      bytes[offset] = typeof value === 'function' ? value(bytes[offset]!) & 0xff : value;
      return { main: bytes };
    },
  };
}

interface WalFrame {
  page: number;
  data: Buffer;
}

/** The frames of a WAL file, in order (page number and the page's bytes). */
export function walFrames(wal: Buffer): WalFrame[] {
  const pageSize = wal.readUInt32BE(8);
  const frames: WalFrame[] = [];
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    frames.push({ page: wal.readUInt32BE(at), data: wal.subarray(at + 24, at + 24 + pageSize) });
  }
  return frames;
}

/**
 * A checkpoint cut short, then the WAL lost: the newest copy of some of the WAL's pages reached
 * the main file, the rest did not, and the -wal (and -shm) are gone.
 */
function walPartlyCheckpointedThenLost(pick: (page: number, index: number, pages: number[]) => boolean, name: string): DamageVariant {
  return {
    name,
    make: (_pristine, hot) => {
      const newest = new Map<number, Buffer>();
      for (const frame of walFrames(hot.wal!)) newest.set(frame.page, frame.data);
      const pages = [...newest.keys()].toSorted((a, b) => a - b);
      let main = copy(hot.main);
      pages.forEach((page, index) => {
        if (!pick(page, index, pages)) return;
        const end = page * PAGE;
        if (main.length < end) main = Buffer.concat([main, Buffer.alloc(end - main.length)]);
        newest.get(page)!.copy(main, (page - 1) * PAGE);
      });
      return { main };
    },
  };
}

/** At least 30 kinds of damage, from a whole file of garbage to one wrong byte. */
export function damageVariants(objectPages: Map<string, number[]>, pageCount: number): DamageVariant[] {
  const of = (name: string, which: 'first' | 'middle' | 'last') => {
    const pages = objectPages.get(name) ?? [];
    if (pages.length === 0) throw new Error(`the library has no pages of ${name}`);
    return which === 'first' ? pages[0]! : which === 'last' ? pages.at(-1)! : pages[Math.floor(pages.length / 2)]!;
  };
  return [
    { name: 'an empty file', make: () => ({ main: Buffer.alloc(0) }) },
    { name: 'not a database: a line of text', make: () => ({ main: Buffer.from('This is not a library.\n') }) },
    { name: 'not a database: 64 KB of random bytes', make: () => ({ main: Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 2654435761) >>> 24)) }) },
    { name: 'not a database: a PDF', make: () => ({ main: Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), Buffer.alloc(8192, 0x20)]) }) },
    { name: 'not a database: a zip (a .docx renamed)', make: () => ({ main: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(8192, 1)]) }) },
    truncated(() => 50, 'truncated to 50 bytes (inside the header)'),
    truncated(() => 100, 'truncated to 100 bytes (the header only)'),
    truncated(() => PAGE, 'truncated to its first page'),
    truncated(() => 3 * PAGE + 1000, 'truncated inside its fourth page'),
    truncated((size) => Math.floor(size / 2 / PAGE) * PAGE, 'truncated to half its pages'),
    truncated((size) => size - PAGE, 'its last page cut off'),
    truncated((size) => size - 1, 'its last byte cut off'),
    zeroedPage(1, 'page 1 (header and schema) zeroed'),
    zeroedPage(of('stories', 'first'), 'the stories table root page zeroed'),
    zeroedPage(of('stories', 'middle'), 'a page in the middle of the stories table zeroed'),
    zeroedPage(of('stories', 'last'), 'the last page of the stories table zeroed'),
    zeroedPage(of('stories_fts_data', 'middle'), 'a page of the search index zeroed'),
    zeroedPage(of('library_rows', 'middle'), 'a page of the library list rows zeroed'),
    zeroedPage(of('revisions', 'first'), 'the revisions table root page zeroed'),
    zeroedPage(pageCount, 'the last page of the file zeroed'),
    {
      name: 'garbage over four pages in the middle',
      make: ({ main }) => {
        const bytes = copy(main);
        const start = Math.floor(pageCount / 2) * PAGE;
        bytes.fill(0x5a, start, Math.min(bytes.length, start + 4 * PAGE));
        return { main: bytes };
      },
    },
    headerByte(0, 0x54, 'the magic string\'s first byte flipped'),
    headerByte(15, 0x20, 'the magic string\'s NUL overwritten'),
    headerByte(16, 0x03, 'page size changed (4096 → 768+)'),
    headerByte(17, 0x01, 'page size low byte set'),
    headerByte(18, 9, 'the write format version set to 9'),
    headerByte(19, 9, 'the read format version set to 9'),
    headerByte(21, 0x20, 'the maximum payload fraction changed'),
    headerByte(22, 0x10, 'the minimum payload fraction changed'),
    headerByte(44 + 3, 9, 'the schema format number set to 9'),
    headerByte(56 + 3, 7, 'the text encoding set to an unknown one'),
    {
      name: 'a b-tree page header\'s type byte flipped',
      make: ({ main }) => {
        const bytes = copy(main);
        const at = (of('stories', 'middle') - 1) * PAGE;
        bytes[at] = 0x07;
        return { main: bytes };
      },
    },
    {
      name: 'a b-tree page\'s cell count inflated',
      make: ({ main }) => {
        const bytes = copy(main);
        const at = (of('library_rows', 'first') - 1) * PAGE;
        bytes.writeUInt16BE(0x0fff, at + 3);
        return { main: bytes };
      },
    },
    walPartlyCheckpointedThenLost((page) => page === 1, 'a hot WAL removed after only page 1 was checkpointed'),
    walPartlyCheckpointedThenLost((page) => page !== 1, 'a hot WAL removed after all but page 1 were checkpointed'),
    walPartlyCheckpointedThenLost((_page, index, pages) => index < pages.length / 2, 'a hot WAL removed after half its pages were checkpointed'),
    { name: 'a hot WAL removed, its -shm left', make: (_pristine, hot) => ({ main: copy(hot.main), shm: copy(hot.shm!) }) },
    { name: 'a hot WAL cut to half, its -shm left', make: (_pristine, hot) => ({ main: copy(hot.main), wal: copy(hot.wal!).subarray(0, Math.floor(hot.wal!.length / 2)), shm: copy(hot.shm!) }) },
  ];
}
