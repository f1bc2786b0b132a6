import { StarterKit } from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { isAllowedLinkHref } from './links';
import { EditorsNote } from './nodes/editorsNote';
import { FactMark } from './nodes/factMark';
import { KeyTakeaways, Takeaway } from './nodes/keyTakeaways';
import { PullQuote, PullQuoteAttribution, PullQuoteText } from './nodes/pullQuote';
import { ReadNext } from './nodes/readNext';
import { Tk } from './nodes/tk';

/** Subheads: two levels, stored as h2 and h3 so that HTML round-trips naturally. */
export const SUBHEAD_LEVELS = [2, 3] as const;

/**
 * The extensions that define the story schema. The renderer's editor, the services'
 * validation, the importers and the exporters all build their schema from this one
 * list; the editor adds behaviour (input rules, shortcuts, views) with `.extend()`.
 *
 * Blocks: paragraph, heading (subheads, h2/h3), bulletList, orderedList, listItem,
 * keyTakeaways > takeaway, pullQuote > (pullQuoteText, pullQuoteAttribution),
 * horizontalRule, editorsNote > paragraph, readNext.
 * Inline: text, hardBreak, tk. Marks: bold, italic, link (http, https, mailto), fact.
 */
export function newsExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...SUBHEAD_LEVELS] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      blockquote: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => isAllowedLinkHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    KeyTakeaways,
    Takeaway,
    PullQuote,
    PullQuoteText,
    PullQuoteAttribution,
    EditorsNote,
    ReadNext,
    Tk,
    FactMark,
  ];
}
