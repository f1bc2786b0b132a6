import type { Fact, FactStatus, Source } from '../facts/model';
import type { Story, StoryFields } from '../model';

/** A story as the exporters read it: every field, its identity and dates; counts are derived here. */
export type ExportStory = StoryFields & Pick<Story, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/** One "Read next" teaser, resolved: a library story's current headline, or the teaser as it was kept. */
export interface Teaser {
  headline: string;
  /** "06:00" as printed, or an ISO date-time. */
  time?: string;
  /** http(s) address to link to, when there is one. */
  url?: string;
  /** The library story it points to, when it is one of ours. */
  storyId?: string;
}

/** House choices that change how a story renders (settings), and the clock to render teasers against. */
export interface RenderOptions {
  /** ISO date-time "now" (teasers show "2 hours ago" relative to it). */
  now: string;
  teaserTimeStyle: 'relative' | 'clock';
  /** IANA time zone for clock times; the machine's own when absent. */
  timeZone?: string;
  /** The line inviting readers to comment under a web story; none when empty. */
  commentPrompt?: string;
}

/** Everything a serializer needs: pure data in, a string or bytes out. */
export interface ExportInput {
  story: ExportStory;
  /** The story's facts (empty until facts are tagged). */
  facts: readonly Fact[];
  /** The sources the facts cite. */
  sources: readonly Source[];
  related: readonly Teaser[];
  options: RenderOptions;
}

/** For the preview's fact overlay: the status of each fact id found in the body. */
export type FactStatusMap = ReadonlyMap<string, FactStatus>;

export const DEFAULT_RENDER_OPTIONS: Omit<RenderOptions, 'now'> = { teaserTimeStyle: 'clock', commentPrompt: '' };

/** Build an export input with defaults for what is not given (no facts, no teasers, "now" = now). */
export function exportInput(story: ExportStory, extra: Partial<Omit<ExportInput, 'story' | 'options'>> & { options?: Partial<RenderOptions> } = {}): ExportInput {
  return {
    story,
    facts: extra.facts ?? [],
    sources: extra.sources ?? [],
    related: extra.related ?? story.related,
    options: { ...DEFAULT_RENDER_OPTIONS, now: new Date().toISOString(), ...extra.options },
  };
}
