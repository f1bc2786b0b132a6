import { describe, expect, it } from 'vitest';
import { factOverlayCss } from '../../../../renderer/panes/preview/factOverlay';

describe('the fact overlay stylesheet', () => {
  it('shows every tagged span as unverified until its fact has a status', () => {
    const css = factOverlayCss(new Map());
    expect(css).toContain('.fact { background: rgba(128, 124, 116, 0.16); box-shadow: inset 0 -2px 0 #5c5a55; }');
    expect(css).toContain('.fact::after { content: "○"');
  });

  it('colours each fact by its status, with the status symbol', () => {
    const css = factOverlayCss(new Map([['f-verified', 'verified'], ['f-false', 'false'], ['f-removed', 'removed'], ['f-2', 'verified']]));
    expect(css).toContain('.fact[data-fact-id="f-verified"], .fact[data-fact-id="f-2"] { background: rgba(30, 107, 52, 0.16); box-shadow: inset 0 -2px 0 #1e6b34; }');
    expect(css).toContain('.fact[data-fact-id="f-false"]::after { content: "✕"; color: #b3261e; }');
    expect(css).toContain('.fact[data-fact-id="f-removed"] { background: transparent; box-shadow: inset 0 -2px 0 #5c5a55; text-decoration: line-through; }');
  });

  it('escapes a fact id so it cannot close the selector', () => {
    const css = factOverlayCss(new Map([['x"] { display: none } .y[a="', 'false']]));
    expect(css).toContain('.fact[data-fact-id="x\\22 ] { display: none } .y[a=\\22 "]');
  });
});
