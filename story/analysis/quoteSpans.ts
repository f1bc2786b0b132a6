import type { Paragraph } from './tokens';

/** Quoted words in the text: the marks included. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** The words inside the marks. */
  innerStart: number;
  innerEnd: number;
  paragraph: number;
  /** The paragraph ended before a closing mark: in wire style the quote goes on in the next paragraph. */
  runsOn: boolean;
}

const OPEN_DOUBLE = '“„«';
const CLOSE_DOUBLE = '”»';
const LETTER = /\p{L}/u;

/** Is the apostrophe-like mark at `i` an opening single quote (not "don't", "’90s", "Kyiv's")? */
function opensSingle(text: string, i: number, paragraphStart: number): boolean {
  const before = i > paragraphStart ? text[i - 1]! : ' ';
  const after = text[i + 1] ?? '';
  return /[\s([—–-]/.test(before) && LETTER.test(after);
}

function closesSingle(text: string, i: number, paragraphEnd: number): boolean {
  const before = text[i - 1] ?? '';
  const after = i + 1 < paragraphEnd ? text[i + 1]! : ' ';
  return /[\p{L}\p{N}.,!?…]/u.test(before) && !LETTER.test(after);
}

/**
 * Every quotation in every paragraph: curly and straight double quotes, and single quotes used as
 * quotation marks (British style, headlines). Inner quotes stay inside their outer quote.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  paragraphs.forEach((paragraph, index) => {
    let open: { at: number; mark: 'double' | 'single' } | undefined;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const c = text[i]!;
      if (!open) {
        if (OPEN_DOUBLE.includes(c) || c === '"') open = { at: i, mark: 'double' };
        else if ((c === '‘' || c === "'") && opensSingle(text, i, paragraph.start)) {
          const close = findSingleClose(text, i + 1, paragraph.end, c === '‘' ? '’' : "'");
          if (close !== undefined) {
            spans.push({ start: i, end: close + 1, innerStart: i + 1, innerEnd: close, paragraph: index, runsOn: false });
            i = close;
          }
        }
        continue;
      }
      if (open.mark === 'double' && (CLOSE_DOUBLE.includes(c) || c === '"')) {
        // A straight quote right after a letter-less opening may be an empty pair; either way it closes.
        spans.push({ start: open.at, end: i + 1, innerStart: open.at + 1, innerEnd: i, paragraph: index, runsOn: false });
        open = undefined;
      }
    }
    if (open) {
      let end = paragraph.end;
      while (end > open.at + 1 && /\s/.test(text[end - 1]!)) end--;
      spans.push({ start: open.at, end, innerStart: open.at + 1, innerEnd: end, paragraph: index, runsOn: true });
    }
  });
  return spans.filter((span) => LETTER.test(text.slice(span.innerStart, span.innerEnd)));
}

function findSingleClose(text: string, from: number, paragraphEnd: number, mark: string): number | undefined {
  for (let i = from; i < paragraphEnd; i++) {
    const c = text[i]!;
    if (c === '"' || c === '“' || c === '”') return undefined;
    if ((c === mark || (mark === '’' && c === "'")) && closesSingle(text, i, paragraphEnd)) return i;
  }
  return undefined;
}
