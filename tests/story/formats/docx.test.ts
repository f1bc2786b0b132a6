import mammoth from 'mammoth';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storyDocx } from '../../../story/formats/docx';
import { exportInput } from '../../../story/formats/types';
import { FIXED_OPTIONS, richStory } from '../../helpers/exportSamples';
import { parseWireStory, wireStory, wireStoryAvailable } from '../../helpers/wireStoryFixture';
import { parseStrictXml } from '../../helpers/strictXml';

/** How an importer would read our styles back (mammoth maps Word styles to HTML). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.headline:fresh",
  "p[style-name='Subtitle'] => p.dek:fresh",
  "p[style-name='Byline'] => p.byline:fresh",
  "p[style-name='Dateline'] => p.dateline:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Quote Attribution'] => p.attribution:fresh",
  "p[style-name='Teaser'] => p.teaser:fresh",
];

async function reopen(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  const html = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP });
  const text = await mammoth.extractRawText({ buffer });
  return { html: html.value, messages: html.messages, text: text.value };
}

describe('DOCX export', () => {
  it('reopens with mammoth: styled headline, dek, byline, dateline; Word headings, lists, quote, links', async () => {
    const { html, messages } = await reopen(await storyDocx(exportInput(richStory(), { options: FIXED_OPTIONS })));
    expect(messages.filter((message) => message.type === 'warning')).toEqual([]);
    expect(html).toContain('<h1 class="headline">Harbour authority approves night ferry trial</h1>');
    expect(html).toContain('<p class="dek">The six-month trial ends a two-year dispute with residents.</p>');
    expect(html).toContain('<p class="byline">By Ana Reyes</p>');
    expect(html).toContain('<p class="dateline">Valmere, 26 November 2026</p>');
    expect(html).toContain('<p><strong>VALMERE — </strong>The port authority of Valmere voted on Thursday to allow a <strong>six-month trial</strong> of night ferries, <a href="https://example.org/minutes">the minutes show</a>.</p>');
    expect(html).toContain('<h2>What the trial allows</h2>');
    expect(html).toContain('<h3>Who voted</h3>');
    expect(html).toContain('<ul><li>Two crossings a night</li><li>Engines under 60 decibels</li></ul>');
    expect(html).toContain('<blockquote><p>We listened to the harbour.</p></blockquote><p class="attribution">— Ines Okafor, harbour master</p>');
    expect(html).toContain('<ol><li>Five members in favour</li><li>Two against<ul><li>one abstained</li></ul></li></ol>');
    expect(html).toContain('<em>officials</em>');
    expect(html).toContain('<a href="mailto:desk@example.org">mail</a><br />second line');
    expect(html).toContain('<h2>Read next</h2><p class="teaser"><strong>04:00  </strong><a href="https://example.org/dredging">Harbour dredging to start in spring</a></p>');
    expect(html).not.toMatch(/SECRET NOTE|javascript|fare from operator/);
  });

  it('highlights TKs and uses a check mark for key takeaways', async () => {
    const files = unzipSync(await storyDocx(exportInput(richStory(), { options: FIXED_OPTIONS })));
    const document = strFromU8(files['word/document.xml']!);
    const numbering = strFromU8(files['word/numbering.xml']!);
    parseStrictXml(document);
    expect(document).toMatch(/<w:highlight w:val="yellow"\/>.*?<w:t[^>]*>TK<\/w:t>/s);
    expect(numbering).toContain('w:val="✔"');
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Harbour authority approves night ferry trial</dc:title>');
    expect(core).toContain('<dc:creator>Ana Reyes</dc:creator>');
  });

  it.skipIf(!wireStoryAvailable())('keeps the text of the wire story', async () => {
    const parts = parseWireStory();
    const { text, html } = await reopen(await storyDocx(exportInput(wireStory(), { options: FIXED_OPTIONS })));
    for (const paragraph of parts.paragraphs.slice(1)) expect(text).toContain(paragraph);
    for (const subhead of parts.subheads) expect(html).toContain(`<h2>${subhead}</h2>`);
    expect(html.match(/<li>/g)).toHaveLength(parts.takeaways.length);
  });
});
