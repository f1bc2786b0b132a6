import { describe, expect, it } from 'vitest';
import { checkConsistency, compareTitles, figureValue } from '../../../story/analysis/consistency';
import { compareNames } from '../../../story/analysis/nameVariants';

describe('telling name and title variants', () => {
  it('knows nicknames, misspellings and different people apart', () => {
    expect(compareNames('Michael Waltz', 'Mike Waltz')).toBe('first-name-variant');
    expect(compareNames('Volodymyr Zelensky', 'Volodymyr Zelenskyy')).toBe('spelling-variant');
    expect(compareNames('Zelensky', 'Zelenskyy')).toBe('spelling-variant');
    expect(compareNames('Donald Trump', 'Trump')).toBe('same');
    expect(compareNames('Jane Smith', 'John Smith')).toBe('different');
    expect(compareNames('Anna Berg', 'Anna Borg')).toBe('different');
  });

  it('compares titles', () => {
    expect(compareTitles('National Security Adviser', 'U.S. National Security Advisor')).toBe('spelling');
    expect(compareTitles('President', 'Russian President')).toBe('same');
    expect(compareTitles('Defense Secretary', 'Senator')).toBe('different');
  });

  it('reads the number a figure states', () => {
    expect(figureValue('14-year sentence')).toBe(14);
    expect(figureValue('six months')).toBe(6);
    expect(figureValue('$1.2 billion')).toBe(1.2e9);
    expect(figureValue('hour-long call')).toBe(undefined);
  });
});

describe('the consistency check', () => {
  it('compares against the registry where no story spells the name, and respects spellings marked correct', () => {
    const here = { names: [{ storyId: 's', kind: 'person' as const, name: 'Mike Waltz' }], quotes: [], figures: [] };
    const none = { names: [], quotes: [], figures: [] };
    const registry = [{ id: 'e1', kind: 'person' as const, name: 'Michael Waltz', note: '', aliases: [], titles: [], createdAt: 'x', updatedAt: 'x' }];
    expect(checkConsistency('s', here, none, { registry })).toEqual([expect.objectContaining({ kind: 'name-variant', otherStoryId: null, entityId: 'e1', message: expect.stringContaining('the registry') })]);
    expect(checkConsistency('s', here, none, { registry, correct: new Set(['mike waltz']) })).toEqual([]);
  });

  it('leaves a figure alone when the claims are not the same', () => {
    const here = { names: [], quotes: [], figures: [{ storyId: 's', text: '15 people', context: 'At least 15 people died in the fires.', unit: 'people' }] };
    const other = { names: [], quotes: [], figures: [{ storyId: 't', text: '40 people', context: 'The council hired 40 people for the port.', unit: 'people' }] };
    expect(checkConsistency('s', here, other)).toEqual([]);
  });
});
