import fs from 'node:fs';
import { parseCommandArgs, UsageError } from '../args';
import type { CliIo } from '../io';
import { suggestFacts } from '../../../story/analysis/suggest';
import { FACT_KINDS, type FactKind } from '../../../story/facts/model';
import type { Suggestion } from '../../../story/analysis/types';

export const suggestUsage = 'copydesk suggest FILE [--date YYYY-MM-DD] [--kinds quote,figure,...] [--json]';

/**
 * UTF-16 offsets (how JavaScript indexes text) → Unicode code points (how "the n-th character of the file" is
 * usually counted, e.g. by Python), so the suggestions can be scored from outside the app.
 */
function codePointIndex(text: string): (utf16: number) => number {
  const map = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = points;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      map[i + 1] = points;
      i++;
    }
    points++;
  }
  map[text.length] = points;
  return (utf16) => map[utf16]!;
}

function forOutput(suggestion: Suggestion, at: (utf16: number) => number) {
  return {
    kind: suggestion.kind,
    text: suggestion.text,
    start: at(suggestion.start),
    end: at(suggestion.end),
    ...(suggestion.quoteType ? { quoteType: suggestion.quoteType } : {}),
    ...(suggestion.speaker ? { speaker: { asWritten: suggestion.speaker.asWritten, resolved: suggestion.speaker.resolved } } : {}),
    ...(suggestion.name ? { name: suggestion.name } : {}),
    ...(suggestion.title ? { title: suggestion.title } : {}),
    ...(suggestion.resolvedDate ? { resolvedDate: suggestion.resolvedDate } : {}),
    ...(suggestion.unit ? { unit: suggestion.unit } : {}),
  };
}

/** Suggestions for a plain-text file: what the facts pane would offer, with character offsets in the file. */
export async function suggestCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { date: { type: 'string' }, kinds: { type: 'string' }, json: { type: 'boolean', default: false } }, true);
  if (positionals.length !== 1) throw new UsageError('name one plain-text FILE.');
  if (values.date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(`${values.date}T00:00:00Z`)))) {
    throw new UsageError(`--date must be a date as YYYY-MM-DD (got "${values.date}").`);
  }
  const kinds = values.kinds?.split(',').map((k) => k.trim()) as FactKind[] | undefined;
  const unknown = kinds?.filter((k) => !(FACT_KINDS as readonly string[]).includes(k));
  if (unknown && unknown.length > 0) throw new UsageError(`--kinds: unknown kind "${unknown[0]}" (kinds: ${FACT_KINDS.join(', ')}).`);
  let text: string;
  try {
    text = fs.readFileSync(positionals[0]!, 'utf8');
  } catch (error) {
    io.err(`Could not read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  const suggestions = suggestFacts(text, { ...(values.date ? { date: values.date } : {}), ...(kinds ? { kinds } : {}) });
  const at = codePointIndex(text);
  const rows = suggestions.map((s) => forOutput(s, at));
  if (values.json) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (rows.length === 0) io.out('No suggestions.');
  for (const row of rows) {
    const extra = row.speaker ? `  ← ${row.speaker.resolved || row.speaker.asWritten || '?'}` : row.resolvedDate ? `  = ${row.resolvedDate}` : row.title ? `  (${row.title})` : '';
    io.out(`${row.kind.padEnd(12)} ${String(row.start).padStart(6)}-${String(row.end).padEnd(6)} ${row.text.replace(/\s+/g, ' ')}${extra}`);
  }
  return 0;
}
