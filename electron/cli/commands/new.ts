import fs from 'node:fs';
import { parseCommandArgs, UsageError } from '../args';
import { call, openCliCore } from '../openCoreForCli';
import type { CliIo } from '../io';
import { docFromPlainText } from '../../../story/document';

export const newUsage = 'copydesk new [--library PATH] --headline TEXT [--body-file FILE]';

export async function newCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    library: { type: 'string' },
    headline: { type: 'string' },
    'body-file': { type: 'string' },
  });
  if (values.headline === undefined) throw new UsageError('--headline is required.');
  let body;
  if (values['body-file'] !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(values['body-file'], 'utf8');
    } catch (error) {
      io.err(`Could not read ${values['body-file']}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return 1;
    }
    body = docFromPlainText(text);
  }
  const core = openCliCore(values.library);
  try {
    const story = await call(core, 'createStory', { headline: values.headline, ...(body ? { body } : {}) });
    io.out(story.id);
    return 0;
  } finally {
    core.close();
  }
}
