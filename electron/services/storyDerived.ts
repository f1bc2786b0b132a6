import type { StoryRecord } from '../../db/stories';
import { countWords, plainTextOf } from '../../story/document';
import { notesTextOf } from '../../story/notes';
import type { StoryFields } from '../../story/model';
import { assertValidDoc } from '../../story/schema/schema';

/** What a stored story derives from its fields: the body's plain text, the notes' text, the word count. */
export interface DerivedText {
  bodyText: string;
  notesText: string;
  wordCount: number;
}

/**
 * Checks the body against the news schema (InvalidDocumentError naming what is wrong) and
 * derives the texts the list and search use. Pure, so the import's parse worker runs it too.
 */
export function derivedTextOf(fields: StoryFields): DerivedText {
  assertValidDoc(fields.body);
  const bodyText = plainTextOf(fields.body);
  return { bodyText, notesText: notesTextOf(fields.editorsNote, fields.body), wordCount: countWords(bodyText) };
}

/** The stored record of validated fields, with the text and counts derived from the body. */
export function withDerived(fields: StoryFields, id: string, createdAt: string, updatedAt: string, derived: DerivedText = derivedTextOf(fields)): StoryRecord {
  return { ...fields, id, ...derived, createdAt, updatedAt };
}
