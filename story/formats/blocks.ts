/**
 * The story body as the exporters see it: the ProseMirror JSON reduced to what a
 * reader gets (editor's notes dropped, links checked, marks flattened). Every
 * serializer walks these blocks, so all formats agree on what the story says.
 */
import type { DocJSON, MarkJSON, NodeJSON } from '../document';
import { isAllowedLinkHref } from '../schema/links';

export interface TextRun {
  type: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  /** A checked http(s)/mailto address; links to anything else are dropped (the words stay). */
  href?: string;
  /** The facts this span is tagged with (spans may carry several). */
  factIds: string[];
}
export type Inline = TextRun | { type: 'break' } | { type: 'tk'; note: string };

export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'subhead'; level: 2 | 3; content: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'takeaways'; items: Inline[][] }
  | { type: 'pullQuote'; quote: Inline[]; attribution: Inline[] }
  | { type: 'rule' }
  | { type: 'readNext'; title: string };

export interface ExportBody {
  blocks: Block[];
  /** For each block, the index of the document's top-level node it came from (for scroll sync). */
  sourceIndex: number[];
}

/** The reader's blocks of a story body. `withReadNext` false drops the "Read next" slot (no teasers to show). */
export function exportBody(doc: DocJSON, { withReadNext = true }: { withReadNext?: boolean } = {}): ExportBody {
  const blocks: Block[] = [];
  const sourceIndex: number[] = [];
  doc.content.forEach((node, index) => {
    if (node.type === 'readNext' && !withReadNext) return;
    const block = exportBlock(node);
    if (!block) return;
    blocks.push(block);
    sourceIndex.push(index);
  });
  return { blocks, sourceIndex };
}

/** The top-level nodes `exportBlock` makes a block of. */
const EXPORTED_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'keyTakeaways', 'pullQuote', 'horizontalRule', 'readNext']);

/** `exportBody(doc, options).sourceIndex` without making the blocks (the preview's scroll sync, per keystroke). */
export function exportedSourceIndex(doc: DocJSON, { withReadNext = true }: { withReadNext?: boolean } = {}): number[] {
  const sourceIndex: number[] = [];
  doc.content.forEach((node, index) => {
    if (EXPORTED_TYPES.has(node.type) && (withReadNext || node.type !== 'readNext')) sourceIndex.push(index);
  });
  return sourceIndex;
}

/** The reader's block made of one top-level node of the body; undefined for what is not exported (editor's notes). */
export function exportBlock(node: NodeJSON): Block | undefined {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', content: inlines(node) };
    case 'heading':
      return { type: 'subhead', level: node.attrs?.level === 3 ? 3 : 2, content: inlines(node) };
    case 'bulletList':
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' && Number.isInteger(node.attrs.start) ? node.attrs.start : 1;
      const items = (node.content ?? []).map((item) => (item.content ?? []).map(exportBlock).filter((block): block is Block => block !== undefined));
      return { type: 'list', ordered: node.type === 'orderedList', start, items };
    }
    case 'keyTakeaways':
      return { type: 'takeaways', items: (node.content ?? []).map(inlines) };
    case 'pullQuote': {
      const [quote, attribution] = [findChild(node, 'pullQuoteText'), findChild(node, 'pullQuoteAttribution')];
      return { type: 'pullQuote', quote: quote ? inlines(quote) : [], attribution: attribution ? inlines(attribution) : [] };
    }
    case 'horizontalRule':
      return { type: 'rule' };
    case 'readNext':
      return { type: 'readNext', title: typeof node.attrs?.title === 'string' && node.attrs.title.trim() ? node.attrs.title.trim() : 'Read next' };
    // Editor's notes are for the newsroom only; anything unknown is left out rather than guessed at.
    default:
      return undefined;
  }
}

function findChild(node: NodeJSON, type: string): NodeJSON | undefined {
  return node.content?.find((child) => child.type === type);
}

function inlines(node: NodeJSON): Inline[] {
  const out: Inline[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') out.push({ type: 'break' });
    else if (child.type === 'tk') out.push({ type: 'tk', note: typeof child.attrs?.note === 'string' ? child.attrs.note : '' });
    else if (child.type === 'text' && child.text) out.push(textRun(child.text, child.marks ?? []));
  }
  return out;
}

function textRun(text: string, marks: MarkJSON[]): TextRun {
  const run: TextRun = { type: 'text', text, bold: false, italic: false, factIds: [] };
  for (const mark of marks) {
    if (mark.type === 'bold') run.bold = true;
    else if (mark.type === 'italic') run.italic = true;
    else if (mark.type === 'link') {
      const href = cleanHref(mark.attrs?.href);
      if (href) run.href = href;
    } else if (mark.type === 'fact' && typeof mark.attrs?.factId === 'string' && mark.attrs.factId) run.factIds.push(mark.attrs.factId);
  }
  return run;
}

/** A link target as it may appear in an export: http, https or mailto, with no spaces or control characters. */
export function cleanHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // oxlint-disable-next-line no-control-regex -- refusing control characters is the point
  if (trimmed.length === 0 || trimmed.length > 2048 || /[\u0000-\u0020\u007f]/.test(trimmed)) return undefined;
  return isAllowedLinkHref(trimmed) ? trimmed : undefined;
}

/** Inline content cut where links start and end: consecutive runs with the same link share one segment. */
export function linkSegments(content: readonly Inline[]): Array<{ href?: string; content: Inline[] }> {
  const segments: Array<{ href?: string; content: Inline[] }> = [];
  for (const inline of content) {
    const href = inline.type === 'text' ? inline.href : undefined;
    const last = segments.at(-1);
    if (last && href && last.href === href) last.content.push(inline);
    else segments.push(href ? { href, content: [inline] } : { content: [inline] });
  }
  return segments;
}

/** The plain words of some inlines ("TK" for a placeholder, a space for a line break). */
export function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'tk' ? 'TK' : ' ')).join('');
}

/** Every fact id tagged in the body, in order of first appearance. */
export function factIdsIn(blocks: readonly Block[]): string[] {
  const seen = new Set<string>();
  const visit = (content: readonly Inline[]) => content.forEach((inline) => inline.type === 'text' && inline.factIds.forEach((id) => seen.add(id)));
  const walk = (block: Block): void => {
    if (block.type === 'paragraph' || block.type === 'subhead') visit(block.content);
    else if (block.type === 'list') block.items.forEach((item) => item.forEach(walk));
    else if (block.type === 'takeaways') block.items.forEach(visit);
    else if (block.type === 'pullQuote') [block.quote, block.attribution].forEach(visit);
  };
  blocks.forEach(walk);
  return [...seen];
}
