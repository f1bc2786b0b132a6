import { Extension, InputRule, type Editor } from '@tiptap/core';
import type { Command, Transaction } from '@tiptap/pm/state';
import {
  exitEmptyTakeawayTr,
  insertReadNext,
  insertTk,
  liftFirstTakeawayTr,
  pullQuoteBackspaceTr,
  pullQuoteEnterTr,
  tkFromTextTr,
  toggleEditorsNote,
  toggleKeyTakeaways,
  togglePullQuote,
  toggleKeyTakeawaysTr,
  togglePullQuoteTr,
  command,
} from './blockCommands';

export interface NewsEditingOptions {
  /** Cmd/Ctrl+K: the link dialog. */
  onLinkRequest: () => void;
}

/** Run a ProseMirror command on the editor's view. */
export function run(editor: Editor, cmd: Command): boolean {
  return cmd(editor.state, editor.view.dispatch, editor.view);
}

/** "TK" typed as a word and followed by a space or punctuation becomes a TK placeholder. */
export const TK_INPUT = /(?:^|[\s([{“‘"'—–-])TK([\s.,;:!?)\]}”’"'])$/;
/** "✔ ", "✓ " or "[x] " at the start of a paragraph starts a key-takeaways checklist. */
export const TAKEAWAY_INPUT = /^\s*(?:[✔✓☑]|\[[xX✔]\])\s$/;
/** "> " at the start of a paragraph makes it a pull quote. */
export const PULL_QUOTE_INPUT = /^>\s$/;

function ruleStep(step: (tr: Transaction) => boolean) {
  return ({ state, range }: { state: { tr: Transaction }; range: { from: number; to: number } }) => {
    state.tr.delete(range.from, range.to);
    if (!step(state.tr)) return null;
  };
}

/** The literal word "TK" just before an empty cursor, at the end of its line, becomes a TK placeholder. */
export function trailingTkTr(tr: Transaction): boolean {
  const { selection } = tr;
  if (!selection.empty) return false;
  const $cursor = selection.$from;
  if ($cursor.parentOffset !== $cursor.parent.content.size) return false;
  const before = $cursor.parent.textBetween(Math.max(0, $cursor.parentOffset - 3), $cursor.parentOffset, undefined, '\ufffc');
  if (!/(?:^|[^\p{L}\p{N}\ufffc])TK$/u.test(before)) return false;
  return tkFromTextTr(tr, $cursor.pos, '');
}

/**
 * The editing behaviour of the news blocks: keyboard shortcuts, input rules and
 * the link shortcut. Runs before StarterKit's keymaps (priority) so that Enter and
 * Backspace in takeaways and pull quotes do what a writer expects.
 */
export const NewsEditing = Extension.create<NewsEditingOptions>({
  name: 'newsEditing',
  priority: 1000,

  addOptions() {
    return { onLinkRequest: () => {} };
  },

  addKeyboardShortcuts() {
    const step = (fn: (tr: Transaction) => boolean) => () => run(this.editor, command(fn));
    return {
      // A "TK" ending the line becomes a placeholder too (no space or punctuation is typed after it).
      Enter: () => {
        step(trailingTkTr)();
        return step(exitEmptyTakeawayTr)() || step(pullQuoteEnterTr)();
      },
      Backspace: () => step(liftFirstTakeawayTr)() || step(pullQuoteBackspaceTr)(),
      'Mod-Shift-9': () => run(this.editor, toggleKeyTakeaways),
      'Mod-Alt-q': () => run(this.editor, togglePullQuote),
      'Mod-Alt-n': () => run(this.editor, toggleEditorsNote),
      'Mod-Alt-r': () => run(this.editor, insertReadNext),
      'Mod-Alt-k': () => run(this.editor, insertTk),
      'Mod-Alt--': () => this.editor.commands.setHorizontalRule(),
      'Mod-k': () => {
        this.options.onLinkRequest();
        return true;
      },
    };
  },

  addInputRules() {
    return [
      new InputRule({ find: TAKEAWAY_INPUT, handler: ruleStep(toggleKeyTakeawaysTr) }),
      new InputRule({ find: PULL_QUOTE_INPUT, handler: ruleStep(togglePullQuoteTr) }),
      new InputRule({
        find: TK_INPUT,
        handler: ({ state, range, match }) => {
          const trailing = match[1] ?? '';
          // The range ends where the typed character would go: "TK" is the two characters before it.
          if (!tkFromTextTr(state.tr, range.to, trailing)) return null;
        },
      }),
    ];
  },
});
