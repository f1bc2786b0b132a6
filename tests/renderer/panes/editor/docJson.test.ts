import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { newsSchema } from '../../../../story/schema/schema';
import { countWords, plainTextOf, type DocJSON } from '../../../../story/document';
import { docJson, docStats, rangeStats } from '../../../../renderer/panes/editor/docJson';

const schema = newsSchema();
const body: DocJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What the trial allows' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The U.S.-based operator ' },
        { type: 'text', marks: [{ type: 'bold' }], text: "won't" },
        { type: 'hardBreak' },
        { type: 'text', text: 'pay ' },
        { type: 'tk', attrs: { note: 'fare' } },
        { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.org', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }], text: ' dollars' },
      ],
    },
    { type: 'editorsNote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Check the fare TK' }] }] },
    { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [{ type: 'text', text: 'Two crossings' }] }] },
  ],
};

describe('the editor document as JSON and counts', () => {
  it('equals ProseMirror’s own toJSON', () => {
    const doc = schema.nodeFromJSON(body);
    expect(docJson(doc)).toEqual(doc.toJSON());
  });

  it('reuses the JSON of unchanged blocks after an edit, and changes the edited one', () => {
    const doc = schema.nodeFromJSON(body);
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, 3) });
    const before = docJson(state.doc);
    const after = docJson(state.apply(state.tr.insertText('X')).doc);
    expect(after.content[0]).not.toBe(before.content[0]);
    expect(after.content[1]).toBe(before.content[1]);
    expect(after.content[3]).toBe(before.content[3]);
    expect(after.content[0]!.content![0]!.text).toBe('WhXat the trial allows');
  });

  it('counts words and characters as the library does (editor’s notes left out) and every TK', () => {
    const stats = docStats(schema.nodeFromJSON(body));
    const text = plainTextOf(body);
    expect(stats.words).toBe(countWords(text));
    expect(stats.characters).toBe(text.replace(/\n/g, '').length);
    expect(stats.tks).toBe(1);
  });

  it('counts a selection', () => {
    const doc = schema.nodeFromJSON(body);
    const start = 1;
    const end = 1 + 'What the trial'.length;
    expect(rangeStats(doc, start, end)).toEqual({ words: 3, characters: 14, tks: 0 });
  });
});
