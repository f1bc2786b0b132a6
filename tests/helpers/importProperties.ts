import * as fc from 'fast-check';
import { expect } from 'vitest';
import type { DocJSON } from '../../story/document';
import { ImportError, type ImportedStory } from '../../story/import/types';
import { assertValidDoc } from '../../story/schema/schema';
import { activeContentIn, renderedHtml } from './importedHtml';

/** Runs per importer in the default test run. */
export const PROPERTY_RUNS = Number(process.env.IMPORT_PROPERTY_RUNS ?? 1000);

/** One seed per test file, printed so that a failure can be replayed with FC_SEED=… */
export function propertySeed(label: string): number {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);
  console.log(`[fast-check] ${label}: seed ${seed}, ${PROPERTY_RUNS} runs per property (replay with FC_SEED=${seed})`);
  return seed;
}

/**
 * What every import must satisfy, whatever the input: it either gives a valid story body
 * whose rendered HTML runs no code, or throws an ImportError naming the file.
 */
export async function checkImport(run: () => ImportedStory | Promise<ImportedStory>, fileName: string): Promise<void> {
  let story: ImportedStory;
  try {
    story = await run();
  } catch (error) {
    if (!(error instanceof ImportError)) throw new Error(`threw ${(error as Error)?.name}: ${(error as Error)?.message}`, { cause: error });
    expect(error.message.startsWith(`${fileName}: `)).toBe(true);
    return;
  }
  assertValidDoc(story.fields.body);
  const found = activeContentIn(renderedHtml(story.fields.body as DocJSON));
  if (found.length > 0) throw new Error(`active content in the imported story: ${found.join(', ')}`);
}

/** Pieces of hostile and ordinary HTML, combined at random. */
const PAYLOADS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', '\u0001javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'https://example.com/a', '#x', 'mailto:a@b.c'];
const TAGS = ['p', 'div', 'a', 'b', 'i', 'em', 'strong', 'h1', 'h2', 'h4', 'ul', 'ol', 'li', 'img', 'figure', 'figcaption', 'table', 'tr', 'td', 'blockquote', 'script', 'iframe', 'svg', 'math', 'style', 'form', 'button', 'input', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'option', 'article', 'section', 'span', 'br', 'hr', 'base', 'meta', 'link'];
const ATTRIBUTES = ['href', 'src', 'onclick', 'onerror', 'onload', 'onmouseover', 'style', 'xlink:href', 'formaction', 'action', 'srcdoc', 'data', 'id', 'name', 'class', 'alt', 'title'];

const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 12 }))).map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);

export const hostileHtml: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 30 }),
    fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<!-- <script> -->', '</p>', '<', '&lt;script&gt;', '<a href="javascript:alert(1)">x</a>'),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 })).map(([tag, attrs, children]) => `<${tag}${attrs.join('')}>${children.join('')}</${tag}>`),
  ),
})).node;

/** Markdown-ish text: block and inline syntax, HTML, links with hostile targets. */
export const markdownish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('# ', '## ', '#### ', '- ', '* ', '1. ', '> ', '>> ', '✔ ', '---\n', '```\n', '| a | b |\n|---|---|\n', '**', '*', '_', '`', '  \n', '\n\n', '\n', '[x](', ')', '![i](', '<div onclick="x">', '</div>', '<br>', '---\ntitle: x\n---\n', 'TK'),
      hostileHtml,
      fc.constantFrom(...PAYLOADS),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Wire-like text: lines of words, short lines, list markers, times, chrome. */
export const wireish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom('Read next', '06:00', '5.09pm', '2 hours ago', '✔ ', '• ', '- ', '* ', '12. ', 'By Ana Reyes', 'KYIV, Feb 12 (Reuters) - ', 'What is your opinion on this topic?', 'Leave the first comment', 'Advertisement', 'TK', 'https://example.com/x.', '\u0000', '\uFFFD', '\r\n', '\n', '\n\n'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/**
 * An import's CPU time against its raw parser's on the same bytes, in the same process, the two
 * run in turn `times` times and the fastest of each kept: load on the machine weighs on both
 * alike, so the ratio holds on a busy machine where a bound in milliseconds did not. CPU time
 * (user + system of this process), not wall time: on a shared two-core machine the wall clock
 * also counts the time other processes held the cores.
 */
export async function importAgainstRaw<T>(ours: () => T | Promise<T>, raw: () => unknown, times = 5): Promise<{ result: T; cpuMs: number; rawCpuMs: number; ratio: number }> {
  let best: { result: T; cpuMs: number } | undefined;
  let rawCpuMs = Infinity;
  for (let index = 0; index < times; index += 1) {
    const measured = await measureImport(ours);
    if (!best || measured.cpuMs < best.cpuMs) best = measured;
    rawCpuMs = Math.min(rawCpuMs, (await measureImport(raw)).cpuMs);
  }
  return { result: best!.result, cpuMs: best!.cpuMs, rawCpuMs, ratio: best!.cpuMs / rawCpuMs };
}

/** CPU time (user + system of this process) and wall time of one import. */
export async function measureImport<T>(run: () => T | Promise<T>): Promise<{ result: T; cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, cpuMs: (used.user + used.system) / 1000, wallMs };
}
