import { describe, expect, it } from 'vitest';
import { EditorState, NodeSelection, TextSelection, type Command } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { newsSchema } from '../../../../story/schema/schema';
import {
  command,
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
} from '../../../../renderer/panes/editor/extensions/blockCommands';
import type { NodeJSON } from '../../../../story/document';
import { trailingTkTr } from '../../../../renderer/panes/editor/extensions/newsEditing';

const schema = newsSchema();
const p = (text?: string): NodeJSON => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });

/** A state whose cursor sits `offset` characters into the text "needle" (first occurrence). */
function stateAt(content: NodeJSON[], needle: string, offset = 0): EditorState {
  const doc = schema.nodeFromJSON({ type: 'doc', content });
  let at = -1;
  doc.descendants((node, pos) => {
    if (at < 0 && needle !== '' && node.isText && node.text!.includes(needle)) at = pos + node.text!.indexOf(needle) + offset;
  });
  if (at < 0 && needle === '') doc.descendants((node, pos) => (at < 0 && node.isTextblock && node.content.size === 0 ? ((at = pos + 1), false) : true));
  return EditorState.create({ doc, selection: TextSelection.create(doc, at) });
}

function apply(state: EditorState, cmd: Command): EditorState {
  let next = state;
  const done = cmd(state, (tr) => (next = state.apply(tr)));
  expect(done).toBe(true);
  return next;
}

const shape = (doc: PMNode): unknown => doc.toJSON();
const types = (state: EditorState) => state.doc.content.content.map((node) => node.type.name);

describe('key takeaways', () => {
  it('turns paragraphs into a checklist and back, keeping the words and the cursor', () => {
    const start = stateAt([p('Two crossings a night')], 'crossings');
    const list = apply(start, toggleKeyTakeaways);
    expect(shape(list.doc)).toEqual({
      type: 'doc',
      content: [{ type: 'keyTakeaways', content: [{ type: 'takeaway', content: [{ type: 'text', text: 'Two crossings a night' }] }] }],
    });
    expect(list.selection.$from.parent.type.name).toBe('takeaway');
    expect(list.selection.$from.parent.textBetween(0, list.selection.$from.parentOffset)).toBe('Two ');
    const back = apply(list, toggleKeyTakeaways);
    expect(shape(back.doc)).toEqual(shape(start.doc));
    expect(back.selection.from).toBe(start.selection.from);
  });

  it('Enter on an empty takeaway leaves the checklist as a paragraph', () => {
    const doc: NodeJSON[] = [{ type: 'keyTakeaways', content: [{ type: 'takeaway', content: [{ type: 'text', text: 'One' }] }, { type: 'takeaway' }] }];
    const state = stateAt(doc, '');
    const after = apply(state, command(exitEmptyTakeawayTr));
    expect(types(after)).toEqual(['keyTakeaways', 'paragraph']);
    expect(after.selection.$from.parent.type.name).toBe('paragraph');
  });

  it('Backspace at the start of the first takeaway lifts it out; elsewhere it does nothing special', () => {
    const doc: NodeJSON[] = [{ type: 'keyTakeaways', content: [{ type: 'takeaway', content: [{ type: 'text', text: 'One' }] }, { type: 'takeaway', content: [{ type: 'text', text: 'Two' }] }] }];
    const lifted = apply(stateAt(doc, 'One'), command(liftFirstTakeawayTr));
    expect(types(lifted)).toEqual(['paragraph', 'keyTakeaways']);
    expect(command(liftFirstTakeawayTr)(stateAt(doc, 'Two'))).toBe(false);
  });
});

describe('pull quote', () => {
  it('makes the paragraph the quote; Enter goes to the attribution, then out of the pull quote', () => {
    const quoted = apply(stateAt([p('We listened')], 'listened', 8), togglePullQuote);
    expect(types(quoted)).toEqual(['pullQuote']);
    expect(quoted.selection.$from.parent.type.name).toBe('pullQuoteText');
    const inAttribution = apply(quoted, command(pullQuoteEnterTr));
    expect(inAttribution.selection.$from.parent.type.name).toBe('pullQuoteAttribution');
    const out = apply(inAttribution.apply(inAttribution.tr.insertText('Ines Okafor')), command(pullQuoteEnterTr));
    expect(types(out)).toEqual(['pullQuote', 'paragraph']);
    expect(out.selection.$from.parent.type.name).toBe('paragraph');
    expect(out.doc.firstChild!.lastChild!.textContent).toBe('Ines Okafor');
  });

  it('Backspace at the start of the attribution returns to the quote; at the start of the quote, it becomes paragraphs', () => {
    const doc: NodeJSON[] = [
      {
        type: 'pullQuote',
        content: [
          { type: 'pullQuoteText', content: [{ type: 'text', text: 'Quote' }] },
          { type: 'pullQuoteAttribution', content: [{ type: 'text', text: 'Who' }] },
        ],
      },
    ];
    const back = apply(stateAt(doc, 'Who'), command(pullQuoteBackspaceTr));
    expect(back.selection.$from.parent.type.name).toBe('pullQuoteText');
    expect(back.selection.$from.parentOffset).toBe(5);
    const unwrapped = apply(stateAt(doc, 'Quote'), command(pullQuoteBackspaceTr));
    expect(unwrapped.doc.toJSON().content).toEqual([p('Quote'), p('Who')]);
  });
});

describe("editor's note, read next, TK", () => {
  it("wraps paragraphs in an editor's note and lifts them out again", () => {
    const start = stateAt([p('Check the fare'), p('Lede')], 'fare');
    const noted = apply(start, toggleEditorsNote);
    expect(types(noted)).toEqual(['editorsNote', 'paragraph']);
    expect(shape(apply(noted, toggleEditorsNote).doc)).toEqual(shape(start.doc));
  });

  it('places one "Read next" block after the current block, and selects the existing one the second time', () => {
    const placed = apply(stateAt([p('Lede'), p('End')], 'Lede'), insertReadNext);
    expect(types(placed)).toEqual(['paragraph', 'readNext', 'paragraph']);
    expect(placed.selection).toBeInstanceOf(NodeSelection);
    const again = apply(placed.apply(placed.tr.setSelection(TextSelection.create(placed.doc, 1))), insertReadNext);
    expect(types(again)).toEqual(['paragraph', 'readNext', 'paragraph']);
    expect((again.selection as NodeSelection).node.type.name).toBe('readNext');
  });

  it('inserts a TK, and turns a typed "TK" into one keeping what followed', () => {
    const inserted = apply(stateAt([p('Fare is  dollars')], 'is ', 3), insertTk);
    expect(inserted.doc.firstChild!.child(1).type.name).toBe('tk');
    const typed = stateAt([p('costs TK')], 'TK', 2);
    const tr = typed.tr;
    tkFromTextTr(tr, typed.selection.from, ',');
    const after = typed.apply(tr);
    expect(after.doc.firstChild!.toJSON().content).toEqual([{ type: 'text', text: 'costs ' }, { type: 'tk', attrs: { note: '' } }, { type: 'text', text: ',' }]);
    expect(after.selection.from).toBe(after.doc.firstChild!.nodeSize - 1);
  });

  it('turns a "TK" ending the line into a placeholder when Enter is pressed, but not a word that ends in TK', () => {
    const ending = stateAt([p('The fare is TK')], 'TK', 2);
    const tr = ending.tr;
    expect(trailingTkTr(tr)).toBe(true);
    expect(ending.apply(tr).doc.firstChild!.toJSON().content).toEqual([{ type: 'text', text: 'The fare is ' }, { type: 'tk', attrs: { note: '' } }]);
    expect(trailingTkTr(stateAt([p('Signed by MTK')], 'MTK', 3).tr)).toBe(false);
    expect(trailingTkTr(stateAt([p('TK and more')], 'TK', 2).tr)).toBe(false);
    expect(trailingTkTr(stateAt([p('TK')], 'TK', 2).tr)).toBe(true);
  });
});
