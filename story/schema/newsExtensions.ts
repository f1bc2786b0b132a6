import { StarterKit } from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { isAllowedLinkHref } from './links';

/** Subheads: two levels, stored as h2 and h3 so that HTML round-trips naturally. */
export const SUBHEAD_LEVELS = [2, 3] as const;

/**
 * The extensions that define the story schema. The renderer's editor, the services'
 * validation and the exporters all build their schema from this one list.
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
  ];
}
