import { Node, mergeAttributes } from '@tiptap/core';

/** One checkmarked line of a key-takeaways list ("✔ Two crossings a night"). */
export const Takeaway = Node.create({
  name: 'takeaway',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'li[data-type="takeaway"]' }, { tag: 'ul[data-type="key-takeaways"] > li' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes, { 'data-type': 'takeaway' }), 0];
  },
});

/** The "✔" lists of wire copy: a checklist of key points, rendered with check marks. */
export const KeyTakeaways = Node.create({
  name: 'keyTakeaways',
  group: 'block',
  content: 'takeaway+',
  parseHTML() {
    return [{ tag: 'ul[data-type="key-takeaways"]', priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['ul', mergeAttributes(HTMLAttributes, { 'data-type': 'key-takeaways', class: 'key-takeaways' }), 0];
  },
});
