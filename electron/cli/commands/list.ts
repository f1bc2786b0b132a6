import { parseCommandArgs } from '../args';
import { call, openCliCore } from '../openCoreForCli';
import type { CliIo } from '../io';
import type { StorySummary } from '../../../story/model';

export const listUsage = 'copydesk list [--library PATH] [--json] [--limit N]';

export async function listCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    library: { type: 'string' },
    json: { type: 'boolean', default: false },
    limit: { type: 'string', default: '1000' },
  });
  const core = openCliCore(values.library, 'cli', { readOnly: true });
  try {
    const stories = await call(core, 'listStories', { limit: Number(values.limit) });
    if (values.json) io.out(JSON.stringify(stories, null, 2));
    else if (stories.length === 0) io.out('The library has no stories yet.');
    else stories.forEach((story) => io.out(formatRow(story)));
    return 0;
  } finally {
    core.close();
  }
}

function formatRow(story: StorySummary): string {
  const headline = story.headline || '(no headline)';
  return `${story.id}  ${story.status.padEnd(10)} ${String(story.wordCount).padStart(6)} words  ${story.updatedAt.slice(0, 16).replace('T', ' ')}  ${headline}`;
}
