/**
 * `npm run bench:import`: throughput of each importer against its raw parser alone, in
 * the same run (so machine load weighs on both): Readability on linkedom for web pages,
 * mammoth for Word files, markdown-it for Markdown, and TextDecoder plus a line split
 * for wire text. Prints a table and writes bench/results/import.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import type { ImportFormat } from '../../story/import/types';
import { importStoryFile } from '../../electron/services/import/registry';
import { corpus, type CorpusFile } from '../fuzz/corpus';

const markdownIt = new MarkdownIt('default', { html: true, linkify: false });
const RAW: Record<ImportFormat, { name: string; run: (file: CorpusFile) => unknown }> = {
  text: { name: 'TextDecoder + split', run: (file) => new TextDecoder().decode(file.bytes).split('\n') },
  markdown: { name: 'markdown-it parse', run: (file) => markdownIt.parse(new TextDecoder().decode(file.bytes), {}) },
  html: { name: 'linkedom + Readability', run: (file) => new Readability(parseHTML(new TextDecoder().decode(file.bytes)).document as unknown as Document).parse() },
  docx: { name: 'mammoth convertToHtml', run: (file) => mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) }) },
};

const ours = (file: CorpusFile) => importStoryFile({ fileName: file.fileName, bytes: file.bytes });

async function timeAll(files: CorpusFile[], run: (file: CorpusFile) => unknown): Promise<number> {
  const started = performance.now();
  for (const file of files) {
    try {
      await run(file);
    } catch {
      // Refused files count as work done.
    }
  }
  return performance.now() - started;
}

const MIN_MS = Number(process.env.BENCH_MIN_MS ?? 3000);

async function bench(format: ImportFormat, files: CorpusFile[]) {
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  await timeAll(files, ours); // warm-up: module loading and JIT
  await timeAll(files, RAW[format].run);
  // Alternate the two, several passes each, and keep the best pass of each.
  let best = { ours: Infinity, raw: Infinity };
  let passes = 0;
  const started = performance.now();
  while (passes < 3 || (performance.now() - started < MIN_MS && passes < 20)) {
    best = { ours: Math.min(best.ours, await timeAll(files, ours)), raw: Math.min(best.raw, await timeAll(files, RAW[format].run)) };
    passes += 1;
  }
  const mbps = (ms: number) => bytes / 1024 / 1024 / (ms / 1000);
  return {
    format,
    files: files.length,
    megabytes: Number((bytes / 1024 / 1024).toFixed(3)),
    passes,
    ours: { msPerPass: Number(best.ours.toFixed(1)), mbPerSecond: Number(mbps(best.ours).toFixed(2)), filesPerSecond: Number(((files.length * 1000) / best.ours).toFixed(1)) },
    raw: { parser: RAW[format].name, msPerPass: Number(best.raw.toFixed(1)), mbPerSecond: Number(mbps(best.raw).toFixed(2)), filesPerSecond: Number(((files.length * 1000) / best.raw).toFixed(1)) },
    oursOverRaw: Number((best.ours / best.raw).toFixed(2)),
  };
}

export async function main(root: string): Promise<void> {
  const sets: [ImportFormat, CorpusFile[]][] = [
    ['text', corpus('text', 300)],
    ['markdown', corpus('markdown')],
    ['html', corpus('html', 40)],
    ['docx', corpus('docx').filter((file) => file.source.startsWith('shared:docx-mammoth') || file.source.startsWith('built:') || file.source.startsWith('shared:docx-pandoc'))],
  ];
  const results = [];
  for (const [format, files] of sets) {
    if (files.length === 0) {
      console.log(`${format}: skipped (no corpus: ../shared/testdata absent)`);
      continue;
    }
    results.push(await bench(format, files));
  }
  console.log('format    files      MB   ours ms  ours MB/s  raw parser                 raw ms  raw MB/s  ours/raw');
  for (const r of results) {
    console.log(
      `${r.format.padEnd(9)} ${String(r.files).padStart(5)} ${r.megabytes.toFixed(2).padStart(7)} ${r.ours.msPerPass.toFixed(0).padStart(9)} ${r.ours.mbPerSecond.toFixed(2).padStart(10)}  ${r.raw.parser.padEnd(24)} ${r.raw.msPerPass.toFixed(0).padStart(8)} ${r.raw.mbPerSecond.toFixed(2).padStart(9)} ${r.oursOverRaw.toFixed(2).padStart(9)}`,
    );
  }
  const out = path.join(root, 'bench', 'results', 'import.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, note: 'best pass of each side, alternated in the same run; ours = importStoryFile (sniff, decode, parse, sanitize, schema)', results }, null, 2)}\n`);
  console.log(`Written ${path.relative(root, out)}`);
}
