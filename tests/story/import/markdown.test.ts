import { describe, expect, it } from 'vitest';
import { plainTextOf, type NodeJSON } from '../../../story/document';
import { importMarkdown, importMarkdownText } from '../../../story/import/markdown';
import { ImportError } from '../../../story/import/types';
import { assertValidDoc } from '../../../story/schema/schema';

const md = (text: string) => importMarkdownText(text, 'story.md');
const types = (nodes: NodeJSON[]) => nodes.map((node) => (node.type === 'heading' ? `h${node.attrs?.level}` : node.type));

describe('Markdown import', () => {
  it('maps front matter to story fields, validating each value', () => {
    const story = md(
      [
        '---',
        'title: Harbour ferry to run at night',
        'slug: harbour-ferry',
        'description: The council voted 7-2 for night crossings.',
        'authors: [Ana Reyes, Tomasz Wiśniewski]',
        'dateline: { place: VALMERE, date: 2025-02-12 }',
        'section: Metro',
        'tags: ferry, council',
        'lang: en_GB',
        'urgency: 3',
        'genre: news',
        'embargo: 2025-02-12T06:00:00Z',
        'status: editing',
        'copyright: © 2025 Valmere Post',
        'layout: post',
        '---',
        '',
        'The council voted on Tuesday.',
      ].join('\n'),
    );
    expect(story.fields).toMatchObject({
      headline: 'Harbour ferry to run at night',
      slug: 'harbour-ferry',
      dek: 'The council voted 7-2 for night crossings.',
      authors: ['Ana Reyes', 'Tomasz Wiśniewski'],
      dateline: { place: 'VALMERE', date: '2025-02-12' },
      section: 'Metro',
      keywords: ['ferry', 'council'],
      language: 'en-GB',
      urgency: 3,
      genre: 'news',
      embargo: '2025-02-12T06:00:00Z',
      status: 'editing',
      copyright: '© 2025 Valmere Post',
    });
    expect(story.needsHeadline).toBe(false);
    expect(story.leftOut).toEqual(['front matter field “layout”']);
    expect(story.warnings).toEqual([]);
  });

  it('turns bad front-matter values into warnings and keeps the rest', () => {
    const story = md('---\ntitle: Ferry\nslug: Harbour Ferry!\nurgency: 12\nlanguage: English please\nembargo: tomorrow\ndate: 12 February\nstatus: lost\n---\nText.');
    expect(story.fields.headline).toBe('Ferry');
    expect(story.fields.slug).toBe('harbour-ferry');
    expect(story.fields.urgency).toBeUndefined();
    expect(story.fields.language).toBeUndefined();
    expect(story.fields.embargo).toBeUndefined();
    expect(story.fields.dateline).toBeUndefined();
    expect(story.warnings.join('\n')).toMatch(/slug.*used “harbour-ferry”[\s\S]*urgency[\s\S]*language[\s\S]*embargo[\s\S]*date[\s\S]*status/);
  });

  it('says when the front matter is not YAML, and imports the text anyway', () => {
    const story = md('---\ntitle: [unclosed\n---\nBody text.');
    expect(story.warnings[0]).toMatch(/front matter is not valid YAML/);
    expect(plainTextOf(story.fields.body)).toBe('Body text.');
  });

  it('does not expand YAML alias bombs', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]', '---', 'Text.'].join('\n');
    const story = md(bomb);
    expect(story.warnings[0]).toMatch(/front matter/);
    expect(plainTextOf(story.fields.body)).toBe('Text.');
  });

  it('takes the first # heading as the headline without front matter, and maps the rest of the structure', () => {
    const story = md(
      [
        '# Harbour ferry to run at night',
        '',
        'The **council** voted on *Tuesday* to run the [ferry](https://example.com/ferry) at night.',
        '',
        '## Why it matters',
        '',
        '- ✔ Two crossings a night',
        '- ✔ Fares unchanged',
        '',
        '1. First',
        '2. Second',
        '',
        '#### Details',
        '',
        '> The harbour never sleeps.',
        '>',
        '> — Ines Okafor, harbour master',
        '',
        "> Editor's note: check the fare with the operator.",
        '',
        '---',
        '',
        'Line one  ',
        'line two and a TK.',
      ].join('\n'),
    );
    expect(story.fields.headline).toBe('Harbour ferry to run at night');
    const content = story.fields.body.content;
    assertValidDoc(story.fields.body);
    expect(types(content)).toEqual(['paragraph', 'h2', 'keyTakeaways', 'orderedList', 'h3', 'pullQuote', 'editorsNote', 'horizontalRule', 'paragraph']);
    const marks = (content[0]!.content ?? []).flatMap((node) => (node.marks ?? []).map((mark) => `${mark.type}:${node.text}`));
    expect(marks).toEqual(['bold:council', 'italic:Tuesday', 'link:ferry']);
    expect(plainTextOf({ type: 'doc', content: [content[5]!] })).toBe('The harbour never sleeps.\nInes Okafor, harbour master');
    expect(content[8]!.content?.some((node) => node.type === 'hardBreak')).toBe(true);
    expect(content[8]!.content?.some((node) => node.type === 'tk')).toBe(true);
  });

  it('keeps images with a web address as captioned links, leaves out the rest, and says so', () => {
    const story = md('Text ![Ferry at dusk](https://example.com/ferry.jpg) and ![local](ferry.png).\n\n<div onclick="x()">raw</div>');
    const link = story.fields.body.content[0]!.content?.find((node) => node.marks?.[0]?.type === 'link');
    expect(link).toMatchObject({ text: 'Ferry at dusk' });
    expect(story.warnings).toEqual(['1 image kept as a link with its caption.', '1 image without a web address left out.', '1 raw HTML block left out.']);
    expect(JSON.stringify(story.fields.body)).not.toContain('onclick');
  });

  it('gives emphasis inside emphasis one mark (found by the property test: "**!*0**")', () => {
    for (const source of ['**!*0**', '*a *b* c*', '**a **b** c**', '***x** y*']) {
      const body = md(source).fields.body;
      expect(() => assertValidDoc(body), source).not.toThrow();
    }
    expect(md('**!*0**').fields.body.content[0]!.content).toEqual([
      { type: 'text', text: '*' },
      { type: 'text', text: '!0', marks: [{ type: 'italic' }] },
    ]);
  });

  it('never links to javascript: or data: addresses', () => {
    const story = md('[a](javascript:alert(1)) [b](data:text/html,x) <javascript:alert(2)> [c](mailto:desk@example.com)');
    const hrefs = JSON.stringify(story.fields.body).match(/"href":"[^"]*"/g);
    expect(hrefs).toEqual(['"href":"mailto:desk@example.com"']);
  });

  it('keeps a trailing "Read next" list as related teasers with times and addresses', () => {
    const story = md('# Ferry\n\nText.\n\n## Read next\n\n- 06:00 [Rare earths scramble](https://example.com/r)\n- 05:09 Signal chat admission\n');
    expect(story.fields.related).toEqual([
      { headline: 'Rare earths scramble', time: '06:00', url: 'https://example.com/r' },
      { headline: 'Signal chat admission', time: '05:09' },
    ]);
    expect(types(story.fields.body.content)).toEqual(['paragraph', 'readNext']);
  });

  it('keeps tables and code as text, with a warning', () => {
    const story = md('| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nlet x = 1;\n```\n');
    expect(plainTextOf(story.fields.body)).toBe('a | b\n1 | 2\nlet x = 1;');
    expect(story.warnings).toEqual(['2 table rows kept as a line of text.', '1 code block kept as plain text.']);
  });

  it('bounds nesting: 10,000 nested quotes import without exhausting the stack', () => {
    const story = md(`${'>'.repeat(10_000)} deep`);
    expect(plainTextOf(story.fields.body)).toBe('deep');
    expect(story.warnings).toContain('The Markdown is nested too deeply to read; its text was imported as plain text.');
  });

  it('refuses an empty file by name', () => {
    expect(() => importMarkdown({ fileName: 'empty.md', bytes: new Uint8Array() })).toThrow(ImportError);
    expect(() => md('   \n')).toThrow(/story\.md: the file holds no text/);
  });
});
