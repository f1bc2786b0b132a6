import { describe, expect, it } from 'vitest';
import { plainTextOf, type DocJSON, type NodeJSON } from '../../../story/document';
import { newsSchema } from '../../../story/schema/schema';
import { posToOffset, rangeToPositions, textMapOf } from '../../../story/analysis/positions';
import { suggestFacts } from '../../../story/analysis/suggest';

const text = (value: string, marks?: NodeJSON['marks']): NodeJSON => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const p = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content });

/** A body using the blocks a wire story uses, with marks, a TK, a hard break, an editor's note and read next. */
const BODY: DocJSON = {
  type: 'doc',
  content: [
    p(text('U.S. President Donald Trump said on '), text('Wednesday', [{ type: 'bold' }]), text(' that talks would start.')),
    { type: 'heading', attrs: { level: 2 }, content: [text('New peace negotiations')] },
    p(text('“He wants it to end,” Trump told reporters, after an '), text('hour-long call', [{ type: 'fact', attrs: { factId: 'f1' } }]), text('.')),
    { type: 'editorsNote', content: [p(text('Check with Mike Waltz, 40 people, on Monday.'))] },
    { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [text('Russia freed Marc Fogel after a 14-year sentence')] }] },
    p(text('Fares rise by '), { type: 'tk', attrs: { note: 'how much' } }, text(' percent,'), { type: 'hardBreak' }, text('the mayor Anna Berglund said on Friday.')),
    { type: 'pullQuote', content: [{ type: 'pullQuoteText', content: [text('“We listened to the residents.”')] }, { type: 'pullQuoteAttribution', content: [text('Ines Okafor')] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Two crossings a night for six months'))] }] },
    { type: 'readNext', attrs: { title: 'Read next' } },
  ],
};

describe('from suggestion offsets to editor positions', () => {
  const doc = newsSchema().nodeFromJSON(BODY);
  const map = textMapOf(doc);

  it('reads the same text as the story’s plain text (no editor’s notes, no read next, TK shown)', () => {
    expect(map.text).toBe(plainTextOf(BODY));
    expect(map.text).not.toContain('Mike Waltz');
  });

  it('maps every suggestion back to the words it names in the document', () => {
    const suggestions = suggestFacts(map.text, { date: '2025-02-13' });
    expect(suggestions.map((s) => s.kind)).toEqual(expect.arrayContaining(['person', 'date', 'quote', 'figure']));
    for (const suggestion of suggestions) {
      const range = rangeToPositions(map, suggestion.start, suggestion.end);
      expect(range, suggestion.text).toBeDefined();
      expect(doc.textBetween(range!.from, range!.to, '\n', (leaf) => (leaf.type.name === 'tk' ? 'TK' : ' '))).toBe(suggestion.text);
    }
  });

  it('covers a TK atom and a hard break inside a range, and maps positions back to offsets', () => {
    const start = map.text.indexOf('Fares');
    const end = map.text.lastIndexOf('said') + 4;
    const range = rangeToPositions(map, start, end)!;
    expect(doc.textBetween(range.from, range.to, '\n', (leaf) => (leaf.type.name === 'tk' ? 'TK' : ' '))).toBe('Fares rise by TK percent, the mayor Anna Berglund said');
    expect(posToOffset(map, range.from)).toBe(start);
    expect(posToOffset(map, range.to)).toBe(end);
    // A fact mark found in the document lands on its words in the text.
    let markFrom = -1;
    doc.descendants((node, pos) => {
      if (node.marks.some((m) => m.type.name === 'fact')) markFrom = pos;
    });
    const offset = posToOffset(map, markFrom)!;
    expect(map.text.slice(offset, offset + 'hour-long call'.length)).toBe('hour-long call');
  });

  it('refuses offsets outside the text', () => {
    expect(rangeToPositions(map, -1, 3)).toBeUndefined();
    expect(rangeToPositions(map, 0, map.text.length + 1)).toBeUndefined();
  });
});

describe('fact marks in the plain text', () => {
  it('gives each mark’s place in the text the suggesters read', async () => {
    const { factRangesInText } = await import('../../../story/facts/marks');
    const marked: DocJSON = {
      type: 'doc',
      content: [
        ...BODY.content.slice(0, 5),
        p(text('Fares rise by '), { type: 'tk' }, text(' percent,'), { type: 'hardBreak' }, text('the mayor '), text('Anna Berglund', [{ type: 'fact', attrs: { factId: 'f2' } }]), text(' said.')),
        { type: 'paragraph' },
        { type: 'pullQuote', content: [{ type: 'pullQuoteText', content: [text('“We listened', [{ type: 'fact', attrs: { factId: 'f3' } }]), text(' to the residents.”', [{ type: 'fact', attrs: { factId: 'f3' } }, { type: 'bold' }])] }, { type: 'pullQuoteAttribution', content: [text('Ines Okafor')] }] },
      ],
    };
    const plain = plainTextOf(marked);
    expect(factRangesInText(marked).map((r) => [r.factId, plain.slice(r.start, r.end)])).toEqual([
      ['f1', 'hour-long call'],
      ['f2', 'Anna Berglund'],
      ['f3', '“We listened to the residents.”'],
    ]);
  });
});
