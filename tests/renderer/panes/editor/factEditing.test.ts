import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { newsSchema } from '../../../../story/schema/schema';
import { factSpansOf } from '../../../../story/facts/marks';
import type { DocJSON } from '../../../../story/document';
import { factEditingPlugin, typeKeepingFacts } from '../../../../renderer/panes/editor/extensions/factEditing';

const schema = newsSchema();
const fact = { type: 'fact', attrs: { factId: 'f1' } };
const DOC: DocJSON = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The trial runs for ' }, { type: 'text', text: 'six months', marks: [fact] }, { type: 'text', text: ' from March.' }] }] };

function start(selected: string): EditorState {
  const doc = schema.nodeFromJSON(DOC);
  const from = 1 + 'The trial runs for six months from March.'.indexOf(selected);
  return EditorState.create({ doc, plugins: [factEditingPlugin()], selection: TextSelection.create(doc, from, from + selected.length) });
}

/** Type letter by letter, as the view's text input does, falling back to plain insertion where the plugin declines. */
function type(state: EditorState, text: string): EditorState {
  for (const letter of text) {
    const { from, to } = state.selection;
    state = state.apply(typeKeepingFacts(state, from, to, letter) ?? state.tr.insertText(letter, from, to));
  }
  return state;
}

const factWords = (state: EditorState) => factSpansOf(state.doc.toJSON() as DocJSON).map((span) => span.text);

describe('typing over the words of a fact', () => {
  it('keeps the fact on words typed over its last word, letter by letter', () => {
    expect(factWords(type(start('months'), 'weeks'))).toEqual(['six weeks']);
  });

  it('keeps the fact on words typed over all of it', () => {
    expect(factWords(type(start('six months'), 'eight weeks'))).toEqual(['eight weeks']);
  });

  it('does not grow a fact by typing after it, nor once the cursor has moved away', () => {
    const doc = schema.nodeFromJSON(DOC);
    const after = 1 + 'The trial runs for six months'.length;
    const atEnd = EditorState.create({ doc, plugins: [factEditingPlugin()], selection: TextSelection.create(doc, after) });
    expect(factWords(type(atEnd, ' or so'))).toEqual(['six months']);
    let state = type(start('months'), 'w');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1 + 'The trial runs for six w'.length)));
    expect(factWords(type(state, 'eeks'))).toEqual(['six w']);
  });
});
