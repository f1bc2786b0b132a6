import { describe, expect, it } from 'vitest';
import { countTks, exportBody, factIdsIn } from '../../../story/formats/blocks';
import { tkBlockers } from '../../../story/formats/gate';
import { RICH_BODY } from '../../helpers/exportSamples';

describe('the reader\'s blocks of a story body', () => {
  it('drops editor\'s notes and keeps the position of each block in the document', () => {
    const { blocks, sourceIndex } = exportBody(RICH_BODY);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'subhead', 'takeaways', 'pullQuote', 'paragraph', 'subhead', 'list', 'paragraph', 'rule', 'readNext']);
    expect(sourceIndex).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(exportBody(RICH_BODY, { withReadNext: false }).blocks.map((block) => block.type)).not.toContain('readNext');
  });

  it('lists the tagged facts and counts the TKs a reader would see', () => {
    expect(factIdsIn(exportBody(RICH_BODY).blocks)).toEqual(['fact-date', 'fact-figure', 'fact-quote']);
    expect(countTks(RICH_BODY)).toBe(1);
    const withNoteTk = { ...RICH_BODY, content: [...RICH_BODY.content, { type: 'editorsNote', content: [{ type: 'paragraph', content: [{ type: 'tk' }] }] }] };
    expect(countTks(withNoteTk)).toBe(1);
    expect(tkBlockers(RICH_BODY)).toEqual([{ code: 'tk', count: 1, message: '1 TK (a missing fact or figure) is still in the story' }]);
    expect(tkBlockers({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([]);
  });
});
