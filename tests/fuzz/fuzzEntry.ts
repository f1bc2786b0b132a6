import type { ImportFormat } from '../../story/import/types';
import { fuzzTarget } from './fuzzWorker';

/** Child-process entry of scripts/fuzz-import.mjs. */
process.once('message', (message: { format: ImportFormat; seconds: number; seed: number }) => {
  void fuzzTarget(message.format, message.seconds, message.seed, (report) => process.send?.(report)).then(() => process.exit(0));
});
