import { Node, mergeAttributes } from '@tiptap/core';

/** The quoted words of a pull quote. */
export const PullQuoteText = Node.create({
  name: 'pullQuoteText',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'figure[data-type="pull-quote"] > blockquote' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes(HTMLAttributes), 0];
  },
});

/** Who said it ("Ines Okafor, harbour master"); text, so it can be tagged as a fact. */
export const PullQuoteAttribution = Node.create({
  name: 'pullQuoteAttribution',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'figure[data-type="pull-quote"] > figcaption' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figcaption', mergeAttributes(HTMLAttributes), 0];
  },
});

/** A quote set apart from the text, with its attribution. */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'pullQuoteText pullQuoteAttribution',
  defining: true,
  parseHTML() {
    return [{ tag: 'figure[data-type="pull-quote"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-type': 'pull-quote', class: 'pull-quote' }), 0];
  },
});
