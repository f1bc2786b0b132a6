/** How the parts of a story read in print: byline, dateline, dates. Shared by every format. */
import { bylineOf } from '../model';
import type { ExportStory } from './types';

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "By Ana Reyes and Tomasz Wiśniewski", or empty. */
export function bylineLine(story: Pick<ExportStory, 'authors'>): string {
  const names = bylineOf(story.authors);
  return names ? `By ${names}` : '';
}

function parseIsoDate(date: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

/** "Nov. 26" (wire style), from an ISO date. */
export function wireDate(date: string): string {
  const parts = parseIsoDate(date);
  return parts ? `${AP_MONTHS[parts.month - 1]} ${parts.day}` : '';
}

/** "26 November 2026", from an ISO date or date-time (the calendar date as written, no time zone shift). */
export function longDate(date: string): string {
  const parts = parseIsoDate(date);
  return parts ? `${parts.day} ${LONG_MONTHS[parts.month - 1]} ${parts.year}` : '';
}

/** The place as datelines print it: upper case ("VALMERE"). */
export function datelinePlace(story: Pick<ExportStory, 'dateline'>): string {
  return story.dateline.place.trim().toLocaleUpperCase('en');
}

/** The wire dateline: "VALMERE, Nov. 26" (or only the place, or only the date). */
export function wireDateline(story: Pick<ExportStory, 'dateline'>): string {
  return [datelinePlace(story), wireDate(story.dateline.date)].filter(Boolean).join(', ');
}

/** When the story is dated: the dateline's date, or the day it was created. */
export function storyDate(story: Pick<ExportStory, 'dateline' | 'createdAt'>): string {
  return story.dateline.date || story.createdAt.slice(0, 10);
}

/** The headline, or a placeholder that says there is none yet. */
export function headlineOf(story: Pick<ExportStory, 'headline'>): string {
  return story.headline.trim() || 'Untitled story';
}

/** The slug, or one made from the headline ("harbour-authority-approves"), or "story". */
export function slugOf(story: Pick<ExportStory, 'slug' | 'headline'>): string {
  if (story.slug) return story.slug;
  const made = story.headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
  return made || 'story';
}
