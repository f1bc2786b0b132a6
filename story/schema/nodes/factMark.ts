import { Mark, mergeAttributes } from '@tiptap/core';

/**
 * A span of the story pinned to a fact record (claim, quote, figure, name...).
 * The record lives in the library; the mark holds only its id. Facts may
 * overlap (a quote containing a name), so the mark does not exclude itself.
 */
export const FactMark = Mark.create({
  name: 'fact',
  inclusive: false,
  excludes: '',
  spanning: true,
  addAttributes() {
    return {
      factId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-fact-id'),
        renderHTML: (attributes: { factId?: string | null }) => (attributes.factId ? { 'data-fact-id': attributes.factId } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-fact-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'fact' }), 0];
  },
});
