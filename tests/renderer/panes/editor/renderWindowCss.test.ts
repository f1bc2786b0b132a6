import { describe, expect, it } from 'vitest';
import { mergeBlockRanges, renderWindowCss } from '../../../../renderer/panes/editor/extensions/renderWindowCss';

describe('the render window of a long story', () => {
  it('joins overlapping and touching ranges, in order, and keeps apart ones', () => {
    expect(mergeBlockRanges([{ first: 200, last: 230 }, { first: 10, last: 14 }, { first: 228, last: 240 }, { first: 15, last: 16 }])).toEqual([
      { first: 10, last: 16 },
      { first: 200, last: 240 },
    ]);
    expect(mergeBlockRanges([{ first: 5, last: 9 }, { first: 11, last: 12 }])).toHaveLength(2);
  });

  it('rendered whole: every block only remembers its size, none is hidden', () => {
    const css = renderWindowCss('3', undefined);
    expect(css).toContain('[data-render-window="3"] > * { contain-intrinsic-size: auto 3em; }');
    expect(css).not.toContain('content-visibility');
  });

  it('hides every block but the rendered ranges, counted from 1 as :nth-child counts', () => {
    const css = renderWindowCss('1', [{ first: 0, last: 41 }, { first: 377, last: 381 }]);
    expect(css).toContain('[data-render-window="1"] > * { content-visibility: hidden; }');
    expect(css).toContain('[data-render-window="1"] > :nth-child(n+1):nth-child(-n+42)');
    expect(css).toContain('[data-render-window="1"] > :nth-child(n+378):nth-child(-n+382) { content-visibility: visible; }');
  });

});
