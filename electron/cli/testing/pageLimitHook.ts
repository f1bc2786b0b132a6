import fs from 'node:fs';
import { NO_PAGE_LIMIT, pageCount, setMaxPageCount } from '../../../db/testHooks';
import type { Db } from '../../../db/handle';

/**
 * Test-only: lets an end-to-end test fill the "disk" of a running `copydesk serve`.
 * Honoured only when COPYDESK_TEST_HOOKS=1 and COPYDESK_TEST_PAGE_LIMIT_FILE names a
 * file; the file says "full" (no page beyond those in use), a page count, or "off".
 * It only ever lowers or restores a per-connection limit: nothing is written.
 */
export function pageLimitFileFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  return env.COPYDESK_TEST_HOOKS === '1' && env.COPYDESK_TEST_PAGE_LIMIT_FILE ? env.COPYDESK_TEST_PAGE_LIMIT_FILE : undefined;
}

export function watchPageLimitFile(db: Db, file: string, log: (message: string) => void): () => void {
  let applied = '';
  const apply = () => {
    let wanted: string;
    try {
      wanted = fs.readFileSync(file, 'utf8').trim();
    } catch {
      wanted = 'off';
    }
    if (wanted === applied) return;
    applied = wanted;
    const pages = wanted === 'full' ? pageCount(db) : /^\d+$/.test(wanted) ? Number(wanted) : NO_PAGE_LIMIT;
    const limit = setMaxPageCount(db, pages);
    log(`[copydesk] test hook: library page limit ${wanted === 'off' || !wanted ? 'lifted' : `set to ${limit}`}`);
  };
  apply();
  // Read every 50 ms (not fs.watchFile: it compares with a first stat taken on the thread
  // pool, which on a busy machine can come after the file's next change, and then never
  // sees that change).
  const timer = setInterval(apply, 50);
  timer.unref();
  return () => clearInterval(timer);
}
