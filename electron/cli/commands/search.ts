import { SNIPPET_MARK_END, SNIPPET_MARK_START, type LibraryRow } from '../../../story/library';
import { bylineOf } from '../../../story/model';
import { parseCommandArgs, UsageError } from '../args';
import { call, openCliCore } from '../openCoreForCli';
import type { CliIo } from '../io';

export const searchUsage = 'copydesk search [--library PATH] [--json] [--limit N] QUERY';

const marks = new RegExp(`[${SNIPPET_MARK_START}${SNIPPET_MARK_END}]`, 'g');

/** The snippet with its matches shown: bold on a terminal, **word** elsewhere (and in JSON). */
function showSnippet(snippet: string, tty: boolean): string {
  const [open, close] = tty ? ['\u001b[1m', '\u001b[22m'] : ['**', '**'];
  return snippet.replace(marks, (mark) => (mark === SNIPPET_MARK_START ? open : close)).replace(/\s+/g, ' ').trim();
}

function formatRow(row: LibraryRow, rank: number, tty: boolean): string {
  const meta = [row.status, bylineOf(row.authors), row.updatedAt.slice(0, 10), `${row.wordCount.toLocaleString('en')} words`].filter(Boolean).join(' · ');
  return [`${rank}. ${row.headline || '(no headline)'}  [${row.id}]`, `   ${meta}`, ...(row.snippet ? [`   ${showSnippet(row.snippet, tty)}`] : [])].join('\n');
}

/** Ranked full-text search of a library, with snippets. */
export async function searchCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { library: { type: 'string' }, json: { type: 'boolean', default: false }, limit: { type: 'string', default: '20' } },
    true,
  );
  const query = positionals.join(' ');
  if (!query.trim()) throw new UsageError('give the words to search for.');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError(`--limit must be a whole number from 1 to 500, not "${values.limit}".`);
  const core = openCliCore(values.library, 'cli', { readOnly: true });
  try {
    const page = await call(core, 'queryLibrary', { text: query, sort: 'relevance', limit });
    if (page.message) {
      io.err(page.message);
      return 1;
    }
    if (values.json) {
      const results = page.rows.map(({ snippet, ...row }) => ({ ...row, snippet: snippet === undefined ? '' : showSnippet(snippet, false) }));
      io.out(JSON.stringify({ query, total: page.total, results }, null, 2));
    } else if (page.rows.length === 0) {
      io.out(`No stories match ${query}.`);
    } else {
      io.out(page.rows.map((row, i) => formatRow(row, i + 1, io.isTTY)).join('\n\n'));
      io.out(`\n${page.rows.length} of ${page.total.toLocaleString('en')} matching stor${page.total === 1 ? 'y' : 'ies'}.`);
    }
    return 0;
  } finally {
    core.close();
  }
}
