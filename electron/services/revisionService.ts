import type { Db } from '../../db/handle';
import * as revisions from '../../db/revisions';
import { plainTextOf, type DocJSON } from '../../story/document';
import type { Story, StoryFields } from '../../story/model';
import { revisionsToThin, type Revision, type RevisionKind, type RevisionSummary } from '../../story/revisions';
import { AppError } from '../api/errors';

/** Automatic snapshots during continuous editing: at most one per this interval. */
export const AUTO_REVISION_INTERVAL_MS = 5 * 60 * 1000;

export interface RevisionServiceDeps {
  db: Db;
  now?: () => Date;
}

function fieldsOf(story: Story): Omit<StoryFields, 'body'> {
  const { id: _id, bodyText: _t, wordCount: _w, createdAt: _c, updatedAt: _u, version: _v, body: _b, ...fields } = story;
  return fields;
}

/** What a revision of the story stores (pure: the import's parse worker builds these too). */
export function revisionRecordOf(story: Story, kind: RevisionKind, note: string, at: string, bodyJson = JSON.stringify(story.body)): revisions.RevisionRecord {
  return {
    storyId: story.id,
    at,
    kind,
    note,
    storyVersion: story.version,
    headline: story.headline,
    wordCount: story.wordCount,
    fieldsJson: JSON.stringify(fieldsOf(story)),
    bodyJson,
  };
}

/** Snapshots of stories: taking them (inside the caller's transaction), listing, reading, thinning. */
export function createRevisionService({ db, now = () => new Date() }: RevisionServiceDeps) {
  const recordOf = (story: Story, kind: RevisionKind, note: string): revisions.RevisionRecord => revisionRecordOf(story, kind, note, now().toISOString());
  const snapshot = (story: Story, kind: RevisionKind, note = ''): RevisionSummary => revisions.insertRevision(db, recordOf(story, kind, note));

  const thin = (storyId: string): number => {
    const drop = revisionsToThin(revisions.listRevisions(db, storyId), now());
    return drop.length > 0 ? revisions.deleteRevisions(db, drop) : 0;
  };

  return {
    snapshot,
    thin,

    /**
     * Called in the save path: snapshot the story as just saved when its newest revision is
     * older than five minutes (or it has none) and differs from it, then thin old ones.
     */
    autoSnapshot(story: Story): RevisionSummary | undefined {
      const latestAt = revisions.latestRevisionAt(db, story.id);
      if (latestAt !== undefined && now().getTime() - Date.parse(latestAt) < AUTO_REVISION_INTERVAL_MS) return undefined;
      const latest = revisions.latestRevisionBody(db, story.id);
      if (latest && latest.bodyJson === JSON.stringify(story.body) && latest.fieldsJson === JSON.stringify(fieldsOf(story))) return undefined;
      const taken = snapshot(story, 'auto');
      thin(story.id);
      return taken;
    },

    list(storyId: string): RevisionSummary[] {
      return revisions.listRevisions(db, storyId);
    },

    get(revisionId: number): Revision {
      const stored = revisions.getRevision(db, revisionId);
      if (!stored) throw new AppError('not_found', `There is no revision ${revisionId}; it may have been thinned out or its story deleted.`);
      const { fieldsJson, bodyJson, ...summary } = stored;
      const body = JSON.parse(bodyJson) as DocJSON;
      const fields = { ...(JSON.parse(fieldsJson) as Omit<StoryFields, 'body'>), body };
      return { ...summary, fields, bodyText: plainTextOf(body) };
    },
  };
}

export type RevisionService = ReturnType<typeof createRevisionService>;
