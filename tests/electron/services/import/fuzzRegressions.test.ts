import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../story/import/types';
import { importStoryFile } from '../../../../electron/services/import/registry';
import { EXTENSION } from '../../../fuzz/corpus';
import { REGRESSIONS, rebuildCase, type FuzzCase } from '../../../fuzz/fuzzWorker';
import { measureImport } from '../../../helpers/importProperties';

/**
 * Inputs `npm run fuzz` found crashing an importer or running over 5 s, replayed on every
 * test run. Each is stored as a recipe (seed files + PRNG seed) and rebuilt here, so no
 * text of ../shared is copied; a case whose seed file is absent is skipped.
 */
const cases = fs.existsSync(REGRESSIONS) ? fs.readdirSync(REGRESSIONS).filter((name) => name.endsWith('.json')).toSorted() : [];

describe('fuzz regressions', () => {
  it('has the saved cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const name of cases) {
    const found = JSON.parse(fs.readFileSync(path.join(REGRESSIONS, name), 'utf8')) as FuzzCase;
    const bytes = rebuildCase(found);
    it.skipIf(!bytes)(`${name} (${found.why.split('\n')[0]!.slice(0, 70)}) imports or is refused with an ImportError, within 5 s of CPU`, async () => {
      // CPU time, not the wall clock: on a shared machine the wall clock also counts other processes.
      const { result: outcome, cpuMs } = await measureImport(() => importStoryFile({ fileName: `case.${EXTENSION[found.format]}`, bytes: bytes! }).catch((error: unknown) => error));
      if (outcome instanceof Error) expect(outcome).toBeInstanceOf(ImportError);
      expect(cpuMs).toBeLessThan(5_000);
    });
  }
});
