/** Words as compared: runs of letters and digits, lower-cased. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Word-level similarity of two texts: the F1 score of their word multisets (each word
 * counted as often as it occurs). 1 means the same words; missing or extra text lowers it.
 */
export function wordF1(ours: string, expected: string): { f1: number; precision: number; recall: number } {
  const a = wordsOf(ours);
  const b = wordsOf(expected);
  if (a.length === 0 && b.length === 0) return { f1: 1, precision: 1, recall: 1 };
  const counts = new Map<string, number>();
  for (const word of b) counts.set(word, (counts.get(word) ?? 0) + 1);
  let overlap = 0;
  for (const word of a) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      overlap += 1;
      counts.set(word, left - 1);
    }
  }
  const precision = a.length ? overlap / a.length : 0;
  const recall = b.length ? overlap / b.length : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}
