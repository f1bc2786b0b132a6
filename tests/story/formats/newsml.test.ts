import { describe, expect, it } from 'vitest';
import { storyNewsMl } from '../../../story/formats/newsml';
import { exportInput } from '../../../story/formats/types';
import { FIXED_OPTIONS, SAMPLE_FACTS, SAMPLE_SOURCES, richStory } from '../../helpers/exportSamples';
import { parseStrictXml } from '../../helpers/strictXml';
import { wireStory, wireStoryAvailable } from '../../helpers/wireStoryFixture';

const G2 = 'http://iptc.org/std/nar/2006-10-01/';
const XHTML = 'http://www.w3.org/1999/xhtml';

const parseStrict = parseStrictXml;

const children = (element: Element) => Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);
const names = (element: Element) => children(element).map((child) => child.localName);
const child = (element: Element, name: string) => children(element).find((node) => node.localName === name)!;

/** The order of the NewsML-G2 schema's sequences, for the elements we write. */
const ITEM_META_ORDER = ['itemClass', 'provider', 'versionCreated', 'firstCreated', 'embargoed', 'pubStatus', 'title', 'edNote', 'link'];
const CONTENT_META_ORDER = ['urgency', 'contentCreated', 'contentModified', 'located', 'creator', 'language', 'genre', 'keyword', 'subject', 'slugline', 'headline', 'dateline', 'by', 'description'];
const ITEM_ORDER = ['catalogRef', 'catalog', 'rightsInfo', 'itemMeta', 'contentMeta', 'contentSet'];

function expectInOrder(actual: string[], order: string[]) {
  const ranks = actual.map((name) => order.indexOf(name));
  expect(ranks.every((rank) => rank >= 0), `unexpected element in ${actual.join(', ')}`).toBe(true);
  expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
}

describe('NewsML-G2 export', () => {
  const stories = [richStory(), richStory({ embargo: '2026-11-27T06:00:00+01:00', urgency: null, status: 'killed', copyright: '', usageTerms: '' }), ...(wireStoryAvailable() ? [wireStory()] : [])];

  it('is well-formed XML in the G2 namespace, with the G2 structure in schema order', () => {
    for (const story of stories) {
      const doc = parseStrict(storyNewsMl(exportInput(story, { facts: SAMPLE_FACTS, sources: SAMPLE_SOURCES, options: FIXED_OPTIONS })));
      const item = doc.documentElement!;
      expect(item.localName).toBe('newsItem');
      expect(item.namespaceURI).toBe(G2);
      expect(item.getAttribute('standard')).toBe('NewsML-G2');
      expect(item.getAttribute('guid')).toBe(`urn:uuid:${story.id}`);
      expect(item.getAttribute('version')).toBe(String(story.version));
      expectInOrder(names(item), ITEM_ORDER);
      expectInOrder(names(child(item, 'itemMeta')), ITEM_META_ORDER);
      expectInOrder(names(child(item, 'contentMeta')), CONTENT_META_ORDER);
    }
  });

  it('carries the metadata in itemMeta and contentMeta', () => {
    const doc = parseStrict(storyNewsMl(exportInput(richStory(), { facts: SAMPLE_FACTS, sources: SAMPLE_SOURCES, options: FIXED_OPTIONS })));
    const meta = child(doc.documentElement!, 'contentMeta');
    const all = (name: string) => children(meta).filter((node) => node.localName === name);
    expect(child(meta, 'urgency').textContent).toBe('4');
    expect(child(child(meta, 'located'), 'name').textContent).toBe('Valmere');
    expect(all('creator').map((node) => node.textContent)).toEqual(['Ana Reyes']);
    expect(child(meta, 'language').getAttribute('tag')).toBe('en-GB');
    expect(child(meta, 'slugline').textContent).toBe('harbour-ferry');
    expect(all('headline').map((node) => [node.getAttribute('role'), node.textContent])).toEqual([
      ['cdhl:main', 'Harbour authority approves night ferry trial'],
      ['cdhl:sub', 'The six-month trial ends a two-year dispute with residents.'],
      ['cdhl:seo', 'Valmere night ferry trial approved'],
    ]);
    expect(child(meta, 'dateline').textContent).toBe('VALMERE, Nov. 26');
    expect(child(meta, 'by').textContent).toBe('By Ana Reyes');
    expect(child(meta, 'description').getAttribute('role')).toBe('drol:summary');
    expect(all('keyword').map((node) => node.textContent)).toEqual(['ferries', 'harbour']);
    expect(all('subject').map((node) => [node.getAttribute('type'), node.textContent])).toEqual([
      ['cpnat:abstract', 'Metro'],
      ['cpnat:person', 'Ines Okafor'],
      ['cpnat:organisation', 'Valmere Port Authority'],
      ['cpnat:geoArea', 'Valmere'],
    ]);
    const itemMeta = child(doc.documentElement!, 'itemMeta');
    expect(child(itemMeta, 'pubStatus').getAttribute('qcode')).toBe('stat:usable');
    expect(child(itemMeta, 'edNote').textContent).toBe('Fare figure to come.');
    const links = children(itemMeta).filter((node) => node.localName === 'link');
    expect(links.map((link) => link.getAttribute('rel'))).toEqual(['irel:seeAlso', 'irel:seeAlso', 'cdrel:factCheckReport']);
    expect(links[0]!.getAttribute('href')).toBe('https://example.org/dredging');
  });

  it('holds the body as inline XHTML, without editor\'s notes or fact ids', () => {
    const xml = storyNewsMl(exportInput(richStory(), { facts: SAMPLE_FACTS, options: FIXED_OPTIONS }));
    const doc = parseStrict(xml);
    const inline = child(child(doc.documentElement!, 'contentSet'), 'inlineXML');
    expect(inline.getAttribute('contenttype')).toBe('application/xhtml+xml');
    const html = child(inline, 'html');
    expect(html.namespaceURI).toBe(XHTML);
    const body = child(html, 'body');
    expect(body.getElementsByTagName('h2')[0]!.textContent).toBe('What the trial allows');
    expect(body.getElementsByTagName('li').length).toBeGreaterThanOrEqual(5);
    expect(xml).not.toContain('SECRET NOTE');
    expect(xml).not.toContain('data-fact-id');
  });

  it('the strict parser does refuse broken XML (the check is real)', () => {
    expect(() => parseStrict('<a><b></a>')).toThrow(/Not well-formed/);
    expect(() => parseStrict('<a>&nbsp;</a>')).toThrow(/Not well-formed/);
  });

  it('escapes hostile text and drops characters XML cannot hold', () => {
    const xml = storyNewsMl(exportInput(richStory({ headline: 'A <b>&</b> "B"\u0001', slug: 'a' }), { options: FIXED_OPTIONS }));
    const doc = parseStrict(xml);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('A <b>&</b> "B"');
  });
});
