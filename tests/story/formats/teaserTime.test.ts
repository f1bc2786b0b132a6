import { describe, expect, it } from 'vitest';
import { teaserTime } from '../../../story/formats/teaserTime';

const now = '2026-11-26T08:00:00.000Z';
const clock = { now, teaserTimeStyle: 'clock' as const, timeZone: 'UTC' };
const relative = { ...clock, teaserTimeStyle: 'relative' as const };

describe('teaser times', () => {
  it('shows the clock time the same day, with the date before', () => {
    expect(teaserTime('2026-11-26T06:00:00Z', clock)).toEqual({ label: '06:00', iso: '2026-11-26T06:00:00.000Z' });
    expect(teaserTime('2026-11-25T23:15:00Z', clock)?.label).toBe('25 Nov, 23:15');
    expect(teaserTime('2026-11-26T06:00:00Z', { ...clock, timeZone: 'Asia/Tokyo' })?.label).toBe('15:00');
  });

  it('shows how long ago in the relative style', () => {
    expect(teaserTime('2026-11-26T06:00:00Z', relative)?.label).toBe('2 hours ago');
    expect(teaserTime('2026-11-26T07:59:00Z', relative)?.label).toBe('1 minute ago');
    expect(teaserTime('2026-11-26T07:59:40Z', relative)?.label).toBe('just now');
    expect(teaserTime('2026-11-25T07:00:00Z', relative)?.label).toBe('yesterday');
    expect(teaserTime('2026-11-20T07:00:00Z', relative)?.label).toBe('6 days ago');
  });

  it('keeps a time printed as such, and shows nothing for none', () => {
    expect(teaserTime('06:00', relative)).toEqual({ label: '06:00' });
    expect(teaserTime('  ', clock)).toBeUndefined();
    expect(teaserTime(undefined, clock)).toBeUndefined();
  });
});
