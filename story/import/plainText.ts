import type { DocJSON, NodeJSON } from '../document';
import type { RelatedItem, StoryFields } from '../model';
import { chromeKind, describeLeftOut } from './chrome';
import { decodeText } from './encoding';
import { bylineAuthors } from './metadata';
import { cleanLine, inlineText, list, paragraph, subhead } from './nodes';
import { isReadNextHeading, isTeaserTime, teasersFrom, trailingTimedTeasers } from './related';
import { ImportError, type ImportInput, type ImportedStory } from './types';

/**
 * Wire copy and plain text: headline (when the first line is one), byline, paragraphs
 * (by blank lines or single line breaks, hard-wrapped lines joined), subheads, bullet,
 * numbered and checkmark lists, a trailing "Read next" block kept as related teasers,
 * and page chrome (comment prompts, share buttons…) left out and reported.
 */
export function importPlainText({ fileName, bytes }: ImportInput): ImportedStory {
  if (bytes.length === 0) throw new ImportError('empty', fileName, 'the file is empty.');
  const decoded = decodeText(bytes, fileName);
  return importWireText(decoded.text, fileName, decoded.warnings);
}

type ListKind = 'bullet' | 'ordered' | 'check';
type Line = { kind: 'text'; text: string } | { kind: 'item'; list: ListKind; number: number; text: string } | { kind: 'blank' };

const CHECK = /^[✔✓☑✅]\uFE0F?\s*(.*)$/u;
const BULLET = /^[•●▪◦‣·*\-+]\s+(.*)$/u;
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/;

const HEADLINE_MAX_WORDS = 20;
const HEADLINE_MAX_CHARS = 160;
const SUBHEAD_MAX_WORDS = 12;
const SUBHEAD_MAX_CHARS = 90;

export function importWireText(raw: string, fileName: string, warnings: string[] = []): ImportedStory {
  const leftOut: string[] = [];
  let lines = raw
    .normalize('NFC')
    .split('\n')
    .map((line) => cleanLine(line.replace(/[\f\v\u2028\u2029]/g, ' ')));
  if (lines.every((line) => line === '')) throw new ImportError('empty', fileName, 'the file holds no text.');

  lines = lines.map((line) => {
    const kind = line ? chromeKind(line) : undefined;
    if (!kind) return line;
    leftOut.push(describeLeftOut(kind, line));
    return '';
  });

  const readNext = takeReadNext(lines);
  lines = readNext.lines;

  const fields: Partial<StoryFields> = {};
  const authors = takeByline(lines);
  if (authors) fields.authors = authors;

  const firstIndex = lines.findIndex(Boolean);
  if (firstIndex === -1) throw new ImportError('empty', fileName, 'the file holds no story text (only page chrome).');
  const first = lines[firstIndex]!;
  const hasMore = lines.slice(firstIndex + 1).some(Boolean);
  // A first line that runs on into a lower-case second line is hard-wrapped text, not a headline.
  const runsOn = /^[\p{Ll}\p{N}]/u.test(lines[firstIndex + 1] ?? '');
  const needsHeadline = !(hasMore && !runsOn && isHeadlineLike(first));
  if (!needsHeadline) {
    fields.headline = first;
    lines[firstIndex] = '';
  }

  const blocks = toBlocks(classify(lines));
  const content = buildBody(blocks);
  const place = datelinePlace(blocks);
  if (place) fields.dateline = { place, date: '' };
  if (readNext.items.length > 0) {
    fields.related = readNext.items;
    content.push({ type: 'readNext', attrs: { title: readNext.title } });
  }
  const body: DocJSON = { type: 'doc', content: content.length > 0 ? content : [paragraph([])] };
  return { fields: { ...fields, body }, warnings, leftOut, needsHeadline, format: 'text' };
}

/** A trailing "Read next" block (heading plus teasers) or trailing timed teasers, taken out of the lines. */
function takeReadNext(lines: string[]): { lines: string[]; items: RelatedItem[]; title: string } {
  const nonEmpty = lines.map((line, index) => ({ line, index })).filter(({ line }) => line);
  for (let k = nonEmpty.length - 2; k >= 1 && k >= nonEmpty.length - 80; k -= 1) {
    const { line, index } = nonEmpty[k]!;
    if (!isReadNextHeading(line)) continue;
    const items = teasersFrom(nonEmpty.slice(k + 1).map((entry) => entry.line));
    if (items) return { lines: lines.slice(0, index), items, title: line.replace(/\s*:$/, '') };
  }
  const teaserLines = trailingTimedTeasers(nonEmpty.map((entry) => entry.line));
  if (teaserLines > 0 && teaserLines < nonEmpty.length) {
    const start = nonEmpty[nonEmpty.length - teaserLines]!.index;
    const items = teasersFrom(lines.slice(start)) ?? [];
    return { lines: lines.slice(0, start), items, title: 'Read next' };
  }
  return { lines, items: [], title: 'Read next' };
}

/** "By Ana Reyes and Tomasz Wiśniewski" among the first lines: the authors, line removed. */
function takeByline(lines: string[]): string[] | undefined {
  let seen = 0;
  for (let index = 0; index < lines.length && seen < 5; index += 1) {
    const line = lines[index]!;
    if (!line) continue;
    seen += 1;
    const match = /^by\s+(\p{Lu}.*)$/iu.exec(line);
    if (!match || line.split(' ', 13).length > 12 || /[.!?]$/.test(line.replace(/\b\p{Lu}\.$/u, ''))) continue;
    const authors = bylineAuthors(match[1]!);
    if (authors.length === 0) continue;
    lines[index] = '';
    return authors;
  }
  return undefined;
}

function isHeadlineLike(line: string): boolean {
  // (split with a limit: a long paragraph is not cut into all of its words just to count past the bound)
  const words = line.split(' ', HEADLINE_MAX_WORDS + 1).length;
  return (
    words <= HEADLINE_MAX_WORDS &&
    line.length <= HEADLINE_MAX_CHARS &&
    !/[.,;:…]$/.test(line) &&
    !listItemOf(line) &&
    !isTeaserTime(line) &&
    !isReadNextHeading(line)
  );
}

function isSubheadLike(line: string): boolean {
  return (
    line.length <= SUBHEAD_MAX_CHARS &&
    line.split(' ', SUBHEAD_MAX_WORDS + 1).length <= SUBHEAD_MAX_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(line) &&
    !/[.,;:!?…"”'’)\]]$/.test(line) &&
    !isTeaserTime(line)
  );
}

function listItemOf(line: string): Extract<Line, { kind: 'item' }> | undefined {
  const check = CHECK.exec(line);
  if (check) return { kind: 'item', list: 'check', number: 0, text: check[1]! };
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'item', list: 'bullet', number: 0, text: bullet[1]! };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { kind: 'item', list: 'ordered', number: Number(numbered[1]), text: numbered[2]! };
  return undefined;
}

function classify(lines: string[]): Line[] {
  return lines.map((line) => (line ? (listItemOf(line) ?? { kind: 'text', text: line }) : { kind: 'blank' }));
}

type Block = { kind: 'para'; text: string; lines: number } | { kind: 'list'; list: ListKind; start: number; items: string[] };

/**
 * Groups lines into paragraphs and lists. Hard-wrapped text (short lines that break
 * mid-sentence) has its lines joined back into paragraphs; otherwise each line is one.
 */
function toBlocks(lines: Line[]): Block[] {
  const wrapWidth = hardWrapWidth(lines);
  const blocks: Block[] = [];
  let previous: Line = { kind: 'blank' };
  for (const line of lines) {
    const last = blocks.at(-1);
    if (line.kind === 'blank') {
      previous = line;
      continue;
    }
    const continues =
      wrapWidth > 0 && previous.kind !== 'blank' && previous.text.length >= wrapWidth * 0.6 && !(line.kind === 'item') && last !== undefined;
    if (continues && last.kind === 'para') {
      last.text += ` ${line.text}`;
      last.lines += 1;
    } else if (continues && last.kind === 'list') {
      last.items[last.items.length - 1] += ` ${line.text}`;
    } else if (line.kind === 'item') {
      if (last?.kind === 'list' && last.list === line.list) last.items.push(line.text);
      else blocks.push({ kind: 'list', list: line.list, start: line.number || 1, items: [line.text] });
    } else {
      blocks.push({ kind: 'para', text: line.text, lines: 1 });
    }
    previous = line;
  }
  return blocks;
}

/** The width text was hard-wrapped at, or 0 when lines are whole paragraphs. */
function hardWrapWidth(lines: Line[]): number {
  const texts = lines.filter((line): line is Extract<Line, { kind: 'text' }> => line.kind === 'text');
  if (texts.length < 4) return 0;
  const lengths = texts.map((line) => line.text.length).toSorted((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)]!;
  if (p90 > 100) return 0;
  let breaksMidSentence = 0;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.kind === 'text' && next.kind === 'text' && !/[.!?:"”’)]$/.test(line.text) && /^[\p{Ll}\p{N}(“"']/u.test(next.text)) breaksMidSentence += 1;
  }
  return breaksMidSentence >= texts.length * 0.2 ? p90 : 0;
}

function buildBody(blocks: Block[]): NodeJSON[] {
  const shortLines = blocks.filter((block) => block.kind === 'para' && block.lines === 1 && isSubheadLike(block.text)).length;
  const shortShare = shortLines / Math.max(1, blocks.length);
  // Notes made only of short lines have no subheads: every line is a paragraph.
  const subheadsAllowed = shortShare < 0.5;
  return blocks.map((block, index) => {
    if (block.kind === 'list') return list(block.list, block.items.map((item) => inlineText(item)), block.start);
    const next = blocks[index + 1];
    const between = index > 0 && next !== undefined && !(next.kind === 'para' && next.lines === 1 && isSubheadLike(next.text));
    if (subheadsAllowed && between && block.lines === 1 && isSubheadLike(block.text)) return subhead(inlineText(block.text));
    return paragraph(inlineText(block.text));
  });
}

/** "KYIV, Feb 12 (Reuters) - …": the place of a wire dateline opening the first paragraph. */
function datelinePlace(blocks: Block[]): string | undefined {
  const first = blocks.find((block) => block.kind === 'para');
  if (!first || first.kind !== 'para') return undefined;
  const match = /^(\p{Lu}[\p{Lu}.'’ -]{1,40}?)(?:,\s+[\p{Lu}][\p{L}.]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)]{2,40}\))?\s+[-–—]\s+\S/u.exec(first.text);
  return match ? match[1]!.trim() : undefined;
}
