import { parse } from 'yaml';

export interface FrontMatter {
  /** The fields, or undefined when there is no front matter or it could not be read. */
  data?: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  warnings: string[];
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const MAX_FRONT_MATTER = 64 * 1024;

/** Splits YAML front matter (between `---` lines at the very top) from the Markdown. */
export function splitFrontMatter(markdown: string): FrontMatter {
  const match = FENCE.exec(markdown);
  if (!match) return { body: markdown, warnings: [] };
  const body = markdown.slice(match[0].length);
  const yaml = match[1]!;
  if (yaml.length > MAX_FRONT_MATTER) return { body, warnings: ['The front matter is larger than 64 KB; it was left out.'] };
  try {
    // maxAliasCount bounds alias expansion ("billion laughs"); the core schema keeps dates as text.
    const data: unknown = parse(yaml, { maxAliasCount: 50, prettyErrors: false, uniqueKeys: false, schema: 'core' });
    if (data === null || data === undefined) return { body, warnings: [] };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { body, warnings: ['The front matter is not a list of fields (key: value); it was left out.'] };
    }
    return { data: data as Record<string, unknown>, body, warnings: [] };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? 'unreadable';
    return { body, warnings: [`The front matter is not valid YAML (${reason}); it was left out.`] };
  }
}
