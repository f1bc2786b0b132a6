/**
 * `npm test` runs the short form of each long-running suite; `npm run soak` (scripts/soak.mjs)
 * runs every test file that reads COPYDESK_SOAK again with COPYDESK_SOAK=1, for the long form.
 * A suite joins the soak run by calling isSoak() (or reading process.env.COPYDESK_SOAK).
 */
export const SOAK_ENV = 'COPYDESK_SOAK';

export function isSoak(): boolean {
  return process.env[SOAK_ENV] === '1';
}

/** The short or the long figure, e.g. soakOr(50, 1000) kills. */
export function soakOr<T>(short: T, long: T): T {
  return isSoak() ? long : short;
}
