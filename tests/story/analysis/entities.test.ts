import { describe, expect, it } from 'vitest';
import { suggestFacts } from '../../../story/analysis/suggest';

describe('entity suggestions', () => {
  it('never take the TK placeholder for a name', () => {
    const kinds = suggestFacts('The fare will be TK, Ines Okafor said. TK')
      .filter((s) => s.text === 'TK')
      .map((s) => s.kind);
    expect(kinds).toEqual([]);
    expect(suggestFacts('The fare will be TK, Ines Okafor said.').some((s) => s.kind === 'person' && s.text.includes('Ines Okafor'))).toBe(true);
  });
});
