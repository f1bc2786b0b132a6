import fs from 'node:fs';
import path from 'node:path';
import * as fc from 'fast-check';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../electron/services/import/docx';
import { importStoryFile } from '../../../../../electron/services/import/registry';
import { PROPERTY_RUNS, checkImport, importAgainstRaw, measureImport, propertySeed } from '../../../../helpers/importProperties';
import { sharedFolder } from '../../../../helpers/sharedTestdata';
import { makeDocx, makeZip, wordParagraph } from '../../../../helpers/zipWriter';

const seed = propertySeed('Word importer');
const built = makeDocx(wordParagraph('Ferry vote', 'Heading1') + wordParagraph('The council voted on Tuesday.'), '<dc:title>Ferry vote</dc:title>');
const realDir = sharedFolder('docx-mammoth/test/test-data');
const seeds = [built, ...(realDir ? ['footnotes.docx', 'simple-list.docx', 'comments.docx'].map((name) => fs.readFileSync(path.join(realDir, name))) : [])];

/** A seed file with bytes flipped, cut short or spliced with another. */
const mutated = fc.tuple(fc.nat(seeds.length - 1), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.option(fc.nat()), fc.option(fc.tuple(fc.nat(seeds.length - 1), fc.nat()))).map(([which, flips, cut, splice]) => {
  let bytes = Buffer.from(seeds[which]!);
  for (const [at, value] of flips) bytes[at % bytes.length] = value;
  if (cut !== null) bytes = bytes.subarray(0, cut % bytes.length);
  if (splice !== null) {
    const other = seeds[splice[0]]!;
    const at = splice[1] % Math.max(1, bytes.length);
    bytes = Buffer.concat([bytes.subarray(0, at), other.subarray(at)]);
  }
  return new Uint8Array(bytes);
});

/** A zip whose Word part is XML made of random pieces. */
const randomDocument = fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('<w:p>', '</w:p>', '<w:r>', '</w:r>', '<w:t>', '</w:t>', '<w:b/>', '<w:hyperlink r:id="rId1">', '</w:hyperlink>', '<w:footnoteReference w:id="1"/>', '&amp;', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;')), { maxLength: 30 }).map((parts) => new Uint8Array(makeDocx(parts.join(''))));

/** The 1 MB import's CPU time over its raw parser's in the same run (measured 3.4–4.7 on a 2-core VM): a margin for noise, far below what a slow path would cost. */
const RATIO_BOUND = 10;

describe('Word importer properties', () => {
  it(`never throws anything but ImportError on mutated and generated Word files (${PROPERTY_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, randomDocument, fc.uint8Array({ maxLength: 300 })), async (bytes) => {
        await checkImport(() => importDocx({ fileName: 'p.docx', bytes }), 'p.docx');
      }),
      { seed, numRuns: PROPERTY_RUNS },
    );
  }, 300_000);

  it('imports a 1 MB Word file (text and a photo) in under 10 times the CPU time of mammoth alone', async () => {
    const text = Array.from({ length: 300 }, (_, index) => wordParagraph(`Paragraph ${index}: the council voted on Tuesday to run the harbour ferry at night.`)).join('');
    const photo = Buffer.alloc(1024 * 1024);
    for (let index = 0; index < photo.length; index += 1) photo[index] = (index * 2654435761) >>> 24;
    const bytes = makeZip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>' },
      { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${text}</w:body></w:document>` },
      { name: 'word/media/photo.jpg', data: photo, store: true },
    ]);
    expect(bytes.length).toBeGreaterThanOrEqual(1024 * 1024);
    const cold = await measureImport(() => importStoryFile({ fileName: 'big.docx', bytes }));
    // The bound is on later imports (the fastest of five): the first also pays module loading and JIT compilation, once per process.
    const { result: story, cpuMs, rawCpuMs, ratio } = await importAgainstRaw(() => importStoryFile({ fileName: 'big.docx', bytes }), () => mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
    console.log(`1 MB Word file: ${cpuMs.toFixed(0)} ms CPU, ${ratio.toFixed(1)}x mammoth alone (${rawCpuMs.toFixed(0)} ms); first import in this process ${cold.cpuMs.toFixed(0)} ms CPU; ${story.fields.body.content.length} blocks`);
    expect(ratio).toBeLessThan(RATIO_BOUND);
  });
});
