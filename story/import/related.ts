import type { RelatedItem } from '../model';

/** The heading of a "Read next" block: "Read next", "Read more", "Related stories", "More from…". */
const READ_NEXT_HEADING =
  /^(?:read next|read more|up next|what to read next|more (?:stories|news|on this story|to read)|more from\b.{0,40}|related(?: (?:stories|articles|news|content|coverage|reading))?|see also|also read|recommended(?: for you| stories)?|you (?:may|might) also like|latest(?: news| stories)?|most (?:read|popular))\s*:?$/i;

/** A teaser's time as printed: "06:00", "5.09pm", "2 hours ago", "Yesterday", "12 Feb 2025". */
const TIME =
  /^(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d+\s+(?:sec|second|min|minute|hr|hour|day|week|month)s?\s+ago|(?:yesterday|today|just now)(?:,?\s+\d{1,2}[:.]\d{2})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)$/;

const TIME_PREFIX = /^(\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)\s*(?:[-–—|•·]\s*)?(.+)$/i;

const MAX_HEADLINE = 500;

export function isReadNextHeading(line: string): boolean {
  return line.length <= 60 && READ_NEXT_HEADING.test(line.trim());
}

export function isTeaserTime(line: string): boolean {
  return line.length <= 40 && TIME.test(line.trim());
}

/**
 * Reads the lines after a "Read next" heading as teasers: a time line followed by
 * its text, a "06:00 Text" line, or a bare headline. Undefined when the lines are
 * not teasers (a time with no text after it, or nothing at all).
 */
export function teasersFrom(lines: string[]): RelatedItem[] | undefined {
  const items: RelatedItem[] = [];
  let pendingTime: string | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (isTeaserTime(line)) {
      if (pendingTime !== undefined) return undefined;
      pendingTime = line;
      continue;
    }
    const prefixed = pendingTime === undefined ? TIME_PREFIX.exec(line) : null;
    const time = pendingTime ?? prefixed?.[1];
    const headline = prefixed?.[2] ?? line;
    items.push({ headline: clip(headline), ...(time ? { time } : {}) });
    pendingTime = undefined;
  }
  if (pendingTime !== undefined || items.length === 0) return undefined;
  return items;
}

/**
 * Trailing timed teasers without a heading: at least two "time, then text" pairs
 * ending the text. Returns how many lines from the end they take, or 0.
 */
export function trailingTimedTeasers(lines: string[]): number {
  let pairs = 0;
  let index = lines.length;
  while (index >= 2 && isTeaserTime(lines[index - 2]!) && !isTeaserTime(lines[index - 1]!)) {
    pairs += 1;
    index -= 2;
  }
  return pairs >= 2 ? lines.length - index : 0;
}

function clip(headline: string): string {
  return headline.length > MAX_HEADLINE ? `${headline.slice(0, MAX_HEADLINE - 1)}…` : headline;
}
