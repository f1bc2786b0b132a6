import fs from 'node:fs';
import path from 'node:path';
import type { ImportFormat } from '../../story/import/types';
import { SHARED_TESTDATA, WIRE_STORY } from '../helpers/sharedTestdata';
import { makeDocx, wordParagraph } from '../helpers/zipWriter';

/**
 * Real files to seed the fuzzer and the benchmark, read in place from ../shared
 * (skipped where absent) plus files built here. Nothing of ../shared is copied.
 */
export interface CorpusFile {
  fileName: string;
  bytes: Uint8Array;
  /** Where it comes from, to rebuild a fuzz case: "shared:…" (read in place), "ours:…" or "built:…". */
  source: string;
}

const root = path.resolve(__dirname, '../..');
const read = (file: string): CorpusFile => ({
  fileName: path.basename(file),
  bytes: fs.readFileSync(file),
  source: file.startsWith(SHARED_TESTDATA) ? `shared:${path.relative(SHARED_TESTDATA, file)}` : `ours:${path.relative(root, file)}`,
});
const existing = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).toSorted() : []);

export function corpus(format: ImportFormat, limit = Infinity): CorpusFile[] {
  switch (format) {
    case 'text': {
      const files: CorpusFile[] = fs.existsSync(WIRE_STORY) ? [{ ...read(WIRE_STORY), source: 'fixture:wire-story.txt' }] : [];
      const reutersDir = path.join(SHARED_TESTDATA, 'reuters21578/json-data');
      for (const name of existing(reutersDir).slice(0, 2)) {
        const items = JSON.parse(fs.readFileSync(path.join(reutersDir, name), 'utf8')) as { title?: string; body?: string; attrs?: { newid?: string } }[];
        for (const item of items) {
          if (files.length >= limit) break;
          if (item.title && item.body) files.push({ fileName: `reuters-${item.attrs?.newid ?? files.length}.txt`, bytes: new TextEncoder().encode(`${item.title}\n\n${item.body}`), source: `reuters:${name}:${item.attrs?.newid}` });
        }
      }
      return files.slice(0, limit);
    }
    case 'markdown': {
      const ours = ['README.md', 'docs/architecture.md'].map((file) => path.join(root, file)).filter((file) => fs.existsSync(file)).map(read);
      const story = [
        '---',
        'title: Harbour ferry to run at night',
        'authors: [Ana Reyes]',
        'tags: ferry, council',
        '---',
        '# Harbour ferry to run at night',
        '',
        'The **council** voted on *Tuesday* to run the [ferry](https://example.com/f) at night.',
        '',
        '## Why it matters',
        '',
        '- ✔ Two crossings a night',
        '- ✔ Fares unchanged',
        '',
        '> The harbour never sleeps.',
        '>',
        '> — Ines Okafor',
        '',
        '## Read next',
        '',
        '- 06:00 [Rare earths](https://example.com/r)',
      ].join('\n');
      // Wire stories written out as Markdown (built at run time from the Reuters items, read in place).
      const wire = corpus('text', 200)
        .filter((file) => file.source.startsWith('reuters:'))
        .map((file) => {
          const [title, ...rest] = new TextDecoder().decode(file.bytes).split('\n');
          const paragraphs = rest.join('\n').split(/\n\s{2,}/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim());
          return { fileName: file.fileName.replace(/\.txt$/, '.md'), bytes: new TextEncoder().encode(`# ${title}\n\n${paragraphs.join('\n\n')}\n`), source: `markdown-${file.source}` };
        });
      return [{ fileName: 'story.md', bytes: new TextEncoder().encode(story), source: 'built:story.md' }, ...ours, ...wire].slice(0, limit);
    }
    case 'html': {
      const pagesDir = path.join(SHARED_TESTDATA, 'readability-pages/test/test-pages');
      return existing(pagesDir)
        .map((name) => path.join(pagesDir, name, 'source.html'))
        .filter((file) => fs.existsSync(file))
        .slice(0, limit)
        .map((file) => ({ ...read(file), fileName: `${path.basename(path.dirname(file))}.html` }));
    }
    case 'docx': {
      const dirs = [path.join(SHARED_TESTDATA, 'docx-mammoth/test/test-data'), path.join(SHARED_TESTDATA, 'docx-pandoc/test/docx')];
      const files = dirs.flatMap((dir) => existing(dir).filter((name) => name.endsWith('.docx')).map((name) => read(path.join(dir, name))));
      files.unshift({ fileName: 'built.docx', bytes: makeDocx(wordParagraph('Ferry vote', 'Heading1') + wordParagraph('The council voted.'), '<dc:title>Ferry vote</dc:title>'), source: 'built:built.docx' });
      return files.slice(0, limit);
    }
  }
}

export const EXTENSION: Record<ImportFormat, string> = { text: 'txt', markdown: 'md', html: 'html', docx: 'docx' };

/** A corpus file by its source, or undefined when it is not here (../shared absent). */
export function corpusFile(format: ImportFormat, source: string): CorpusFile | undefined {
  return corpus(format).find((file) => file.source === source);
}
