import { useEffect, type RefObject } from 'react';
import type { ImportedStory } from '../../../story/import/types';
import { PASTE_IMPORTED_EVENT, type PasteImportedEvent } from './extensions/pasteImport';
import type { HeaderFields } from './StoryHeaderFields';

/** Header fields a pasted web page fills when they are still empty (never over what the writer typed). */
export function headerFromImport(current: HeaderFields, imported: ImportedStory): Partial<HeaderFields> {
  const fields = imported.fields;
  const changes: Partial<HeaderFields> = {};
  if (!current.headline.trim() && fields.headline) changes.headline = fields.headline;
  if (!current.dek.trim() && fields.dek) changes.dek = fields.dek;
  if (current.authors.length === 0 && fields.authors?.length) changes.authors = fields.authors;
  if (!current.dateline.place && !current.dateline.date && fields.dateline) changes.dateline = fields.dateline;
  return changes;
}

/** After a web page is pasted into an empty story: take its headline, dek, byline and dateline, and say what was left out. */
export function usePasteImportFill(
  columnRef: RefObject<HTMLElement | null>,
  current: () => HeaderFields,
  apply: (changes: Partial<HeaderFields>) => void,
  notify: (text: string) => void,
): void {
  useEffect(() => {
    const column = columnRef.current;
    if (!column) return;
    const onImported = (event: Event) => {
      const imported = (event as PasteImportedEvent).detail;
      const changes = headerFromImport(current(), imported);
      if (Object.keys(changes).length > 0) apply(changes);
      const told = [...imported.leftOut.map((part) => `left out ${part}`), ...imported.warnings];
      if (told.length > 0) notify(`Pasted page imported: ${told.join('; ')}.`);
    };
    column.addEventListener(PASTE_IMPORTED_EVENT, onImported);
    return () => column.removeEventListener(PASTE_IMPORTED_EVENT, onImported);
  }, [columnRef, current, apply, notify]);
}
