import { describe, expect, it } from 'vitest';
import { comparableText, wordDiff } from '../../../renderer/workflow/textForDiff';
import { docFromPlainText } from '../../../story/document';

describe('version diff', () => {
  it('compares headline, dek and the text a reader reads, word by word', () => {
    const older = comparableText({ headline: 'Fares unchanged', dek: '', body: docFromPlainText('The fare stays at four euros.\nFerries run twice a night.') });
    const newer = comparableText({ headline: 'Fares rise', dek: 'A first in ten years', body: docFromPlainText('The fare rises to five euros.\nFerries run twice a night.') });
    const diff = wordDiff(older, newer);
    expect(diff.changes.filter((c) => c.removed).map((c) => c.value.trim())).toEqual(['unchanged', 'stays at four']);
    expect(diff.changes.filter((c) => c.added).map((c) => c.value.replace(/\s+/g, ' '))).toEqual(['rise A first in ten years', 'rises to five']);
    expect(diff.removed).toBe(4);
    expect(diff.added).toBe(9);
    expect(wordDiff(older, older)).toMatchObject({ added: 0, removed: 0 });
  });
});
