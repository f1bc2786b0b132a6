import { Node, mergeAttributes } from '@tiptap/core';

/** A note to editors inside the draft: visible while drafting, never previewed or exported. */
export const EditorsNote = Node.create({
  name: 'editorsNote',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  parseHTML() {
    return [{ tag: 'aside[data-type="editors-note"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { 'data-type': 'editors-note', class: 'editors-note' }), 0];
  },
});
