/**
 * The story body as ProseMirror JSON, and the pure functions that read it.
 * No schema instance here: these work on plain JSON so that the database layer,
 * the exporters and the renderer agree on what the text of a story is.
 */
export interface MarkJSON {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface NodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJSON[];
  marks?: MarkJSON[];
  text?: string;
}

export interface DocJSON extends NodeJSON {
  type: 'doc';
  content: NodeJSON[];
}

export function emptyDoc(): DocJSON {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** One paragraph per non-empty line or blank-line-separated block of the text. */
export function docFromPlainText(text: string): DocJSON {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (paragraphs.length === 0) return emptyDoc();
  return {
    type: 'doc',
    content: paragraphs.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

/**
 * Nodes whose text is not the story as read: drafting aids (editor's notes) and
 * the "Read next" block, whose teasers are the story's related items.
 */
const NOT_STORY_TEXT = new Set(['editorsNote', 'readNext']);

/** Block nodes: each starts a new line of plain text. */
const INLINE_TYPES = new Set(['text', 'hardBreak', 'tk']);

/** The plain text of the story as a reader would read it, one block per line. */
export function plainTextOf(doc: NodeJSON): string {
  const lines: string[] = [];
  const walk = (node: NodeJSON): void => {
    if (NOT_STORY_TEXT.has(node.type)) return;
    const children = node.content ?? [];
    if (children.length > 0 && children.every((child) => INLINE_TYPES.has(child.type))) {
      lines.push(inlineText(children));
      return;
    }
    children.forEach(walk);
  };
  walk(doc);
  return lines.filter((line) => line.trim().length > 0).join('\n');
}

function inlineText(nodes: NodeJSON[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return ' ';
      if (node.type === 'tk') return 'TK';
      return node.text ?? '';
    })
    .join('');
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-–][\p{L}\p{N}]+)*/gu;

/** Words as a copy editor counts them: "U.S.-Ukraine" and "don't" are one word each. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
