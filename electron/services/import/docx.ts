import mammoth from 'mammoth';
import { DOMParser as XmlParser } from 'linkedom';
import type { NodeJSON } from '../../../story/document';
import type { StoryFields } from '../../../story/model';
import { plural } from '../../../story/import/encoding';
import { fieldsFromMetadata } from '../../../story/import/metadata';
import { ImportError, type ImportInput, type ImportedStory } from '../../../story/import/types';
import { docFromSanitizedHtml, type ConversionReport } from './htmlToDoc';
import { sanitizeHtml } from './sanitize';
import { readZip } from './zip';

/** Comments come through as superscript references plus a list at the end, which we turn into editor's notes. */
const STYLE_MAP = ['comment-reference => sup', "p[style-name='Subtitle'] => p:fresh"];
const MAX_MESSAGES = 5;

/**
 * A Word file (.docx) through mammoth: headings, lists, links, bold and italic;
 * footnotes, endnotes and comments become editor's notes; the title comes from the
 * document properties or else the first heading. The zip is checked (entries, size
 * once unpacked) before mammoth opens it; files it refers to outside itself are never read.
 */
export async function importDocx({ fileName, bytes }: ImportInput): Promise<ImportedStory> {
  const parts = readZip(bytes, fileName);
  if (!parts.has('[Content_Types].xml')) throw new ImportError('unsupported', fileName, 'this zip archive is not a Word document.');
  const properties = coreProperties(parts.get('docProps/core.xml'));

  let converted: { value: string; messages: { type: string; message: string }[] };
  try {
    converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        // Images are not stored in stories: no data URIs are built for them, and the report counts them.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch (error) {
    const reason = ((error as Error)?.message ?? String(error)).split('\n')[0]!.slice(0, 200);
    throw new ImportError('corrupt', fileName, `the Word document could not be read (${reason}).`);
  }

  const report: ConversionReport = { warnings: [], leftOut: [] };
  const { body } = sanitizeHtml(converted.value);
  const notes = takeNotes(body);
  const firstHeading = body.querySelector('h1, h2, h3, h4, h5, h6');
  const isFirstBlock = firstHeading && firstHeading === body.firstElementChild;
  const headingText = firstHeading?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const headline = properties.title || (isFirstBlock ? headingText : '');
  if (isFirstBlock && headingText && headingText === headline) firstHeading.remove();

  const doc = docFromSanitizedHtml(body, report);
  if (notes.length > 0) doc.content.push({ type: 'editorsNote', content: notes });
  const hasText = doc.content.some((node) => (node.content?.length ?? 0) > 0);
  if (!hasText && !headline) {
    const pictures = report.leftOut.length > 0 ? ' (only pictures, which a story cannot hold)' : '';
    throw new ImportError('empty', fileName, `the Word document holds no text${pictures}.`);
  }
  if (!hasText) report.warnings.push('The Word document has a title but no text.');

  const messages = [...new Set(converted.messages.map((message) => message.message))];
  const warnings = [...report.warnings, ...messages.slice(0, MAX_MESSAGES).map((message) => `Word: ${message}`)];
  if (messages.length > MAX_MESSAGES) warnings.push(`…and ${plural(messages.length - MAX_MESSAGES, 'more note')} from the Word reader.`);

  const meta = fieldsFromMetadata({ headline, authors: properties.creator, dek: properties.description, keywords: properties.keywords, language: properties.language }, 'document property');
  const fields: Partial<StoryFields> = meta.fields;
  return {
    fields: { ...fields, body: doc },
    warnings: [...warnings, ...meta.warnings],
    leftOut: report.leftOut,
    needsHeadline: !fields.headline,
    format: 'docx',
  };
}

interface CoreProperties {
  title?: string;
  creator?: string;
  description?: string;
  keywords?: string;
  language?: string;
}

/** docProps/core.xml: dc:title, dc:creator, dc:description, cp:keywords, dc:language. */
function coreProperties(xml: Buffer | undefined): CoreProperties {
  if (!xml || xml.length > 1024 * 1024) return {};
  try {
    const document = new XmlParser().parseFromString(xml.toString('utf8'), 'text/xml');
    const read = (name: string) => document.getElementsByTagName(name)[0]?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
    return { title: read('dc:title'), creator: read('dc:creator'), description: read('dc:description'), keywords: read('cp:keywords'), language: read('dc:language') };
  } catch {
    return {};
  }
}

/**
 * Footnotes, endnotes and comments: mammoth puts them in a list at the end with
 * back-links. They become the paragraphs of one editor's note ("Footnote 1: …",
 * "Comment [AB1]: …"); the references in the text stay as "[1]".
 */
function takeNotes(body: HTMLElement): NodeJSON[] {
  const notes: { label: string; element: Element }[] = [];
  for (const item of body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')) {
    const [kind, number] = item.id.split('-');
    notes.push({ label: `${kind === 'footnote' ? 'Footnote' : 'Endnote'} ${number}`, element: item });
  }
  for (const term of body.querySelectorAll('dt[id^="comment-"]')) {
    const text = term.nextElementSibling;
    if (text?.tagName === 'DD') notes.push({ label: (term.textContent ?? 'Comment').trim(), element: text });
  }
  if (notes.length === 0) return [];
  const lists = new Set<Element>();
  const paragraphs: NodeJSON[] = [];
  for (const { label, element } of notes) {
    for (const backLink of element.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"], a[href^="#comment-ref-"]')) backLink.remove();
    const holder = element.ownerDocument.createElement('div');
    holder.append(...element.childNodes);
    const content = docFromSanitizedHtml(holder as HTMLElement, { warnings: [], leftOut: [] }).content.filter((node) => node.type === 'paragraph');
    const first: NodeJSON = content[0] ?? { type: 'paragraph' };
    first.content = [{ type: 'text', text: `${label}: ` }, ...trimStart(first.content ?? [])];
    paragraphs.push(first, ...content.slice(1));
    const list = element.closest('ol, dl');
    if (list) lists.add(list);
  }
  for (const list of lists) list.remove();
  return paragraphs;
}

function trimStart(nodes: NodeJSON[]): NodeJSON[] {
  const [first, ...rest] = nodes;
  if (first?.type !== 'text') return nodes;
  const text = (first.text ?? '').trimStart();
  return text ? [{ ...first, text }, ...rest] : rest;
}
