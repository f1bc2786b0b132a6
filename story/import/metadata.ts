import { STORY_STATUSES, type RelatedItem, type StoryFields, type StoryStatus } from '../model';
import { isAllowedLinkHref } from '../schema/links';

/**
 * Story metadata from a file's own fields (Markdown front matter, a web page's meta
 * tags, a Word file's document properties), checked against the same bounds the
 * API enforces. A bad value is dropped with a warning naming the field; it never
 * fails the import.
 */
export interface MetadataResult {
  fields: Partial<StoryFields>;
  warnings: string[];
  /** Fields of the file that are not story fields. */
  unused: string[];
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

type Setter = (value: unknown, name: string, out: MetadataResult) => void;

const text =
  (max: number, apply: (fields: Partial<StoryFields>, value: string) => void): Setter =>
  (value, name, out) => {
    const string = scalar(value);
    if (string === undefined) return void out.warnings.push(`${name}: expected text; left out.`);
    if (string.length > max) return void out.warnings.push(`${name}: longer than ${max} characters; left out.`);
    if (string) apply(out.fields, string);
  };

const SETTERS: Record<string, Setter> = {
  headline: text(500, (fields, value) => (fields.headline = value)),
  slug: (value, name, out) => {
    const string = scalar(value);
    if (!string) return void out.warnings.push(`${name}: expected text; left out.`);
    if (SLUG_PATTERN.test(string) && string.length <= 80) return void (out.fields.slug = string);
    const fixed = slugify(string);
    if (!fixed) return void out.warnings.push(`${name}: “${string}” is not a slug; left out.`);
    out.fields.slug = fixed;
    out.warnings.push(`${name}: “${string}” is not a slug (lower-case letters, digits and hyphens); used “${fixed}”.`);
  },
  dek: text(2000, (fields, value) => (fields.dek = value)),
  authors: (value, name, out) => {
    const names = (Array.isArray(value) ? value.map(scalar) : bylineAuthors(scalar(value) ?? '')).filter((entry): entry is string => Boolean(entry));
    const valid = names.filter((entry) => entry.length <= 200).slice(0, 30);
    if (valid.length < names.length) out.warnings.push(`${name}: some names were too long or too many; left out.`);
    if (valid.length === 0 && names.length === 0) return void out.warnings.push(`${name}: expected one or more names; left out.`);
    out.fields.authors = valid;
  },
  dateline: (value, name, out) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      if (record.place !== undefined) SETTERS.place!(record.place, `${name}.place`, out);
      if (record.date !== undefined) SETTERS.date!(record.date, `${name}.date`, out);
      return;
    }
    const string = scalar(value);
    if (!string || string.length > 200) return void out.warnings.push(`${name}: expected a place; left out.`);
    out.fields.dateline = { place: string, date: out.fields.dateline?.date ?? '' };
  },
  place: text(200, (fields, value) => (fields.dateline = { place: value, date: fields.dateline?.date ?? '' })),
  date: (value, name, out) => {
    const date = dateOnly(value);
    if (!date) return void out.warnings.push(`${name}: “${String(scalar(value) ?? value)}” is not a date (YYYY-MM-DD); left out.`);
    out.fields.dateline = { place: out.fields.dateline?.place ?? '', date };
  },
  section: (value, name, out) => text(120, (fields, entry) => (fields.section = entry))(Array.isArray(value) ? value[0] : value, name, out),
  keywords: (value, name, out) => {
    const raw = Array.isArray(value) ? value.map(scalar) : (scalar(value) ?? '').split(/[,;]/);
    const words = [...new Set(raw.map((entry) => entry?.trim()).filter((entry): entry is string => Boolean(entry)))];
    const valid = words.filter((entry) => entry.length <= 100).slice(0, 100);
    if (valid.length < words.length) out.warnings.push(`${name}: some keywords were too long or too many; left out.`);
    if (valid.length > 0) out.fields.keywords = valid;
  },
  language: (value, name, out) => {
    const string = scalar(value)?.replace(/_/g, '-');
    if (!string || !LANGUAGE.test(string)) return void out.warnings.push(`${name}: “${String(scalar(value) ?? value)}” is not a language tag such as “en” or “en-GB”; left out.`);
    out.fields.language = string;
  },
  urgency: (value, name, out) => {
    const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 9) {
      return void out.warnings.push(`${name}: must be a whole number from 1 to 9; left out.`);
    }
    out.fields.urgency = number;
  },
  genre: text(120, (fields, value) => (fields.genre = value)),
  embargo: (value, name, out) => {
    const string = value instanceof Date ? value.toISOString() : scalar(value);
    if (!string || !ISO_DATE_TIME.test(string) || Number.isNaN(Date.parse(string))) {
      return void out.warnings.push(`${name}: must be a date and time with a time zone (e.g. 2025-02-12T06:00:00Z); left out.`);
    }
    out.fields.embargo = string;
  },
  editorsNote: text(20_000, (fields, value) => (fields.editorsNote = value)),
  copyright: text(1000, (fields, value) => (fields.copyright = value)),
  usageTerms: text(4000, (fields, value) => (fields.usageTerms = value)),
  status: (value, name, out) => {
    const string = scalar(value)?.toLowerCase();
    if (!string || !(STORY_STATUSES as readonly string[]).includes(string)) {
      return void out.warnings.push(`${name}: must be one of ${STORY_STATUSES.join(', ')}; left out.`);
    }
    out.fields.status = string as StoryStatus;
  },
  seoHeadline: text(500, (fields, value) => (fields.headlineVariants = { seo: value, social: fields.headlineVariants?.social ?? '' })),
  socialHeadline: text(500, (fields, value) => (fields.headlineVariants = { seo: fields.headlineVariants?.seo ?? '', social: value })),
  related: (value, name, out) => {
    const entries = Array.isArray(value) ? value : [value];
    const items = entries.map(relatedItemOf).filter((item): item is RelatedItem => item !== undefined);
    if (items.length < entries.length) out.warnings.push(`${name}: some entries had no headline or a bad address; left out.`);
    if (items.length > 0) out.fields.related = items.slice(0, 50);
  },
};

/** The names a file may use for each story field (compared without case, spaces, hyphens or underscores). */
const ALIASES: Record<string, string> = {
  title: 'headline',
  headline: 'headline',
  slug: 'slug',
  slugline: 'slug',
  dek: 'dek',
  description: 'dek',
  subtitle: 'dek',
  standfirst: 'dek',
  summary: 'dek',
  excerpt: 'dek',
  author: 'authors',
  authors: 'authors',
  byline: 'authors',
  by: 'authors',
  creator: 'authors',
  dateline: 'dateline',
  place: 'place',
  location: 'place',
  date: 'date',
  published: 'date',
  publishdate: 'date',
  pubdate: 'date',
  datepublished: 'date',
  section: 'section',
  desk: 'section',
  category: 'section',
  categories: 'section',
  keywords: 'keywords',
  tags: 'keywords',
  subjects: 'keywords',
  language: 'language',
  lang: 'language',
  locale: 'language',
  urgency: 'urgency',
  priority: 'urgency',
  genre: 'genre',
  embargo: 'embargo',
  embargoed: 'embargo',
  embargountil: 'embargo',
  editorsnote: 'editorsNote',
  ednote: 'editorsNote',
  note: 'editorsNote',
  copyright: 'copyright',
  copyrightnotice: 'copyright',
  rights: 'usageTerms',
  usageterms: 'usageTerms',
  license: 'usageTerms',
  status: 'status',
  seoheadline: 'seoHeadline',
  seotitle: 'seoHeadline',
  socialheadline: 'socialHeadline',
  socialtitle: 'socialHeadline',
  ogtitle: 'socialHeadline',
  related: 'related',
  readnext: 'related',
};

export function fieldsFromMetadata(raw: Record<string, unknown>, source: string): MetadataResult {
  const out: MetadataResult = { fields: {}, warnings: [], unused: [] };
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || value === undefined || value === '') continue;
    const field = ALIASES[key.toLowerCase().replace(/[\s_-]/g, '')];
    if (!field) {
      out.unused.push(`${source} field “${key}”`);
      continue;
    }
    SETTERS[field]!(value, `${source} “${key}”`, out);
  }
  return out;
}

/** Words that sit in bylines but are not names ("Updated", "Staff"). */
const NOT_A_NAME = /^(?:updated|published|posted|staff|reporter|correspondent|editor|author|unknown|admin|user|microsoft office user)$/i;

/** "By Ana Reyes and Tomasz Wiśniewski" → ["Ana Reyes", "Tomasz Wiśniewski"]. */
export function bylineAuthors(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name.length > 0 && name.length <= 200 && /\p{L}/u.test(name) && !/\d/.test(name) && !NOT_A_NAME.test(name));
}

/** "2025-02-12", "2025-02-12T06:00:00Z" or a Date → "2025-02-12"; undefined when it is not a date. */
export function dateOnly(value: unknown): string | undefined {
  const string = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : scalar(value);
  const date = string?.trim().slice(0, 10);
  if (!date || !ISO_DATE.test(date)) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return undefined;
}

function relatedItemOf(entry: unknown): RelatedItem | undefined {
  if (typeof entry === 'string') return entry.trim() ? { headline: entry.trim().slice(0, 500) } : undefined;
  if (!entry || typeof entry !== 'object') return undefined;
  const record = entry as Record<string, unknown>;
  const headline = scalar(record.headline ?? record.title);
  if (!headline || headline.length > 500) return undefined;
  const item: RelatedItem = { headline };
  const time = scalar(record.time);
  if (time && time.length <= 40) item.time = time;
  const url = scalar(record.url ?? record.href);
  if (url) {
    if (!/^https?:/i.test(url) || !isAllowedLinkHref(url)) return undefined;
    item.url = url;
  }
  return item;
}
