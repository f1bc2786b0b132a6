import { Node, mergeAttributes } from '@tiptap/core';

/**
 * Where the story's "Read next" teasers appear. The teasers themselves are the
 * story's related items (Story.related), chosen from the library or imported.
 */
export const ReadNext = Node.create({
  name: 'readNext',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      title: {
        default: 'Read next',
        parseHTML: (element) => element.getAttribute('data-title') ?? 'Read next',
        renderHTML: (attributes: { title?: string }) => ({ 'data-title': attributes.title ?? 'Read next' }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'section[data-type="read-next"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'read-next', class: 'read-next' })];
  },
});
