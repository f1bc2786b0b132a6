import { describe, expect, it } from 'vitest';
import { countWords, plainTextOf, type DocJSON } from '../../../../story/document';
import { tksOf } from '../../../../story/facts/gate';
import { bodyCounts } from '../../../../renderer/panes/preview/bodyCounts';
import { RICH_BODY } from '../../../helpers/exportSamples';

describe("the preview's word and TK counts", () => {
  it('count as the whole body is counted (editor’s notes left out), block by block', () => {
    expect(bodyCounts(RICH_BODY)).toEqual({ words: countWords(plainTextOf(RICH_BODY)), tks: tksOf(RICH_BODY).length });
    expect(bodyCounts(RICH_BODY).tks).toBe(1);
  });

  it('follow a changed block while the unchanged ones are shared', () => {
    const edited: DocJSON = { ...RICH_BODY, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three more words, TK.' }, { type: 'tk' }] }, ...RICH_BODY.content.slice(1)] };
    expect(bodyCounts(edited)).toEqual({ words: countWords(plainTextOf(edited)), tks: tksOf(edited).length });
    expect(bodyCounts(edited).tks).toBe(2);
  });
});
