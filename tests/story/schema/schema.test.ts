import { describe, expect, it } from 'vitest';
import { assertValidDoc, InvalidDocumentError, newsSchema } from '../../../story/schema/schema';
import { isAllowedLinkHref } from '../../../story/schema/links';

describe('news schema', () => {
  it('holds paragraphs, two levels of subhead, lists, breaks, rules, bold, italic and links', () => {
    const schema = newsSchema();
    for (const node of ['doc', 'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'hardBreak', 'horizontalRule', 'text']) {
      expect(schema.nodes[node], node).toBeDefined();
    }
    for (const mark of ['bold', 'italic', 'link']) expect(schema.marks[mark], mark).toBeDefined();
    expect(schema.nodes.codeBlock).toBeUndefined();
  });

  it('accepts a valid story body and rejects an invalid one with a reason', () => {
    assertValidDoc({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What the trial allows' }] }] });
    expect(() => assertValidDoc({ type: 'doc', content: [{ type: 'text', text: 'bare text at top level' }] })).toThrow(InvalidDocumentError);
    expect(() => assertValidDoc({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'script' }] }] })).toThrow(/script/);
    expect(() => assertValidDoc({ type: 'paragraph' })).toThrow(/"type": "doc"/);
    expect(() => assertValidDoc(null)).toThrow(InvalidDocumentError);
  });

  it('allows only web and mail links', () => {
    expect(isAllowedLinkHref('https://example.com')).toBe(true);
    expect(isAllowedLinkHref('http://example.com')).toBe(true);
    expect(isAllowedLinkHref('MAILTO:desk@example.com')).toBe(true);
    for (const href of ['javascript:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///x', 'ftp://x', '/relative', '']) {
      expect(isAllowedLinkHref(href), href).toBe(false);
    }
  });
});
