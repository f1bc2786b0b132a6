import { describe, expect, it } from 'vitest';
import { plainTextOf, type DocJSON } from '../../../story/document';
import { assertValidDoc, InvalidDocumentError, newsSchema } from '../../../story/schema/schema';
import { isAllowedLinkHref } from '../../../story/schema/links';

const text = (value: string, marks?: Array<{ type: string; attrs?: Record<string, unknown> }>) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

/** A body using every block of the news schema, shaped like a wire story. */
const WIRE_SHAPED: DocJSON = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [text('The council voted '), text('on Thursday', [{ type: 'fact', attrs: { factId: 'f1' } }]), text(' to allow '), { type: 'tk', attrs: { note: 'how many?' } }, text(' crossings.')] },
    { type: 'heading', attrs: { level: 2 }, content: [text('What the trial allows')] },
    { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [text('Two crossings a night')] }, { type: 'takeaway', content: [text('Quieter engines', [{ type: 'bold' }])] }] },
    {
      type: 'pullQuote',
      content: [
        { type: 'pullQuoteText', content: [text('We listened to the residents.')] },
        { type: 'pullQuoteAttribution', content: [text('Ines Okafor, harbour master', [{ type: 'fact', attrs: { factId: 'f2' } }, { type: 'fact', attrs: { factId: 'f3' } }])] },
      ],
    },
    { type: 'editorsNote', content: [{ type: 'paragraph', content: [text('check fare with operator')] }] },
    { type: 'horizontalRule' },
    { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('First', [{ type: 'link', attrs: { href: 'https://example.com' } }])] }] }] },
    { type: 'readNext', attrs: { title: 'Read next' } },
  ],
};

describe('news schema', () => {
  it('holds every block of a news story: subheads, lists, key takeaways, pull quotes, notes, rules, read next', () => {
    const schema = newsSchema();
    for (const node of ['doc', 'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'keyTakeaways', 'takeaway', 'pullQuote', 'pullQuoteText', 'pullQuoteAttribution', 'editorsNote', 'readNext', 'horizontalRule', 'hardBreak', 'tk', 'text']) {
      expect(schema.nodes[node], node).toBeDefined();
    }
    for (const mark of ['bold', 'italic', 'link', 'fact']) expect(schema.marks[mark], mark).toBeDefined();
    expect(schema.nodes.codeBlock).toBeUndefined();
    assertValidDoc(WIRE_SHAPED);
  });

  it('lets facts overlap, so a name can sit inside a quote', () => {
    const node = newsSchema().nodeFromJSON(WIRE_SHAPED);
    let factIds: unknown[] = [];
    node.descendants((child) => {
      if (child.isText && child.text === 'Ines Okafor, harbour master') factIds = child.marks.filter((m) => m.type.name === 'fact').map((m) => m.attrs.factId);
    });
    expect(factIds).toEqual(['f2', 'f3']);
  });

  it('reads the story as a reader would: no editor’s notes, no read-next block, TK shown', () => {
    expect(plainTextOf(WIRE_SHAPED)).toBe(
      ['The council voted on Thursday to allow TK crossings.', 'What the trial allows', 'Two crossings a night', 'Quieter engines', 'We listened to the residents.', 'Ines Okafor, harbour master', 'First'].join('\n'),
    );
  });

  it('rejects an invalid body with a reason', () => {
    expect(() => assertValidDoc({ type: 'doc', content: [{ type: 'text', text: 'bare text at top level' }] })).toThrow(InvalidDocumentError);
    expect(() => assertValidDoc({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'script' }] }] })).toThrow(/script/);
    expect(() => assertValidDoc({ type: 'doc', content: [{ type: 'pullQuote', content: [{ type: 'pullQuoteText' }] }] })).toThrow(InvalidDocumentError);
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
