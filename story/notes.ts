import type { NodeJSON } from './document';

function textOf(node: NodeJSON): string {
  if (node.text !== undefined) return node.text;
  const children = node.content ?? [];
  const inline = children.every((child) => child.text !== undefined || child.type === 'hardBreak');
  return children.map(textOf).join(inline ? '' : '\n');
}

/**
 * What a story's notes say, for search: the editor's note about the story and the
 * editor's-note blocks in the body (both left out of the text a reader reads).
 */
export function notesTextOf(editorsNote: string, body: NodeJSON): string {
  const blocks: string[] = [];
  const walk = (node: NodeJSON): void => {
    if (node.type === 'editorsNote') blocks.push(textOf(node).trim());
    else (node.content ?? []).forEach(walk);
  };
  walk(body);
  return [editorsNote.trim(), ...blocks].filter(Boolean).join('\n');
}
