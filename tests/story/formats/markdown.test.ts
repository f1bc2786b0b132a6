import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { storyMarkdown } from '../../../story/formats/markdown';
import { exportInput } from '../../../story/formats/types';
import { FIXED_OPTIONS, richStory } from '../../helpers/exportSamples';
import { parseWireStory, wireStory, wireStoryAvailable } from '../../helpers/wireStoryFixture';

function split(markdown: string): { front: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown);
  expect(match).not.toBeNull();
  return { front: loadYaml(match![1]!) as Record<string, unknown>, body: match![2]! };
}

describe('Markdown export', () => {
  it('has YAML front matter with the story metadata, read back by a YAML parser', () => {
    const { front } = split(storyMarkdown(exportInput(richStory(), { options: FIXED_OPTIONS })));
    expect(front).toEqual({
      slug: 'harbour-ferry',
      headline: 'Harbour authority approves night ferry trial',
      seo_headline: 'Valmere night ferry trial approved',
      dek: 'The six-month trial ends a two-year dispute with residents.',
      byline: 'Ana Reyes',
      authors: ['Ana Reyes'],
      dateline: { place: 'Valmere', date: '2026-11-26' },
      section: 'Metro',
      keywords: ['ferries', 'harbour'],
      language: 'en-GB',
      genre: 'news',
      urgency: 4,
      status: 'ready',
      created: '2026-11-25T09:00:00.000Z',
      updated: '2026-11-26T05:30:00.000Z',
      copyright: '© 2026 Valmere Courier',
    });
  });

  it('keeps values that YAML would misread as what they are', () => {
    const { front } = split(storyMarkdown(exportInput(richStory({ headline: 'no', dek: 'Line one\nkey: value # not a comment', keywords: ['1.0', 'yes'] }), { options: FIXED_OPTIONS })));
    expect(front.headline).toBe('no');
    expect(front.dek).toBe('Line one\nkey: value # not a comment');
    expect(front.keywords).toEqual(['1.0', 'yes']);
  });

  it('writes the body structure: subheads, ✔ takeaways, pull quote, lists, links, TK, teasers', () => {
    const { body } = split(storyMarkdown(exportInput(richStory(), { options: FIXED_OPTIONS })));
    expect(body).toContain('The port authority of Valmere voted on Thursday to allow a **six-month trial** of night ferries, [the minutes show](<https://example.org/minutes>).');
    expect(body).toContain('\n## What the trial allows\n');
    expect(body).toContain('\n### Who voted\n');
    expect(body).toContain('- ✔ Two crossings a night\n- ✔ Engines under 60 decibels');
    expect(body).toContain('> We listened to the harbour.\n>\n> — Ines Okafor, harbour master');
    expect(body).toContain('The fare will be **TK** euros, *officials* said.');
    expect(body).toContain('1. Five members in favour\n2. Two against\n   - one abstained');
    expect(body).toContain('Evil link and [mail](<mailto:desk@example.org>)\\\nsecond line');
    expect(body).toContain('## Read next\n\n- **04:00** [Harbour dredging to start in spring](<https://example.org/dredging>)\n- **06:00** Ferry union backs trial');
    expect(body).not.toContain('javascript');
    expect(body).not.toContain('SECRET NOTE');
  });

  it('escapes text that Markdown would read as markup', () => {
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: '# not a heading *nor* [a link](x) <b>' }] }] };
    const { body: md } = split(storyMarkdown(exportInput(richStory({ body, related: [] }), { options: FIXED_OPTIONS })));
    expect(md.trim()).toBe('\\# not a heading \\*nor\\* \\[a link\\](x) \\<b\\>');
  });

  it.skipIf(!wireStoryAvailable())('keeps every paragraph, subhead and takeaway of the wire story', () => {
    const parts = parseWireStory();
    const { body } = split(storyMarkdown(exportInput(wireStory(), { options: FIXED_OPTIONS })));
    const blocks = body.trim().split('\n\n');
    for (const subhead of parts.subheads) expect(blocks).toContain(`## ${subhead}`);
    for (const takeaway of parts.takeaways) expect(body).toContain(`- ✔ ${takeaway}`);
    const paragraphs = blocks.filter((block) => !block.startsWith('#') && !block.startsWith('- '));
    expect(paragraphs).toHaveLength(parts.paragraphs.length);
  });
});
