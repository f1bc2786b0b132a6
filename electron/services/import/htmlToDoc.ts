import { DOMParser as SchemaParser } from '@tiptap/pm/model';
import type { DocJSON } from '../../../story/document';
import { isAllowedLinkHref } from '../../../story/schema/links';
import { newsSchema } from '../../../story/schema/schema';
import { plural } from '../../../story/import/encoding';

/** What the conversion did that the user should hear about. */
export interface ConversionReport {
  warnings: string[];
  leftOut: string[];
}

/**
 * Turns sanitized HTML (a body from sanitizeHtml) into a story body: headings mapped
 * to the two subhead levels, images kept as links with their captions (or left out
 * when they have no web address), then ProseMirror's DOM parser with the news schema,
 * which keeps nothing the schema cannot hold.
 */
export function docFromSanitizedHtml(body: HTMLElement, report: ConversionReport): DocJSON {
  const document = body.ownerDocument;
  for (const heading of body.querySelectorAll('h1, h4, h5, h6')) renameElement(heading, heading.tagName === 'H1' ? 'h2' : 'h3');

  let kept = 0;
  let leftOut = 0;
  for (const figure of body.querySelectorAll('figure')) {
    const image = figure.querySelector('img');
    if (!image) continue;
    const caption = clean(figure.querySelector('figcaption')?.textContent ?? '') || clean(image.getAttribute('alt') ?? '');
    const link = imageLink(document, image, caption);
    if (link) {
      const paragraph = document.createElement('p');
      paragraph.append(link);
      figure.replaceWith(paragraph);
      kept += 1;
    } else {
      figure.remove();
      leftOut += 1;
    }
  }
  for (const image of body.querySelectorAll('img')) {
    const link = imageLink(document, image, clean(image.getAttribute('alt') ?? ''));
    if (link) {
      (image.closest('picture') ?? image).replaceWith(link);
      kept += 1;
    } else {
      (image.closest('picture') ?? image).remove();
      leftOut += 1;
    }
  }
  if (kept > 0) report.warnings.push(`${plural(kept, 'image')} kept as ${kept === 1 ? 'a link with its caption' : 'links with their captions'}.`);
  if (leftOut > 0) report.leftOut.push(`${plural(leftOut, 'image')} without a web address`);
  const tables = body.querySelectorAll('table').length;
  if (tables > 0) report.warnings.push(`${plural(tables, 'table')} kept as text, one line per row.`);
  for (const row of body.querySelectorAll('tr')) {
    const line = document.createElement('p');
    row.querySelectorAll(':scope > td, :scope > th').forEach((cell, index) => {
      if (index > 0) line.append(' | ');
      line.append(...cell.childNodes);
    });
    row.closest('table')?.before(line);
  }
  for (const table of body.querySelectorAll('table')) table.remove();

  const doc = newsSchema().nodeFromJSON(SchemaParser.fromSchema(newsSchema()).parse(body).toJSON());
  doc.check();
  const json = doc.toJSON() as DocJSON;
  json.content = (json.content ?? []).filter((node) => node.type !== 'paragraph' || (node.content?.length ?? 0) > 0);
  if (json.content.length === 0) json.content = [{ type: 'paragraph' }];
  return json;
}

function imageLink(document: Document, image: Element, caption: string): HTMLAnchorElement | undefined {
  const src = image.getAttribute('src') ?? '';
  if (!/^https?:/i.test(src) || !isAllowedLinkHref(src)) return undefined;
  const link = document.createElement('a');
  link.setAttribute('href', src);
  link.textContent = caption ? `Image: ${caption}` : 'Image';
  return link;
}

function renameElement(element: Element, tag: string): void {
  const renamed = element.ownerDocument.createElement(tag);
  renamed.append(...element.childNodes);
  element.replaceWith(renamed);
}

function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
