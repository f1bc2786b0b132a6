import { describe, expect, it } from 'vitest';
import { exportBody, exportedSourceIndex, factIdsIn } from '../../../story/formats/blocks';
import type { DocJSON } from '../../../story/document';
import { RICH_BODY } from '../../helpers/exportSamples';

describe('the reader\'s blocks of a story body', () => {
  it('drops editor\'s notes and keeps the position of each block in the document', () => {
    const { blocks, sourceIndex } = exportBody(RICH_BODY);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'subhead', 'takeaways', 'pullQuote', 'paragraph', 'subhead', 'list', 'paragraph', 'rule', 'readNext']);
    expect(sourceIndex).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(exportBody(RICH_BODY, { withReadNext: false }).blocks.map((block) => block.type)).not.toContain('readNext');
  });

  it('knows which nodes make a block without making them (the preview\'s scroll sync)', () => {
    const odd: DocJSON = { ...RICH_BODY, content: [...RICH_BODY.content, { type: 'somethingNew' }, { type: 'paragraph' }] };
    for (const doc of [RICH_BODY, odd]) {
      for (const withReadNext of [true, false]) expect(exportedSourceIndex(doc, { withReadNext })).toEqual(exportBody(doc, { withReadNext }).sourceIndex);
    }
  });

  it('lists the tagged facts in order of appearance', () => {
    expect(factIdsIn(exportBody(RICH_BODY).blocks)).toEqual(['fact-date', 'fact-figure', 'fact-quote']);
  });
});
