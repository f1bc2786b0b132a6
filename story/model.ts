import type { DocJSON } from './document';

/** The workflow a story moves through, in newsroom order. */
export const STORY_STATUSES = ['draft', 'editing', 'fact-check', 'ready', 'published', 'killed'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

const STATUS_LABELS: Readonly<Record<StoryStatus, string>> = {
  draft: 'Draft',
  editing: 'Editing',
  'fact-check': 'Fact-check',
  ready: 'Ready',
  published: 'Published',
  killed: 'Killed',
};

/** A status as people read it ("Fact-check"). */
export function statusLabel(status: StoryStatus): string {
  return STATUS_LABELS[status];
}

export interface Dateline {
  /** Where the story was reported from ("KYIV", "Valmere"), or empty. */
  place: string;
  /** ISO date (YYYY-MM-DD) the story is datelined, or empty. */
  date: string;
}

/** Alternative headlines for other surfaces. Empty means "use the main headline". */
export interface HeadlineVariants {
  seo: string;
  social: string;
}

/**
 * One "Read next" teaser. A story of the library (storyId set) or a teaser kept
 * as it came (imported wire copy), with the time it was shown at.
 */
export interface RelatedItem {
  storyId?: string;
  headline: string;
  /** "06:00" as printed, or an ISO date-time. */
  time?: string;
  url?: string;
}

/** The editable fields of a story, without identity or bookkeeping. */
export interface StoryFields {
  /** Newsroom slugline ("harbour-ferry"): lower-case letters, digits and hyphens. */
  slug: string;
  headline: string;
  headlineVariants: HeadlineVariants;
  /** The standfirst under the headline. */
  dek: string;
  /** One entry per author, in byline order. */
  authors: string[];
  dateline: Dateline;
  /** Section or desk ("World", "Metro"). */
  section: string;
  keywords: string[];
  /** BCP 47 language tag ("en", "en-GB", "uk"). */
  language: string;
  /** IPTC news urgency, 1 (most urgent) to 9; null when not set. */
  urgency: number | null;
  /** Genre ("news", "analysis", "interview"...), free text. */
  genre: string;
  /** ISO date-time before which the story must not be published; null when not embargoed. */
  embargo: string | null;
  /** Note to editors about the whole story (IPTC ednote); never published. */
  editorsNote: string;
  copyright: string;
  usageTerms: string;
  status: StoryStatus;
  body: DocJSON;
  /** The "Read next" teasers, in order. */
  related: RelatedItem[];
}

export interface Story extends StoryFields {
  id: string;
  /** Derived from the body on every save. */
  bodyText: string;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every save; a save based on an older version is a conflict. */
  version: number;
}

/** What the library list shows for a story. */
export type StorySummary = Pick<
  Story,
  'id' | 'slug' | 'headline' | 'authors' | 'section' | 'status' | 'wordCount' | 'createdAt' | 'updatedAt' | 'version'
>;

/** The byline as printed: "Ana Reyes", "Ana Reyes and Tomasz Wiśniewski", "A, B and C". */
export function bylineOf(authors: readonly string[]): string {
  const names = authors.map((name) => name.trim()).filter(Boolean);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The fields of a new story before anything is typed. */
export function blankStoryFields(body: DocJSON): StoryFields {
  return {
    slug: '',
    headline: '',
    headlineVariants: { seo: '', social: '' },
    dek: '',
    authors: [],
    dateline: { place: '', date: '' },
    section: '',
    keywords: [],
    language: 'en',
    urgency: null,
    genre: '',
    embargo: null,
    editorsNote: '',
    copyright: '',
    usageTerms: '',
    status: 'draft',
    body,
    related: [],
  };
}
