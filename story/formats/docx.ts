/**
 * Word (DOCX) with the `docx` library: the headline, dek, byline and dateline as
 * styled paragraphs, subheads as real Word headings (Heading 2 and 3), lists as
 * Word lists (key takeaways as a ✔ list), pull quotes in Word's Quote style,
 * links as hyperlinks, TKs highlighted. Opens cleanly in Word and LibreOffice.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import { bylineOf } from '../model';
import { exportBody, linkSegments, type Block, type Inline } from './blocks';
import { stripInvalidXmlChars } from './escape';
import { bylineLine, headlineOf, longDate, storyDate, wireDateline } from './storyText';
import { teaserTime } from './teaserTime';
import type { ExportInput } from './types';

/** Paragraph style ids, also what an importer (or mammoth's style map) recognises. */
export const DOCX_STYLES = { headline: 'Title', dek: 'Subtitle', byline: 'Byline', dateline: 'Dateline', quote: 'Quote', attribution: 'QuoteAttribution', teaser: 'Teaser' } as const;

const FONT = 'Georgia';
const SANS = 'Arial';

const bulletLevels = (glyphs: string[]): ILevelsOptions[] =>
  glyphs.map((text, level) => ({ level, format: LevelFormat.BULLET, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } }));

const numberLevels: ILevelsOptions[] = [0, 1, 2].map((level) => ({
  level,
  format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level]!,
  text: `%${level + 1}.`,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

class DocxBuilder {
  readonly paragraphs: Paragraph[] = [];
  private orderedInstance = 0;

  constructor(private readonly input: ExportInput) {}

  blocks(blocks: readonly Block[], dateline: string): void {
    blocks.forEach((block, index) => {
      if (index === 0 && dateline && block.type === 'paragraph') {
        this.paragraphs.push(new Paragraph({ children: [new TextRun({ text: `${dateline} — `, bold: true }), ...this.inlines(block.content)] }));
        return;
      }
      this.block(block, 0);
    });
  }

  private block(block: Block, depth: number): void {
    switch (block.type) {
      case 'paragraph':
        this.paragraphs.push(new Paragraph({ children: this.inlines(block.content) }));
        return;
      case 'subhead':
        this.paragraphs.push(new Paragraph({ heading: block.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2, children: this.inlines(block.content) }));
        return;
      case 'list': {
        const instance = block.ordered ? ++this.orderedInstance : 0;
        for (const item of block.items) {
          item.forEach((child, childIndex) => {
            if (child.type === 'list') this.block(child, depth + 1);
            else if (child.type === 'paragraph' && childIndex === 0) {
              this.paragraphs.push(
                new Paragraph({
                  numbering: block.ordered ? { reference: 'numbers', level: Math.min(depth, 2), instance } : { reference: 'bullets', level: Math.min(depth, 2) },
                  children: this.inlines(child.content),
                }),
              );
            } else this.block(child, depth);
          });
        }
        return;
      }
      case 'takeaways':
        for (const item of block.items) this.paragraphs.push(new Paragraph({ numbering: { reference: 'takeaways', level: 0 }, children: this.inlines(item) }));
        return;
      case 'pullQuote':
        this.paragraphs.push(new Paragraph({ style: DOCX_STYLES.quote, children: this.inlines(block.quote) }));
        if (block.attribution.length > 0) this.paragraphs.push(new Paragraph({ style: DOCX_STYLES.attribution, children: [new TextRun('— '), ...this.inlines(block.attribution)] }));
        return;
      case 'rule':
        this.paragraphs.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'AAAAAA', space: 1 } }, children: [] }));
        return;
      case 'readNext':
        this.readNext(block.title);
        return;
    }
  }

  readNext(title: string): void {
    const { related, options } = this.input;
    if (related.length === 0) return;
    this.paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(clean(title))] }));
    for (const teaser of related) {
      const time = teaserTime(teaser.time, options);
      const headline = teaser.url && /^https?:\/\//i.test(teaser.url) ? new ExternalHyperlink({ link: teaser.url, children: [new TextRun({ text: clean(teaser.headline), style: 'Hyperlink' })] }) : new TextRun(clean(teaser.headline));
      this.paragraphs.push(new Paragraph({ style: DOCX_STYLES.teaser, children: [...(time ? [new TextRun({ text: `${clean(time.label)}  `, bold: true })] : []), headline] }));
    }
  }

  private inlines(content: readonly Inline[]): ParagraphChild[] {
    return linkSegments(content).flatMap(({ href, content: runs }): ParagraphChild[] =>
      href ? [new ExternalHyperlink({ link: href, children: runs.map((inline) => this.run(inline, true)) })] : runs.map((inline) => this.run(inline, false)),
    );
  }

  private run(inline: Inline, linked: boolean): TextRun {
    if (inline.type === 'break') return new TextRun({ break: 1 });
    if (inline.type === 'tk') return new TextRun({ text: 'TK', bold: true, highlight: 'yellow' });
    return new TextRun({ text: clean(inline.text), bold: inline.bold, italics: inline.italic, ...(linked ? { style: 'Hyperlink' } : {}) });
  }
}

function clean(text: string): string {
  return stripInvalidXmlChars(text);
}

export function storyDocxDocument(input: ExportInput): Document {
  const { story, related } = input;
  const { blocks } = exportBody(story.body, { withReadNext: related.length > 0 });
  const builder = new DocxBuilder(input);
  const head: Paragraph[] = [new Paragraph({ style: DOCX_STYLES.headline, children: [new TextRun(clean(headlineOf(story)))] })];
  if (story.dek.trim()) head.push(new Paragraph({ style: DOCX_STYLES.dek, children: [new TextRun(clean(story.dek.trim()))] }));
  const byline = bylineLine(story);
  if (byline) head.push(new Paragraph({ style: DOCX_STYLES.byline, children: [new TextRun(clean(byline))] }));
  const date = longDate(storyDate(story));
  const datelineParts = [story.dateline.place.trim(), date].filter(Boolean).join(', ');
  if (datelineParts) head.push(new Paragraph({ style: DOCX_STYLES.dateline, children: [new TextRun(clean(datelineParts))] }));
  builder.blocks(blocks, wireDateline({ dateline: { place: story.dateline.place, date: '' } }));
  if (related.length > 0 && !blocks.some((block) => block.type === 'readNext')) builder.readNext('Read next');

  return new Document({
    creator: clean(bylineOf(story.authors) || 'Copydesk'),
    lastModifiedBy: 'Copydesk',
    title: clean(headlineOf(story)),
    description: clean(story.dek.trim()),
    subject: clean(story.section.trim()),
    keywords: clean(story.keywords.join(', ')),
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 }, paragraph: { spacing: { after: 160, line: 300 } } },
        title: { run: { font: FONT, size: 48, bold: true }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { font: FONT, size: 30, bold: true }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 26, bold: true }, paragraph: { spacing: { before: 220, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: DOCX_STYLES.dek, name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 28, color: '555555' }, paragraph: { spacing: { after: 200 } } },
        { id: DOCX_STYLES.byline, name: 'Byline', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: SANS, size: 20, bold: true }, paragraph: { spacing: { after: 40 } } },
        { id: DOCX_STYLES.dateline, name: 'Dateline', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: SANS, size: 20, color: '555555' }, paragraph: { spacing: { after: 280 } } },
        { id: DOCX_STYLES.quote, name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 30, italics: true }, paragraph: { indent: { left: 720 }, spacing: { before: 240, after: 80 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: '9B1C1C', space: 12 } } } },
        { id: DOCX_STYLES.attribution, name: 'Quote Attribution', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: SANS, size: 20, color: '555555' }, paragraph: { indent: { left: 720 }, spacing: { after: 240 } } },
        { id: DOCX_STYLES.teaser, name: 'Teaser', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: SANS, size: 21 }, paragraph: { spacing: { after: 80 } } },
      ],
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: bulletLevels(['•', '◦', '▪']) },
        { reference: 'takeaways', levels: bulletLevels(['✔']) },
        { reference: 'numbers', levels: numberLevels },
      ],
    },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1247, left: 1021, right: 1021 } } }, children: [...head, ...builder.paragraphs] }],
  });
}

/** The .docx file's bytes. */
export async function storyDocx(input: ExportInput): Promise<Uint8Array> {
  return Packer.pack(storyDocxDocument(input), 'uint8array');
}
