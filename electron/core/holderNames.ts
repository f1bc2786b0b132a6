/** Who holds a library, as its lock names it to a second opener ("in use by Copydesk (desktop app) …"). */
export const HOLDER_NAMES = {
  desktop: 'Copydesk (desktop app)',
  browser: 'Copydesk (browser mode)',
  cli: 'the copydesk command line',
} as const;
