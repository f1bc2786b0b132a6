/**
 * Page chrome: the lines a web page or app wraps around a story (comment prompts,
 * share buttons, newsletter boxes, ad labels) that are not part of it. Recognised
 * by what such lines say, whole line only, so that a sentence mentioning comments
 * in the story itself is kept.
 */
const CHROME: { kind: string; pattern: RegExp }[] = [
  {
    kind: 'comment prompt',
    pattern:
      /^(?:what(?: is|['’]s) your (?:opinion|view|take|reaction)\b.*|what do you think\b.*\?|leave (?:the first|a|your) comment\b.*|be the first to comment\b.*|(?:add|post|write) (?:a|your) comment\b.*|join the (?:conversation|discussion|debate)\b.*|(?:show|view|hide|read|see)(?: all)? comments?\b.*|\d*\s*comments?(?: \(\d+\))?|comments? are closed\b.*|have your say\b.*)$/i,
  },
  {
    kind: 'share buttons',
    pattern: /^(?:share(?: this)?(?: (?:article|story|page|post))?(?: on (?:facebook|twitter|x|whatsapp|linkedin|telegram|email))?:?|tweet|copy link|print(?: this article)?|follow us on\b.*|share via\b.*)$/i,
  },
  {
    kind: 'newsletter box',
    pattern: /^(?:(?:sign up|subscribe)(?: now)?(?: (?:to|for) (?:our|the)\b.*(?:newsletter|briefing|alerts?)\b.*)?|get (?:our|the) (?:\w+ )?newsletter\b.*)$/i,
  },
  { kind: 'advertisement label', pattern: /^(?:advertisement|advert|sponsored(?: content)?|scroll to continue(?: with content)?|story continues below(?: advertisement)?)$/i },
  { kind: 'reading aid', pattern: /^(?:\d+\s*min(?:ute)?s?\s+read|listen to (?:this )?(?:article|story)\b.*|skip to (?:main )?content|continue reading\b.*|read the full (?:story|article)\b.*)$/i },
];

const MAX_CHROME_WORDS = 14;

/** The kind of chrome a whole line is ("comment prompt"), or undefined when it is story text. */
export function chromeKind(line: string): string | undefined {
  const trimmed = line.trim().replace(/[.…!]+$/, '');
  if (!trimmed || trimmed.split(/\s+/, MAX_CHROME_WORDS + 1).length > MAX_CHROME_WORDS) return undefined;
  return CHROME.find(({ pattern }) => pattern.test(trimmed))?.kind;
}

/** "comment prompt: “What is your opinion on this topic?”" */
export function describeLeftOut(kind: string, line: string): string {
  const shown = line.length > 80 ? `${line.slice(0, 79)}…` : line;
  return `${kind}: “${shown.trim()}”`;
}
