/**
 * How a "Read next" teaser shows its time: "2 hours ago" or the clock time ("06:00"),
 * as the house setting says. A time kept as printed ("06:00") is shown as printed.
 */
import type { RenderOptions } from './types';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export interface TeaserTime {
  /** What the reader sees. */
  label: string;
  /** A machine-readable time (for <time datetime>), when the teaser has a full date-time. */
  iso?: string;
}

export function teaserTime(time: string | undefined, options: Pick<RenderOptions, 'now' | 'teaserTimeStyle' | 'timeZone'>): TeaserTime | undefined {
  const raw = time?.trim();
  if (!raw) return undefined;
  if (!ISO_DATE_TIME.test(raw)) return { label: raw };
  const then = new Date(raw);
  if (Number.isNaN(then.getTime())) return { label: raw };
  const iso = then.toISOString();
  const label = options.teaserTimeStyle === 'relative' ? relativeLabel(then, new Date(options.now)) : clockLabel(then, new Date(options.now), options.timeZone);
  return { label, iso };
}

function relativeLabel(then: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  const days = Math.floor(hours / 24);
  if (days < 7) return days === 1 ? 'yesterday' : `${days} days ago`;
  const weeks = Math.floor(days / 7);
  if (days < 30) return weeks === 1 ? '1 week ago' : `${weeks} weeks ago`;
  const months = Math.floor(days / 30);
  if (days < 365) return months <= 1 ? '1 month ago' : `${months} months ago`;
  const years = Math.floor(days / 365);
  return years === 1 ? '1 year ago' : `${years} years ago`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build; a batch export reuses them. */
function formatter(kind: 'clock' | 'day' | 'date', timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone ?? ''}`;
  let found = formatters.get(key);
  if (!found) {
    const zone = timeZone ? { timeZone } : {};
    const options: Intl.DateTimeFormatOptions =
      kind === 'clock'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : kind === 'day'
          ? { year: 'numeric', month: '2-digit', day: '2-digit' }
          : { day: 'numeric', month: 'short' };
    found = new Intl.DateTimeFormat('en-GB', { ...options, ...zone });
    formatters.set(key, found);
  }
  return found;
}

/** "06:00" the same day, "25 Nov, 06:00" before (in the given time zone). */
function clockLabel(then: Date, now: Date, timeZone: string | undefined): string {
  const clock = formatter('clock', timeZone).format(then);
  const day = formatter('day', timeZone);
  if (day.format(then) === day.format(now)) return clock;
  return `${formatter('date', timeZone).format(then)}, ${clock}`;
}
