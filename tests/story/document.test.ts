import { describe, expect, it } from 'vitest';
import { countWords, docFromPlainText, emptyDoc, plainTextOf, type DocJSON } from '../../story/document';

describe('story document helpers', () => {
  it('makes one paragraph per line, ignoring blank lines', () => {
    const doc = docFromPlainText('First line.\r\n\r\n  Second line.  \n');
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'First line.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second line.' }] },
    ]);
    expect(docFromPlainText('  \n ')).toEqual(emptyDoc());
  });

  it('reads the text of blocks, lists and breaks, one block per line', () => {
    const doc: DocJSON = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subhead' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Line one' }, { type: 'hardBreak' }, { type: 'text', text: 'line two', marks: [{ type: 'bold' }] }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item A' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item B' }] }] },
          ],
        },
        { type: 'paragraph' },
      ],
    };
    expect(plainTextOf(doc)).toBe('Subhead\nLine one line two\nItem A\nItem B');
  });

  it('counts words as an editor would', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('The hour-long call — in Kyiv, on Wednesday.')).toBe(7);
    expect(countWords("Trump's peace push doesn't stop; 14-year sentence, 2.5%")).toBe(8);
    expect(countWords('Zelensky’s “meaningful” call')).toBe(3);
  });
});
