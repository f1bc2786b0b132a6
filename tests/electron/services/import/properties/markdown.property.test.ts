import * as fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../../../story/import/markdown';
import { importStoryFile } from '../../../../../electron/services/import/registry';
import { PROPERTY_RUNS, checkImport, importAgainstRaw, measureImport, markdownish, propertySeed } from '../../../../helpers/importProperties';

const seed = propertySeed('Markdown importer');
const encode = (text: string) => new TextEncoder().encode(text);

/** The 1 MB import's CPU time over its raw parser's in the same run (measured 1.4–1.6 on a 2-core VM): a margin for noise, far below what a slow path would cost. */
const RATIO_BOUND = 3;

describe('Markdown importer properties', () => {
  it(`never throws anything but ImportError, and no imported link runs code (${PROPERTY_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(markdownish.map(encode), fc.uint8Array({ maxLength: 400 })), async (bytes) => {
        await checkImport(() => importMarkdown({ fileName: 'p.md', bytes }), 'p.md');
        await checkImport(() => importStoryFile({ fileName: 'p.md', bytes }), 'p.md');
      }),
      { seed, numRuns: PROPERTY_RUNS },
    );
  }, 120_000);

  it('imports 1 MB of Markdown (a story of prose, subheads, lists, quotes) in under 3 times the CPU time of markdown-it alone', async () => {
    const prose = 'The **council** voted on *Tuesday* to run the [harbour ferry](https://example.com/f) at night, ending a two-year dispute over costs and crew rosters that had split the town. Officials said the first crossings would run next month, with fares unchanged. ';
    const block = `## A subhead\n\n${prose.repeat(3)}\n\n${prose}\n\n- ✔ Two crossings\n- ✔ Same fares\n\n> A quote.\n>\n> — Someone\n\n`;
    const bytes = encode(`---\ntitle: Big\n---\n${block.repeat(Math.ceil((1024 * 1024) / block.length))}`);
    const cold = await measureImport(() => importMarkdown({ fileName: 'big.md', bytes }));
    // The bound is on later imports (the fastest of five): the first also pays module loading and JIT compilation, once per process.
    const { result: story, cpuMs, rawCpuMs, ratio } = await importAgainstRaw(() => importMarkdown({ fileName: 'big.md', bytes }), () => new MarkdownIt('default', { html: true, linkify: false }).parse(new TextDecoder().decode(bytes), {}));
    console.log(`1 MB Markdown: ${cpuMs.toFixed(0)} ms CPU, ${ratio.toFixed(1)}x markdown-it alone (${rawCpuMs.toFixed(0)} ms); first import in this process ${cold.cpuMs.toFixed(0)} ms CPU; ${story.fields.body.content.length} blocks`);
    expect(ratio).toBeLessThan(RATIO_BOUND);
  });
});
