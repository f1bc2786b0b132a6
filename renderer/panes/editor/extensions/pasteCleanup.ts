/**
 * Paste from Word, Google Docs and web pages: keep the structure (subheads, lists,
 * links, bold, italic, paragraphs) and nothing else. The HTML is read in an inert
 * document, normalised (Word's list paragraphs become lists, Google Docs' style
 * spans become bold and italic), then DOMPurify keeps only the elements the story
 * schema knows; ProseMirror parses the rest into the schema.
 */
import DOMPurify from 'dompurify';

export interface PasteReport {
  /** Pictures in the pasted content: the story body holds text only, so they are left out. */
  images: number;
}

const ALLOWED_TAGS = [
  'p', 'br', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a', 'hr',
  // Copydesk's own blocks, when copying inside the editor.
  'aside', 'figure', 'figcaption', 'blockquote', 'section', 'span',
];
const ALLOWED_ATTR = ['href', 'data-type', 'data-note', 'data-title', 'data-fact-id', 'data-pm-slice'];
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, li, div, blockquote, figure, aside, section, article, table, hr';

/** Our own block markup, kept when it is ours (copy and paste inside the editor). */
const OWN_BLOCKS: Readonly<Record<string, string>> = {
  ASIDE: 'editors-note',
  FIGURE: 'pull-quote',
  SECTION: 'read-next',
};

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  while (element.firstChild) replacement.append(element.firstChild);
  element.replaceWith(replacement);
  return replacement;
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function wrapChildren(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag);
  while (element.firstChild) wrapper.append(element.firstChild);
  element.append(wrapper);
}

function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').toLowerCase();
}

/** The value of one CSS property in a style attribute ("font-weight", not "mso-bidi-font-weight"). */
function styleValue(style: string, property: string): string | undefined {
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0 && declaration.slice(0, colon).trim() === property) return declaration.slice(colon + 1).trim();
  }
  return undefined;
}

/** Word writes lists as paragraphs with `mso-list: l0 level1 lfo1` and a typed marker; make them real lists. */
function wordLists(doc: Document): void {
  // A parsed document has no window, so no instanceof: test the node type.
  const isListParagraph = (node: Node | null): node is HTMLElement =>
    node?.nodeType === 1 && (node as Element).tagName === 'P' && /mso-list:\s*l\d+/.test(styleOf(node as Element));
  const paragraphs = Array.from(doc.querySelectorAll('p')).filter(isListParagraph);
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    const run: HTMLElement[] = [];
    for (let node: Node | null = first; node; node = node.nextSibling) {
      if (isListParagraph(node)) run.push(node);
      else if (node.nodeType === 1 || (node.textContent ?? '').trim()) break;
    }
    const stack: Array<{ level: number; list: HTMLElement; id: string }> = [];
    const anchor = doc.createElement('div');
    first.before(anchor);
    for (const paragraph of run) {
      done.add(paragraph);
      const style = styleOf(paragraph);
      const level = Number(/level(\d+)/.exec(style)?.[1] ?? 1);
      const id = /mso-list:\s*(l\d+)/.exec(style)?.[1] ?? 'l0';
      const markerSpan = Array.from(paragraph.querySelectorAll('span')).find((span) => /mso-list:\s*ignore/.test(styleOf(span)));
      const marker = (markerSpan?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
      markerSpan?.remove();
      const ordered = /^(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5})[.)]$/i.test(marker);
      while (stack.length && (stack.at(-1)!.level > level || (stack.at(-1)!.level === level && stack.at(-1)!.id !== id))) stack.pop();
      if (!stack.length || stack.at(-1)!.level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        const parentItem = stack.at(-1)?.list.lastElementChild;
        if (parentItem) parentItem.append(list);
        else anchor.append(list);
        stack.push({ level, list, id });
      }
      const item = doc.createElement('li');
      const content = doc.createElement('p');
      while (paragraph.firstChild) content.append(paragraph.firstChild);
      item.append(content);
      stack.at(-1)!.list.append(item);
      paragraph.remove();
    }
    unwrap(anchor);
  }
}

/** Bold and italic written as styles (Google Docs, web pages) become <strong> and <em> before styles go. */
function styledEmphasis(doc: Document): void {
  for (const element of Array.from(doc.body.querySelectorAll('[style]'))) {
    const style = styleOf(element);
    const weight = styleValue(style, 'font-weight');
    const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const italic = styleValue(style, 'font-style') === 'italic';
    const inHeading = element.closest('h1, h2, h3, h4, h5, h6');
    // Google Docs wraps the whole clipboard in <b style="font-weight:normal" id="docs-internal-guid-…">: not bold.
    if ((element.tagName === 'B' || element.tagName === 'STRONG') && (weight === 'normal' || (weight !== undefined && Number(weight) < 600))) {
      unwrap(element);
      continue;
    }
    if (bold && !inHeading && !['B', 'STRONG', 'TH'].includes(element.tagName)) wrapChildren(element, 'strong');
    if (italic && !['I', 'EM'].includes(element.tagName)) wrapChildren(element, 'em');
  }
}

/** Headings to the story's two subhead levels; containers to paragraphs or away. */
function blocks(doc: Document): void {
  for (const heading of Array.from(doc.body.querySelectorAll('h1, h4, h5, h6'))) rename(heading, heading.tagName === 'H1' ? 'h2' : 'h3');
  for (const title of Array.from(doc.body.querySelectorAll('p.MsoTitle, p.MsoHeading1'))) rename(title, 'h2');
  for (const [tag, type] of Object.entries(OWN_BLOCKS)) {
    for (const element of Array.from(doc.body.getElementsByTagName(tag))) {
      if (element.getAttribute('data-type') !== type) element.setAttribute('data-foreign', '');
    }
  }
  const containers = Array.from(doc.body.querySelectorAll('div, article, main, header, footer, nav, td, th, dd, dt, blockquote, [data-foreign]')).toReversed();
  for (const element of containers) {
    if (element.tagName === 'BLOCKQUOTE' && element.parentElement?.matches('figure[data-type="pull-quote"]')) continue;
    // A container of words alone is a paragraph; one holding blocks just goes, its blocks stay.
    if (element.querySelector(BLOCKS)) unwrap(element);
    else rename(element, 'p');
  }
  // A <br> between blocks (Google Docs puts them between paragraphs and lists) is spacing, not a line break.
  for (const br of Array.from(doc.body.querySelectorAll('br'))) {
    if (!br.parentElement?.closest('p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption')) br.remove();
  }
  for (const paragraph of Array.from(doc.body.querySelectorAll('p'))) {
    if (!(paragraph.textContent ?? '').replace(/\u00a0/g, ' ').trim() && !paragraph.querySelector('span[data-type]')) paragraph.remove();
  }
}

/** Only our own data attributes go on to DOMPurify (which, allowing data-*, would keep any). */
function ownDataAttributes(doc: Document): void {
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames()) {
      if (name.startsWith('data-') && !ALLOWED_ATTR.includes(name)) element.removeAttribute(name);
    }
  }
}

/** The pasted HTML as the story schema may hold it. Untrusted input: nothing in it runs or loads. */
export function cleanPastedHtml(html: string, report: (report: PasteReport) => void = () => {}): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const images = doc.querySelectorAll('img, picture, svg').length;
  if (images > 0) report({ images });
  wordLists(doc);
  styledEmphasis(doc);
  blocks(doc);
  ownDataAttributes(doc);
  return DOMPurify.sanitize(doc.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    ALLOW_DATA_ATTR: true,
    KEEP_CONTENT: true,
  });
}

/** "1 pasted picture was left out…" */
export function pasteReportText({ images }: PasteReport): string {
  const what = images === 1 ? '1 pasted picture was' : `${images} pasted pictures were`;
  return `${what} left out: the story body holds text only. Add pictures when the story is laid out.`;
}
