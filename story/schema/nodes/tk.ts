import { Node, mergeAttributes } from '@tiptap/core';

/** "TK": to come. A placeholder for a fact or figure still missing; highlighted and counted. */
export const Tk = Node.create({
  name: 'tk',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      /** What is missing ("fare from operator"), optional. */
      note: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-note') ?? '',
        renderHTML: (attributes: { note?: string }) => (attributes.note ? { 'data-note': attributes.note } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="tk"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'tk', class: 'tk' }), 'TK'];
  },
  renderText() {
    return 'TK';
  },
});
