import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageLimitFileFromEnv, watchPageLimitFile } from '../../../electron/cli/testing/pageLimitHook';
import { openLibrary } from '../../../db/open';
import { makeTempDir } from '../../helpers/tempDir';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('the test-only page-limit hook', () => {
  it('is off unless both test variables are set', () => {
    expect(pageLimitFileFromEnv({ COPYDESK_TEST_PAGE_LIMIT_FILE: '/tmp/x' })).toBeUndefined();
    expect(pageLimitFileFromEnv({ COPYDESK_TEST_HOOKS: '1' })).toBeUndefined();
    expect(pageLimitFileFromEnv({ COPYDESK_TEST_HOOKS: '1', COPYDESK_TEST_PAGE_LIMIT_FILE: '/tmp/x' })).toBe('/tmp/x');
  });

  it('fills the library ("full") so that a growing write fails with SQLITE_FULL, and "off" lets it through', async () => {
    const { dir, cleanup } = makeTempDir();
    const library = openLibrary(path.join(dir, 'library.sqlite'), { app: 'test' });
    library.db.exec('CREATE TABLE filler (x TEXT)');
    const file = path.join(dir, 'limit');
    fs.writeFileSync(file, 'full');
    const stop = watchPageLimitFile(library.db, file, () => {});
    cleanups.push(() => {
      stop();
      library.close();
      cleanup();
    });
    const fill = () => library.db.prepare('INSERT INTO filler VALUES (?)').run('x'.repeat(200_000));
    expect(fill).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }));
    fs.writeFileSync(file, 'off');
    await expect.poll(() => {
      try {
        fill();
        return true;
      } catch {
        return false;
      }
      // The hook reads the file on a timer: on a busy machine that takes longer than poll's 1 s default.
    }, { timeout: 15_000 }).toBe(true);
  });
});
