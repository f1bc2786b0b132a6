import { readZip } from '../../electron/services/import/zip';
import type { ImportFormat } from '../../story/import/types';
import { makeZip } from '../helpers/zipWriter';

/** A small seeded PRNG (mulberry32), so that a fuzz run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, max: number) => Math.floor(random() * max);

const NESTING: Record<ImportFormat, [string, string][]> = {
  text: [['✔ ', ''], ['- ', ''], ['x', '']],
  markdown: [['>', ''], ['- ', ''], ['[', ']()'], ['*', '*'], ['<div>', '</div>']],
  html: [['<div>', '</div>'], ['<b>', '</b>'], ['<ul><li>', '</li></ul>'], ['<table><tr><td>', '</td></tr></table>'], ['<svg><g>', '</g></svg>']],
  docx: [['<w:p><w:r><w:t>', '</w:t></w:r></w:p>'], ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>']],
};

/**
 * One mutation of a seed file: byte flips, truncation, splicing with `other`, a nesting
 * bomb, random bytes, or (DOCX) a mutated zip entry. Deterministic for a given random
 * source, so a case is saved as (seed file, other file, PRNG seed) and rebuilt at test time.
 */
export function mutate(format: ImportFormat, seed: Uint8Array, otherSeed: Uint8Array, random: Random): { bytes: Uint8Array; how: string } {
  const kind = int(random, format === 'docx' ? 6 : 5);
  switch (kind) {
    case 0: {
      const bytes = Uint8Array.from(seed);
      const flips = 1 + int(random, 16);
      for (let index = 0; index < flips && bytes.length > 0; index += 1) bytes[int(random, bytes.length)] = int(random, 256);
      return { bytes, how: `${flips} byte flips` };
    }
    case 1:
      return { bytes: seed.subarray(0, int(random, seed.length + 1)), how: 'truncation' };
    case 2: {
      const other = otherSeed;
      const at = int(random, seed.length + 1);
      return { bytes: concat(seed.subarray(0, at), other.subarray(int(random, other.length + 1))), how: 'splice' };
    }
    case 3: {
      const [open, close] = pick(random, NESTING[format]);
      const depth = 100 + int(random, 20_000);
      const bomb = new TextEncoder().encode(open.repeat(depth) + 'x' + close.repeat(depth));
      if (format === 'docx') return { bytes: zipWithEntry(seed, 'word/document.xml', (xml) => xml.replace('<w:body>', `<w:body>${open.repeat(depth)}x${close.repeat(depth)}`)) ?? seed, how: `nesting bomb ×${depth} in document.xml` };
      const at = int(random, seed.length + 1);
      return { bytes: concat(seed.subarray(0, at), bomb, seed.subarray(at)), how: `nesting bomb ×${depth}` };
    }
    case 4: {
      const bytes = new Uint8Array(int(random, 4096));
      for (let index = 0; index < bytes.length; index += 1) bytes[index] = int(random, 256);
      return { bytes, how: 'random bytes' };
    }
    default: {
      const entry = pick(random, ['word/document.xml', '[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/footnotes.xml', 'docProps/core.xml']);
      const mutated = zipWithEntry(seed, entry, (xml) => {
        const chars = [...xml];
        for (let index = 0; index < 1 + int(random, 8) && chars.length > 0; index += 1) chars[int(random, chars.length)] = pick(random, ['<', '>', '&', '"', '/', 'x', '']);
        return chars.join('');
      });
      return { bytes: mutated ?? seed, how: `zip entry ${entry} mutated` };
    }
  }
}

/** The same zip with one entry's text changed (undefined when the seed is not a readable zip). */
function zipWithEntry(bytes: Uint8Array, name: string, change: (xml: string) => string): Uint8Array | undefined {
  try {
    const entries = readZip(bytes, 'seed.docx');
    return makeZip([...entries].map(([entryName, data]) => ({ name: entryName, data: entryName === name ? Buffer.from(change(data.toString('utf8'))) : data })));
  } catch {
    return undefined;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
