import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { DocJSON, MarkJSON, NodeJSON } from '../document';
import type { StoryFields } from '../model';
import { isAllowedLinkHref } from '../schema/links';
import { decodeText, plural } from './encoding';
import { splitFrontMatter } from './frontMatter';
import { fieldsFromMetadata } from './metadata';
import { inlineText, linkMark, paragraph, text } from './nodes';
import { importWireText } from './plainText';
import { isReadNextHeading, teasersFrom } from './related';
import { ImportError, type ImportInput, type ImportedStory } from './types';

// maxNesting bounds the parser's recursion on hostile nesting (>>>>>…, deeply nested lists). Bare web
// addresses are linked by inlineText(), which is cheaper than markdown-it's linkify.
const markdownIt = new MarkdownIt('default', { html: true, linkify: false, typographer: false, maxNesting: 40 });

const CHECK_MARKER = /^(?:[✔✓☑✅]\uFE0F?|\[[xX ]\])\s*/u;
const ATTRIBUTION = /^(?:—|–|-{1,2}|―)\s*(\S.*)$/u;
const EDITORS_NOTE = /^(?:\[!NOTE\]|editor['’]s note:?|note to editors:?)\s*/i;

/** Markdown, with or without YAML front matter (mapped to the story's fields). */
export function importMarkdown({ fileName, bytes }: ImportInput): ImportedStory {
  if (bytes.length === 0) throw new ImportError('empty', fileName, 'the file is empty.');
  const decoded = decodeText(bytes, fileName);
  return importMarkdownText(decoded.text, fileName, decoded.warnings);
}

export function importMarkdownText(markdown: string, fileName: string, warnings: string[] = []): ImportedStory {
  const front = splitFrontMatter(markdown);
  const meta = front.data ? fieldsFromMetadata(front.data, 'front matter') : { fields: {}, warnings: [], unused: [] };
  const report: Report = { warnings: [...warnings, ...front.warnings, ...meta.warnings], leftOut: [...meta.unused], counts: new Map() };
  const fields: Partial<StoryFields> = { ...meta.fields };

  const tokens = markdownIt.parse(front.body, {});
  const content = new DocBuilder(report).build(tokens).filter((node) => node.type !== 'paragraph' || node.content?.length);
  if (!fields.headline && content[0]?.type === 'heading' && content[0].attrs?.level === 1) {
    fields.headline = plainText(content.shift()!);
  } else if (fields.headline && content[0]?.type === 'heading' && plainText(content[0]) === fields.headline) {
    content.shift();
  }
  for (const node of content) if (node.type === 'heading' && node.attrs?.level === 1) node.attrs = { level: 2 };

  const related = takeRelated(content);
  if (related) {
    fields.related = [...(fields.related ?? []), ...related.items].slice(0, 50);
    content.push({ type: 'readNext', attrs: { title: related.title } });
  }
  if (content.length === 0 && !fields.headline) {
    if (!/[\p{L}\p{N}]/u.test(front.body)) throw new ImportError('empty', fileName, 'the file holds no text.');
    // Nesting past markdown-it's bound yields no blocks: the words are kept as plain text instead.
    const plain = importWireText(front.body.replace(/^[\s>*+-]+/gm, ''), fileName, [...report.warnings, 'The Markdown is nested too deeply to read; its text was imported as plain text.']);
    return { ...plain, fields: { ...fields, ...plain.fields }, leftOut: [...report.leftOut, ...plain.leftOut], format: 'markdown' };
  }

  for (const [key, count] of report.counts) {
    const [noun, rest] = key.split('|');
    report.warnings.push(`${plural(count, noun!)} ${rest}.`);
  }
  const body: DocJSON = { type: 'doc', content: content.length > 0 ? content : [paragraph([])] };
  return { fields: { ...fields, body }, warnings: report.warnings, leftOut: report.leftOut, needsHeadline: !fields.headline, format: 'markdown' };
}

interface Report {
  warnings: string[];
  leftOut: string[];
  /** "image|kept as a link" → 3, said once at the end. */
  counts: Map<string, number>;
}

interface Frame {
  type: string;
  attrs?: Record<string, unknown>;
  content: NodeJSON[];
}

/** Walks markdown-it's token stream (iteratively) into the news schema. */
class DocBuilder {
  private readonly stack: Frame[] = [{ type: 'doc', content: [] }];

  constructor(private readonly report: Report) {}

  build(tokens: Token[]): NodeJSON[] {
    for (const token of tokens) this.block(token);
    return this.stack[0]!.content;
  }

  private get top(): Frame {
    return this.stack.at(-1)!;
  }

  /** Counted and said once at the end: count('image', 'kept as a link') → "2 images kept as a link". */
  private count(noun: string, rest: string): void {
    const key = `${noun}|${rest}`;
    this.report.counts.set(key, (this.report.counts.get(key) ?? 0) + 1);
  }

  private block(token: Token): void {
    switch (token.type) {
      case 'heading_open': {
        const level = Number(token.tag.slice(1));
        return void this.stack.push({ type: 'heading', attrs: { level: level === 1 && this.stack.length === 1 ? 1 : level <= 2 ? 2 : 3 }, content: [] });
      }
      case 'paragraph_open':
        return void this.stack.push({ type: 'paragraph', content: [] });
      case 'bullet_list_open':
        return void this.stack.push({ type: 'bulletList', content: [] });
      case 'ordered_list_open':
        return void this.stack.push({ type: 'orderedList', attrs: { start: Number(token.attrGet('start') ?? 1) || 1, type: null }, content: [] });
      case 'list_item_open':
        return void this.stack.push({ type: 'listItem', content: [] });
      case 'blockquote_open':
        return void this.stack.push({ type: 'blockquote', content: [] });
      case 'tr_open':
        return void this.stack.push({ type: 'tableRow', content: [] });
      case 'heading_close':
      case 'paragraph_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'tr_close':
        return this.close();
      case 'inline':
        return this.inline(token.children ?? []);
      case 'hr':
        return void this.top.content.push({ type: 'horizontalRule' });
      case 'fence':
      case 'code_block': {
        const lines = token.content.replace(/\n$/, '').split('\n');
        const inline = lines.flatMap((line, index) => (index === 0 ? [] : [{ type: 'hardBreak' }]).concat(line ? [text(line)] : []));
        this.top.content.push(paragraph(inline));
        return this.count('code block', 'kept as plain text');
      }
      case 'html_block':
        if (token.content.trim()) this.count('raw HTML block', 'left out');
        return;
      default:
        return; // table/thead/tbody/th/td wrappers: rows carry the text.
    }
  }

  private close(): void {
    const frame = this.stack.pop()!;
    const parent = this.top;
    switch (frame.type) {
      case 'listItem':
        if (frame.content[0]?.type !== 'paragraph') frame.content.unshift(paragraph([]));
        return void parent.content.push({ type: 'listItem', content: frame.content });
      case 'bulletList':
        return void parent.content.push(asKeyTakeaways(frame.content) ?? { type: 'bulletList', content: frame.content });
      case 'blockquote':
        return void parent.content.push(...this.quote(frame.content));
      case 'tableRow':
        this.count('table row', 'kept as a line of text');
        return void parent.content.push(paragraph(frame.content));
      default: {
        const node: NodeJSON = { type: frame.type, content: frame.content };
        if (frame.attrs) node.attrs = frame.attrs;
        if (frame.content.length === 0) delete node.content;
        return void parent.content.push(node);
      }
    }
  }

  /** A block quote ending "— Name" is a pull quote; "Editor's note:" an editor's note; else its paragraphs. */
  private quote(children: NodeJSON[]): NodeJSON[] {
    const paragraphs = children.every((child) => child.type === 'paragraph');
    const first = children[0] ? plainText(children[0]) : '';
    if (paragraphs && EDITORS_NOTE.test(first)) {
      const rest = stripLeadingText(children[0]!, EDITORS_NOTE);
      const notes = [rest, ...children.slice(1)].filter((node) => node.content?.length);
      return notes.length > 0 ? [{ type: 'editorsNote', content: notes }] : [];
    }
    const last = children.at(-1);
    const attribution = last ? ATTRIBUTION.exec(plainText(last)) : null;
    if (paragraphs && children.length >= 2 && attribution) {
      const quoted = children.slice(0, -1).flatMap((child, index) => (index === 0 ? [] : [{ type: 'hardBreak' }]).concat(child.content ?? []));
      const credit = stripLeadingText(last!, /^(?:—|–|-{1,2}|―)\s*/u);
      return [{ type: 'pullQuote', content: [{ type: 'pullQuoteText', content: quoted }, { type: 'pullQuoteAttribution', content: credit.content ?? [] }] }];
    }
    if (children.length > 0) this.count('block quote', 'kept as ordinary text');
    return children;
  }

  private inline(tokens: Token[]): void {
    const marks: MarkJSON[] = [];
    const out = this.top.content;
    const separator = this.top.type === 'tableRow' && out.length > 0;
    if (separator) out.push(text(' | '));
    const pop = (type: string) => {
      const index = marks.findLastIndex((mark) => mark.type === type);
      if (index >= 0) marks.splice(index, 1);
    };
    // Emphasis inside emphasis ("**!*0**" opens italic twice) is still one italic mark: a text
    // node may not hold two marks of a type.
    const active = () => marks.filter((mark, index) => marks.findIndex((other) => other.type === mark.type) === index);
    for (const token of tokens) {
      switch (token.type) {
        case 'text':
        case 'code_inline':
          out.push(...inlineText(token.content, active()));
          break;
        case 'softbreak':
          out.push(text(' ', active()));
          break;
        case 'hardbreak':
          out.push({ type: 'hardBreak' });
          break;
        case 'strong_open':
          marks.push({ type: 'bold' });
          break;
        case 'em_open':
          marks.push({ type: 'italic' });
          break;
        case 'strong_close':
          pop('bold');
          break;
        case 'em_close':
          pop('italic');
          break;
        case 'link_open': {
          const href = String(token.attrGet('href') ?? '');
          if (isAllowedLinkHref(href)) marks.push(linkMark(href));
          else this.count('link', 'to an address that is not web or email kept as text');
          break;
        }
        case 'link_close':
          pop('link');
          break;
        case 'image': {
          const src = String(token.attrGet('src') ?? '');
          const caption = token.content || String(token.attrGet('title') ?? '') || 'Image';
          if (/^https?:/i.test(src) && isAllowedLinkHref(src)) {
            out.push(text(caption, [...active().filter((mark) => mark.type !== 'link'), linkMark(src)]));
            this.count('image', 'kept as a link with its caption');
          } else this.count('image', 'without a web address left out');
          break;
        }
        case 'html_inline':
          if (/^<br\s*\/?>$/i.test(token.content)) out.push({ type: 'hardBreak' });
          else this.count('inline HTML tag', 'left out');
          break;
        default:
          break;
      }
    }
    if (separator && out.at(-1)?.text === ' | ') out.pop();
    mergeText(out);
  }
}

/** A bullet list whose every item starts with a check mark ("✔", "[x]") is a key-takeaways list. */
function asKeyTakeaways(items: NodeJSON[]): NodeJSON | undefined {
  const firsts = items.map((item) => item.content?.[0]);
  if (firsts.length === 0 || !firsts.every((first) => first && CHECK_MARKER.test(plainText(first)))) return undefined;
  return { type: 'keyTakeaways', content: firsts.map((first) => ({ type: 'takeaway', ...withContent(stripLeadingText(first!, CHECK_MARKER).content) })) };
}

/** A trailing "Read next" heading followed by one list (or paragraphs) of teasers. */
function takeRelated(content: NodeJSON[]): { title: string; items: NonNullable<StoryFields['related']> } | undefined {
  const index = content.findLastIndex((node) => node.type === 'heading' && isReadNextHeading(plainText(node)));
  if (index < 1) return undefined;
  const after = content.slice(index + 1);
  const entries = after.length === 1 && (after[0]!.type === 'bulletList' || after[0]!.type === 'orderedList') ? (after[0]!.content ?? []).map((item) => item.content?.[0] ?? paragraph([])) : after;
  if (entries.length === 0 || !entries.every((entry) => entry.type === 'paragraph')) return undefined;
  const items = teasersFrom(entries.map(plainText));
  if (!items || items.length !== entries.length) return undefined;
  items.forEach((item, k) => {
    const href = firstLink(entries[k]!);
    if (href && /^https?:/i.test(href)) item.url = href;
  });
  const title = plainText(content[index]!);
  content.splice(index);
  return { title, items };
}

function plainText(node: NodeJSON): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  if (node.type === 'tk') return 'TK';
  return (node.content ?? []).map(plainText).join('').trim();
}

function firstLink(node: NodeJSON): string | undefined {
  for (const child of node.content ?? []) {
    const link = child.marks?.find((mark) => mark.type === 'link');
    if (link) return String(link.attrs?.href ?? '');
  }
  return undefined;
}

/** The node with a leading pattern removed from its first text. */
function stripLeadingText(node: NodeJSON, pattern: RegExp): NodeJSON {
  const content = [...(node.content ?? [])];
  const first = content[0];
  if (first?.type === 'text') {
    const rest = (first.text ?? '').replace(pattern, '');
    if (rest) content[0] = { ...first, text: rest };
    else content.shift();
  }
  return { ...node, ...withContent(content) };
}

function withContent(content: NodeJSON[] | undefined): { content?: NodeJSON[] } {
  return content && content.length > 0 ? { content } : {};
}

/** Joins neighbouring text nodes with the same marks, as ProseMirror stores them. */
function mergeText(nodes: NodeJSON[]): void {
  for (let i = nodes.length - 1; i > 0; i -= 1) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    if (a.type === 'text' && b.type === 'text' && JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? [])) {
      nodes.splice(i - 1, 2, { ...a, text: (a.text ?? '') + (b.text ?? '') });
    }
  }
}
