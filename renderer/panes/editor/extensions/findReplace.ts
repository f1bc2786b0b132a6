import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { getSearchState, search, SearchQuery, setSearchState } from 'prosemirror-search';
import type { EditorView } from '@tiptap/pm/view';

export interface FindOptions {
  search: string;
  replace: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  regexp: boolean;
}

/** Highlights every match of the find bar's query (prosemirror-search). */
export const FindReplace = Extension.create({
  name: 'findReplace',
  addProseMirrorPlugins() {
    return [search()];
  },
});

export function setFindQuery(view: EditorView, options: FindOptions): SearchQuery {
  const query = new SearchQuery({ ...options, literal: !options.regexp });
  view.dispatch(setSearchState(view.state.tr, query));
  return query;
}

export function clearFindQuery(view: EditorView): void {
  view.dispatch(setSearchState(view.state.tr, new SearchQuery({ search: '' })));
}

/** How many matches there are, and which one (1-based) is selected, if any. */
export function matchPosition(state: EditorState): { total: number; current: number } {
  const query = getSearchState(state)?.query;
  if (!query?.valid) return { total: 0, current: 0 };
  const { from, to } = state.selection;
  let total = 0;
  let current = 0;
  for (let pos = 0; ; ) {
    const next = query.findNext(state, pos);
    if (!next) break;
    total += 1;
    if (next.from === from && next.to === to) current = total;
    pos = Math.max(next.to, pos + 1);
  }
  return { total, current };
}
