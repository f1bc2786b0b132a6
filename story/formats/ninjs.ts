/**
 * IPTC ninjs 2.x (News in JSON): every property name lower case, as the standard
 * spells them. Validated in the tests against IPTC's own JSON Schemas.
 */
import { countWords, plainTextOf } from '../document';
import type { Fact, FactKind } from '../facts/model';
import type { StoryStatus } from '../model';
import { bylineOf } from '../model';
import { factReportUri } from './factReport';
import { headlineOf } from './storyText';
import type { ExportInput } from './types';
import { storyXhtmlBody } from './xhtmlBody';

export const NINJS_VERSION = '2.1';

interface NamedThing {
  name: string;
  literal?: string;
  rel?: string;
}

/** A story not (yet) for publication is withheld; a killed one is canceled. */
const PUBSTATUS: Readonly<Record<StoryStatus, 'usable' | 'withheld' | 'canceled'>> = {
  draft: 'withheld',
  editing: 'withheld',
  'fact-check': 'withheld',
  ready: 'usable',
  published: 'usable',
  killed: 'canceled',
};

export function storyNinjs(input: ExportInput): Record<string, unknown> {
  const { story, facts, related } = input;
  const plain = plainTextOf(story.body);
  const words = countWords(plain);
  const xhtml = storyXhtmlBody(input);
  const ninjs: Record<string, unknown> = {
    uri: `urn:uuid:${story.id}`,
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: `http://www.iptc.org/std/ninjs/ninjs-schema_${NINJS_VERSION}.json` },
    type: 'text',
    representationtype: 'full',
    version: String(story.version),
    firstcreated: story.createdAt,
    versioncreated: story.updatedAt,
    pubstatus: PUBSTATUS[story.status],
    language: story.language,
    headlines: [
      { role: 'main', value: headlineOf(story) },
      ...(story.dek.trim() ? [{ role: 'sub', value: story.dek.trim() }] : []),
      ...(story.headlineVariants.seo.trim() ? [{ role: 'seo', value: story.headlineVariants.seo.trim() }] : []),
      ...(story.headlineVariants.social.trim() ? [{ role: 'social', value: story.headlineVariants.social.trim() }] : []),
    ],
    bodies: [
      { role: 'richtext', contenttype: 'application/xhtml+xml', value: xhtml, wordcount: words, charcount: [...plain].length },
      { role: 'plaintext', contenttype: 'text/plain', value: plain, wordcount: words, charcount: [...plain].length },
    ],
  };
  if (story.urgency !== null) ninjs.urgency = story.urgency;
  if (story.embargo) ninjs.embargoed = story.embargo;
  if (story.dek.trim()) ninjs.descriptions = [{ role: 'summary', contenttype: 'text/plain', value: story.dek.trim() }];
  const by = bylineOf(story.authors);
  if (by) ninjs.by = by;
  if (story.slug) ninjs.slugline = story.slug;
  if (story.dateline.place.trim()) ninjs.located = story.dateline.place.trim();
  const subjects = [
    ...(story.section.trim() ? [{ name: story.section.trim(), literal: `section:${story.section.trim()}`, rel: 'section' }] : []),
    ...story.keywords.filter((k) => k.trim()).map((keyword) => ({ name: keyword.trim(), literal: keyword.trim(), rel: 'keyword' })),
  ];
  if (subjects.length > 0) ninjs.subjects = subjects;
  for (const [property, kind] of [['people', 'person'], ['organisations', 'organisation'], ['places', 'place']] as const) {
    const found = entitiesOf(facts, kind);
    if (found.length > 0) ninjs[property] = found;
  }
  if (story.genre.trim()) ninjs.genres = [{ name: story.genre.trim(), literal: story.genre.trim() }];
  if (related.length > 0) {
    ninjs.associations = related.map((teaser, index) => ({
      name: `read-next-${index + 1}`,
      uri: teaser.storyId ? `urn:uuid:${teaser.storyId}` : teaser.url && /^https?:\/\//i.test(teaser.url) ? teaser.url : `urn:uuid:${story.id}:read-next:${index + 1}`,
      type: 'text',
      representationtype: 'partial',
      headlines: [{ role: 'main', value: teaser.headline }],
      ...(teaser.time && /^\d{4}-\d{2}-\d{2}T/.test(teaser.time) ? { versioncreated: teaser.time } : {}),
    }));
  }
  if (story.editorsNote.trim()) ninjs.ednote = story.editorsNote.trim();
  if (story.copyright.trim()) ninjs.copyrightnotice = story.copyright.trim();
  if (story.usageTerms.trim()) ninjs.usageterms = story.usageTerms.trim();
  if (facts.length > 0) {
    const verified = facts.filter((fact) => fact.status === 'verified').length;
    ninjs.trustindicators = [
      {
        role: 'https://schema.org/ClaimReview',
        title: `Fact-check report: ${facts.length} ${facts.length === 1 ? 'fact' : 'facts'}, ${verified} verified`,
        href: factReportUri(story.id),
      },
    ];
  }
  return ninjs;
}

export function storyNinjsJson(input: ExportInput): string {
  return `${JSON.stringify(storyNinjs(input), null, 2)}\n`;
}

function entitiesOf(facts: readonly Fact[], kind: FactKind): NamedThing[] {
  const seen = new Set<string>();
  const out: NamedThing[] = [];
  for (const fact of facts) {
    const name = (fact.currentText ?? fact.text).trim();
    if (fact.kind !== kind || !name || fact.detached || fact.status === 'removed' || fact.status === 'false') continue;
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, literal: name, rel: 'mentioned' });
  }
  return out;
}
