import { revisionStatement } from '../../../db/revisions';
import { insertStoryStatement, type SqlStatement, type StoryRecord } from '../../../db/stories';
import { storyEventStatement } from '../../../db/storyEvents';
import { revisionRecordOf } from '../revisionService';

/** Where an imported story came from, as its 'import' event records it. */
export interface ImportSource {
  fileName: string;
  warnings: string[];
  leftOut: string[];
}

/**
 * An imported story's three writes: the story, its 'import' event and its 'import'
 * revision, all at the story's creation time. Pure (the parse worker builds them); they
 * are run together, all or nothing, by the writer thread or on the main connection.
 */
export function importStatements(record: StoryRecord, source: ImportSource): SqlStatement[] {
  const story = insertStoryStatement(record);
  return [
    story,
    storyEventStatement({ storyId: record.id, at: record.createdAt, kind: 'import', data: { file: source.fileName, warnings: source.warnings, leftOut: source.leftOut } }),
    // The body's JSON is the story row's own (made once).
    revisionStatement(revisionRecordOf({ ...record, version: 1 }, 'import', `Imported from ${source.fileName}`, record.createdAt, story.params.body_json as string)),
  ];
}
