import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../helpers/testCore';

let core: ReturnType<typeof openTestCore>;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const segments = () => (core.library.db.prepare(`SELECT block FROM stories_fts_data WHERE id = 10`).pluck().get() as Buffer)[5];

function writeFiles(folder: string, count: number): void {
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(folder, `story-${i}.txt`), `Harbour report ${i}\n\nThe council met the ferry operators on day ${i} to discuss the lease.\n`);
}

describe('search index upkeep after imports', () => {
  it('merges the index once an import has finished, and search still finds every imported story', async () => {
    for (let batch = 0; batch < 4; batch++) {
      const folder = path.join(core.dir, `batch-${batch}`);
      writeFiles(folder, 50);
      expect((await core.services.imports.importPaths([folder]).done).imported).toBe(50);
    }
    expect(segments()).toBeGreaterThan(1);

    await core.services.searchIndex.settled();

    expect(segments()).toBe(1);
    const found = await core.dispatch('queryLibrary', { text: 'harbour lease', limit: 500 });
    expect(found).toMatchObject({ ok: true, value: { total: 200, exact: true } });
  });
});
