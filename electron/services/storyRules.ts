import { AppError } from '../api/errors';

/**
 * An embargo as stored: normalised to UTC (so stored embargoes compare as text) and,
 * when it is being set or changed, in the future. An unchanged embargo that has since
 * lifted is kept as it is.
 */
export function checkedEmbargo(embargo: string | null | undefined, current: string | null, now: Date): string | null | undefined {
  if (embargo === undefined || embargo === null) return embargo;
  const at = new Date(embargo);
  if (Number.isNaN(at.getTime())) throw new AppError('invalid_input', `The embargo "${embargo}" is not a date and time.`);
  const normalised = at.toISOString();
  if (normalised === current) return normalised;
  if (at.getTime() <= now.getTime()) {
    throw new AppError(
      'invalid_input',
      `The embargo must be in the future: ${normalised.replace('T', ' ').slice(0, 16)} UTC has already passed. Clear the embargo or choose a later time.`,
    );
  }
  return normalised;
}
