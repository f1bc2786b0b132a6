import { diffWords, type Change } from 'diff';
import { plainTextOf, type DocJSON } from '../../story/document';

/** The text compared between versions: headline, dek and the body as a reader reads it. */
export function comparableText(fields: { headline: string; dek: string; body: DocJSON }): string {
  return [fields.headline, fields.dek, plainTextOf(fields.body)].filter((part) => part.trim()).join('\n\n');
}

export interface WordDiff {
  changes: Change[];
  added: number;
  removed: number;
}

const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** Word by word, from the older text to the newer: what was added, what was removed. */
export function wordDiff(older: string, newer: string): WordDiff {
  const changes = diffWords(older, newer);
  return {
    changes,
    added: changes.filter((c) => c.added).reduce((sum, c) => sum + words(c.value), 0),
    removed: changes.filter((c) => c.removed).reduce((sum, c) => sum + words(c.value), 0),
  };
}
