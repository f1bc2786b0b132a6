import { describe, expect, it } from 'vitest';
import { WIRE_END_MARK, storyWireText } from '../../../story/formats/wireText';
import { exportInput } from '../../../story/formats/types';
import { FIXED_OPTIONS, richStory } from '../../helpers/exportSamples';
import { parseWireStory, wireStory, wireStoryAvailable } from '../../helpers/wireStoryFixture';

describe('wire text export', () => {
  it('lays the story out as agencies send it', () => {
    const text = storyWireText(exportInput(richStory({ embargo: '2026-11-27T06:00:00Z' }), { options: FIXED_OPTIONS }));
    const blocks = text.trimEnd().split('\n\n');
    expect(blocks[0]).toBe(['harbour-ferry | urgency 4 | Metro', 'EMBARGOED UNTIL 2026-11-27T06:00:00Z', 'Harbour authority approves night ferry trial', 'By Ana Reyes'].join('\n'));
    expect(blocks[1]).toBe('VALMERE, Nov. 26 — The port authority of Valmere voted on Thursday to allow a six-month trial of night ferries, the minutes show.');
    expect(blocks).toContain('What the trial allows');
    expect(blocks).toContain('✔ Two crossings a night\n✔ Engines under 60 decibels');
    expect(blocks).toContain('“We listened to the harbour.” — Ines Okafor, harbour master');
    expect(blocks).toContain('The fare will be TK euros, officials said.');
    expect(blocks).toContain('1. Five members in favour\n2. Two against * one abstained');
    expect(blocks.at(-1)).toBe(WIRE_END_MARK);
    expect(text).not.toMatch(/SECRET NOTE|Fare figure|Read next|Harbour dredging|<|\*\*/);
  });

  it.skipIf(!wireStoryAvailable())('keeps every paragraph of the wire story, the dateline running into the lede', () => {
    const parts = parseWireStory();
    const text = storyWireText(exportInput(wireStory(), { options: FIXED_OPTIONS }));
    expect(text).toContain(`WASHINGTON, Feb. 12 — ${parts.paragraphs[0]}`);
    for (const paragraph of parts.paragraphs.slice(1)) expect(text).toContain(`\n\n${paragraph}\n\n`);
    expect(text).not.toContain(parts.commentPrompt);
  });
});
