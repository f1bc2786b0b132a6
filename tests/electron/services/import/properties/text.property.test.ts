import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../../../story/import/plainText';
import { importStoryFile } from '../../../../../electron/services/import/registry';
import { PROPERTY_RUNS, checkImport, importAgainstRaw, measureImport, propertySeed, wireish } from '../../../../helpers/importProperties';

const seed = propertySeed('text importer');
const encode = (text: string) => new TextEncoder().encode(text);

/** The 1 MB import's CPU time over its raw parser's in the same run (measured 4.2–7.7 on a 2-core VM): a margin for noise, far below what a slow path would cost. */
const RATIO_BOUND = 20;

describe('text importer properties', () => {
  it(`never throws anything but ImportError, and gives valid stories (${PROPERTY_RUNS} runs: ½ wire-like text, ½ raw bytes)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(wireish.map(encode), fc.uint8Array({ maxLength: 600 })), async (bytes) => {
        await checkImport(() => importPlainText({ fileName: 'p.txt', bytes }), 'p.txt');
        await checkImport(() => importStoryFile({ fileName: 'p.txt', bytes }), 'p.txt');
      }),
      { seed, numRuns: PROPERTY_RUNS },
    );
  }, 120_000);

  it('imports 1 MB of wire text in under 20 times the CPU time of decoding it and splitting its lines', async () => {
    const paragraph = 'The council voted on Tuesday to run the harbour ferry at night, ending a two-year dispute over costs and crew. ';
    const lines: string[] = [];
    let size = 0;
    for (let index = 0; size < 1024 * 1024; index += 1) {
      lines.push(index % 12 === 0 ? `Subhead number ${index}` : index % 7 === 0 ? `✔ Point ${index}` : paragraph.repeat(3));
      size += lines.at(-1)!.length + 1;
    }
    const bytes = encode(lines.join('\n'));
    expect(bytes.length).toBeGreaterThanOrEqual(1024 * 1024);
    const cold = await measureImport(() => importPlainText({ fileName: 'big.txt', bytes }));
    // The bound is on later imports (the fastest of five): the first also pays module loading and JIT compilation, once per process.
    const { result: story, cpuMs, rawCpuMs, ratio } = await importAgainstRaw(() => importPlainText({ fileName: 'big.txt', bytes }), () => new TextDecoder().decode(bytes).split('\n'));
    console.log(`1 MB wire text: ${cpuMs.toFixed(0)} ms CPU, ${ratio.toFixed(1)}x TextDecoder and a line split alone (${rawCpuMs.toFixed(0)} ms); first import in this process ${cold.cpuMs.toFixed(0)} ms CPU; ${story.fields.body.content.length} blocks`);
    expect(ratio).toBeLessThan(RATIO_BOUND);
  });
});
