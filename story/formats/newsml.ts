/**
 * NewsML-G2 NewsItem: the XML the agencies exchange. itemMeta (class, provider,
 * times, status, editor's note, links to "Read next" and the fact-check report),
 * contentMeta (urgency, located, creators, language, genre, keywords, subjects,
 * slugline, headlines with roles, dateline, by, description) and the body as
 * inline XHTML. Elements follow the order of the G2 schema.
 */
import type { Fact, FactKind } from '../facts/model';
import type { StoryStatus } from '../model';
import { bylineOf } from '../model';
import { escapeHtml } from './escape';
import { factReportUri } from './factReport';
import { headlineOf, wireDateline } from './storyText';
import type { ExportInput } from './types';
import { storyXhtmlBody } from './xhtmlBody';

const PUB_STATUS: Readonly<Record<StoryStatus, string>> = {
  draft: 'stat:withheld',
  editing: 'stat:withheld',
  'fact-check': 'stat:withheld',
  ready: 'stat:usable',
  published: 'stat:usable',
  killed: 'stat:canceled',
};

const ENTITY_TYPES: ReadonlyArray<[FactKind, string]> = [
  ['person', 'cpnat:person'],
  ['organisation', 'cpnat:organisation'],
  ['place', 'cpnat:geoArea'],
];

const x = escapeHtml;
const element = (name: string, text: string, attributes = ''): string => (text ? `<${name}${attributes}>${x(text)}</${name}>` : '');

export function storyNewsMl(input: ExportInput): string {
  const { story, facts, related } = input;
  const lang = story.language || 'en';
  const guid = `urn:uuid:${story.id}`;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${x(guid)}" version="${story.version}" standard="NewsML-G2" standardversion="2.33" conformance="power" xml:lang="${x(lang)}">`,
    '  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>',
    '  <catalog>',
    '    <scheme alias="cdhl" uri="urn:copydesk:cv:headline-role:"/>',
    '    <scheme alias="cdrel" uri="urn:copydesk:cv:link-relation:"/>',
    '  </catalog>',
  ];

  const rights = [element('copyrightNotice', story.copyright.trim()), element('usageTerms', story.usageTerms.trim())].filter(Boolean);
  if (rights.length > 0) lines.push('  <rightsInfo>', ...rights.map((r) => `    ${r}`), '  </rightsInfo>');

  lines.push(
    '  <itemMeta>',
    '    <itemClass qcode="ninat:text"/>',
    '    <provider literal="copydesk"/>',
    `    <versionCreated>${x(story.updatedAt)}</versionCreated>`,
    `    <firstCreated>${x(story.createdAt)}</firstCreated>`,
  );
  if (story.embargo) lines.push(`    <embargoed>${x(story.embargo)}</embargoed>`);
  lines.push(`    <pubStatus qcode="${PUB_STATUS[story.status]}"/>`);
  lines.push(`    ${element('title', headlineOf(story))}`);
  if (story.editorsNote.trim()) lines.push(`    ${element('edNote', story.editorsNote.trim())}`);
  related.forEach((teaser, index) => {
    const target = teaser.storyId
      ? `residref="urn:uuid:${x(teaser.storyId)}"`
      : teaser.url && /^https?:\/\//i.test(teaser.url)
        ? `href="${x(teaser.url)}"`
        : `residref="${x(`${guid}:read-next:${index + 1}`)}"`;
    lines.push(`    <link rel="irel:seeAlso" ${target} title="${x(teaser.headline)}"/>`);
  });
  if (facts.length > 0) lines.push(`    <link rel="cdrel:factCheckReport" residref="${x(factReportUri(story.id))}" contenttype="application/json" title="Fact-check report"/>`);
  lines.push('  </itemMeta>');

  lines.push('  <contentMeta>');
  if (story.urgency !== null) lines.push(`    <urgency>${story.urgency}</urgency>`);
  lines.push(`    <contentCreated>${x(story.createdAt)}</contentCreated>`, `    <contentModified>${x(story.updatedAt)}</contentModified>`);
  if (story.dateline.place.trim()) lines.push(`    <located type="cpnat:geoArea">${element('name', story.dateline.place.trim())}</located>`);
  story.authors
    .map((name) => name.trim())
    .filter(Boolean)
    .forEach((name) => lines.push(`    <creator type="cpnat:person">${element('name', name)}</creator>`));
  lines.push(`    <language tag="${x(lang)}"/>`);
  if (story.genre.trim()) lines.push(`    <genre>${element('name', story.genre.trim())}</genre>`);
  story.keywords
    .map((k) => k.trim())
    .filter(Boolean)
    .forEach((keyword) => lines.push(`    ${element('keyword', keyword)}`));
  if (story.section.trim()) lines.push(`    <subject type="cpnat:abstract" literal="${x(`section:${story.section.trim()}`)}">${element('name', story.section.trim())}</subject>`);
  for (const [kind, type] of ENTITY_TYPES) {
    entityNames(facts, kind).forEach((name) => lines.push(`    <subject type="${type}">${element('name', name)}</subject>`));
  }
  if (story.slug) lines.push(`    ${element('slugline', story.slug)}`);
  lines.push(`    ${element('headline', headlineOf(story), ' role="cdhl:main"')}`);
  if (story.dek.trim()) lines.push(`    ${element('headline', story.dek.trim(), ' role="cdhl:sub"')}`);
  if (story.headlineVariants.seo.trim()) lines.push(`    ${element('headline', story.headlineVariants.seo.trim(), ' role="cdhl:seo"')}`);
  if (story.headlineVariants.social.trim()) lines.push(`    ${element('headline', story.headlineVariants.social.trim(), ' role="cdhl:social"')}`);
  const dateline = wireDateline(story);
  if (dateline) lines.push(`    ${element('dateline', dateline)}`);
  const by = bylineOf(story.authors);
  if (by) lines.push(`    ${element('by', `By ${by}`)}`);
  if (story.dek.trim()) lines.push(`    ${element('description', story.dek.trim(), ' role="drol:summary"')}`);
  lines.push('  </contentMeta>');

  lines.push(
    '  <contentSet>',
    '    <inlineXML contenttype="application/xhtml+xml">',
    `      <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="${x(lang)}"><head><title>${x(headlineOf(story))}</title></head><body>${storyXhtmlBody(input)}</body></html>`,
    '    </inlineXML>',
    '  </contentSet>',
    '</newsItem>',
    '',
  );
  return lines.join('\n');
}

function entityNames(facts: readonly Fact[], kind: FactKind): string[] {
  const seen = new Map<string, string>();
  for (const fact of facts) {
    const name = (fact.currentText ?? fact.text).trim();
    if (fact.kind === kind && name && fact.status !== 'removed' && fact.status !== 'false' && !seen.has(name.toLocaleLowerCase())) seen.set(name.toLocaleLowerCase(), name);
  }
  return [...seen.values()];
}
