import { describe, expect, it } from 'vitest';
import { UnansweredSaves } from '../../../../../renderer/panes/editor/journal/unansweredSaves';

describe('UnansweredSaves', () => {
  it('keeps every draft sent on a version until a save is answered, each once', () => {
    const saves = new UnansweredSaves();
    saves.sending(3, 'a');
    saves.sending(3, 'b');
    saves.sending(3, 'a');
    expect(saves.sentOn).toBe(3);
    expect(saves.on(3)).toEqual(['a', 'b']);
    expect(saves.on(2)).toEqual([]);
    saves.answered();
    expect(saves.sentOn).toBeUndefined();
    expect(saves.on(3)).toEqual([]);
  });

  it('recognises the next version holding one of its drafts as its own, and nothing else', () => {
    const saves = new UnansweredSaves();
    saves.sending(3, 'a');
    saves.sending(3, 'b');
    expect(saves.committed(4, 'a')).toBe(true);
    expect(saves.committed(4, 'b')).toBe(true);
    expect(saves.committed(4, 'c')).toBe(false);
    expect(saves.committed(5, 'a')).toBe(false);
    expect(saves.committed(3, 'a')).toBe(false);
  });

  it('starts over on a new version, and forgets the oldest of very many', () => {
    const saves = new UnansweredSaves();
    saves.sending(3, 'a');
    saves.sending(4, 'b');
    expect(saves.on(4)).toEqual(['b']);
    expect(saves.committed(4, 'a')).toBe(false);
    for (let i = 0; i < 40; i += 1) saves.sending(4, `d${i}`);
    expect(saves.on(4)).toHaveLength(32);
    expect(saves.on(4)).not.toContain('b');
    expect(saves.on(4).at(-1)).toBe('d39');
  });
});
