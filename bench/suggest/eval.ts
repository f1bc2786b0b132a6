/**
 * `npm run eval:suggest`: scores the suggesters.
 * - Entities (person, organisation, place) against the named mentions of GUM news, read in place.
 *   A suggestion matches a gold mention of its type when it covers the mention's head word
 *   (lenient), or has exactly its boundaries, with or without the title (strict).
 * - Quotes and speakers against the wire-style paragraphs of quoteSet.ts.
 * Prints a table and writes bench/results/suggest.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyseText } from '../../story/analysis/tokens';
import { findEntities, type EntityMention } from '../../story/analysis/entities';
import { suggestFacts } from '../../story/analysis/suggest';
import { gumDocumentNames, readGumDocument, type GoldKind, type GoldMention } from './gum';
import { FRESH_QUOTE_CASES, HELD_OUT_QUOTE_CASES, QUOTE_CASES, type QuoteCase } from './quoteSet';

const root = process.cwd();
const gumRoot = path.resolve(root, '..', 'shared', 'testdata', 'gum-news');

interface Score {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

const score = (gold: number, predicted: number, matchedGold: number, matchedPredicted = matchedGold): Score => {
  const precision = predicted === 0 ? 0 : matchedPredicted / predicted;
  const recall = gold === 0 ? 0 : matchedGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched: matchedGold, precision: round(precision), recall: round(recall), f1: round(f1) };
};
const round = (n: number) => Math.round(n * 1000) / 1000;

function matchEntities(gold: GoldMention[], predicted: EntityMention[], strict: boolean): { matchedGold: number; matchedPredicted: number } {
  const used = new Set<GoldMention>();
  let matchedPredicted = 0;
  for (const prediction of predicted) {
    const hit = gold.find(
      (g) =>
        !used.has(g) &&
        (strict
          ? (g.start === prediction.start || g.start === prediction.nameStart) && (g.end === prediction.end || g.end === prediction.nameEnd || g.end === prediction.end + 2 || g.end === prediction.end + 1)
          : prediction.start <= g.headStart && prediction.end >= g.headEnd - 2),
    );
    if (hit) {
      used.add(hit);
      matchedPredicted++;
    }
  }
  return { matchedGold: used.size, matchedPredicted };
}

function evaluateEntities() {
  if (!fs.existsSync(gumRoot)) return { skipped: `${gumRoot} is absent` };
  const kinds: GoldKind[] = ['person', 'organisation', 'place'];
  const totals = Object.fromEntries(kinds.flatMap((k) => [`${k}:lenient`, `${k}:strict`].map((key) => [key, { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0 }]))) as Record<
    string,
    { gold: number; predicted: number; matchedGold: number; matchedPredicted: number }
  >;
  const skipped: string[] = [];
  let documents = 0;
  for (const name of gumDocumentNames(gumRoot)) {
    const doc = readGumDocument(gumRoot, name);
    if ('skipped' in doc) {
      skipped.push(`${doc.name}: ${doc.skipped}`);
      continue;
    }
    documents++;
    const predicted = findEntities(analyseText(doc.text));
    for (const kind of kinds) {
      const gold = doc.mentions.filter((m) => m.kind === kind);
      const mine = predicted.filter((m) => m.kind === kind);
      for (const strict of [false, true]) {
        const total = totals[`${kind}:${strict ? 'strict' : 'lenient'}`]!;
        const { matchedGold, matchedPredicted } = matchEntities(gold, mine, strict);
        total.gold += gold.length;
        total.predicted += mine.length;
        total.matchedGold += matchedGold;
        total.matchedPredicted += matchedPredicted;
      }
    }
  }
  const result: Record<string, Score> = {};
  for (const [key, t] of Object.entries(totals)) result[key] = score(t.gold, t.predicted, t.matchedGold, t.matchedPredicted);
  return { documents, skipped, scores: result };
}

const normaliseQuote = (words: string) =>
  words
    .replace(/^[\s"“”‘’']+|[\s"“”‘’',.;:!?]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

function evaluateQuotes(cases: QuoteCase[]) {
  let expected = 0;
  let predicted = 0;
  let found = 0;
  let speakerRight = 0;
  const misses: string[] = [];
  for (const [index, item] of cases.entries()) {
    const quotes = suggestFacts(item.text, { kinds: ['quote'] });
    predicted += quotes.length;
    expected += item.quotes.length;
    for (const want of item.quotes) {
      const got = quotes.find((q) => normaliseQuote(q.text) === normaliseQuote(want.words));
      if (!got) {
        misses.push(`#${index + 1} quote not found: ${want.words}`);
        continue;
      }
      found++;
      const resolved = got.speaker?.resolved ?? '';
      if (resolved.toLowerCase() === want.speaker.toLowerCase()) speakerRight++;
      else misses.push(`#${index + 1} speaker of "${want.words.slice(0, 40)}": got "${resolved}" (as written "${got.speaker?.asWritten ?? ''}"), want "${want.speaker}"`);
    }
  }
  return {
    cases: cases.length,
    expected,
    predicted,
    found,
    recall: round(found / expected),
    precision: round(predicted === 0 ? 0 : found / predicted),
    speakerAccuracy: round(found === 0 ? 0 : speakerRight / found),
    misses,
  };
}

const started = performance.now();
const entities = evaluateEntities();
const quotes = evaluateQuotes(QUOTE_CASES);
const heldOut = evaluateQuotes(HELD_OUT_QUOTE_CASES);
const fresh = evaluateQuotes(FRESH_QUOTE_CASES);
const results = { at: new Date().toISOString(), entities, quotes, heldOutQuotes: heldOut, freshQuotes: fresh, seconds: round((performance.now() - started) / 1000) };

console.log('\nQuotes (wire-style paragraphs written for this evaluation)');
console.table([{ cases: quotes.cases, expected: quotes.expected, found: quotes.found, recall: quotes.recall, precision: quotes.precision, 'speaker accuracy': quotes.speakerAccuracy }]);
if (quotes.misses.length > 0) console.log(quotes.misses.map((m) => `  ${m}`).join('\n'));
for (const [title, set] of [
  ['Quotes, held out (written after tuning; its two misses led to the appositive-name rule)', heldOut],
  ['Quotes, second held-out set (written after that change, never tuned on)', fresh],
] as const) {
  console.log(`\n${title}`);
  console.table([{ cases: set.cases, expected: set.expected, found: set.found, recall: set.recall, precision: set.precision, 'speaker accuracy': set.speakerAccuracy }]);
  if (set.misses.length > 0) console.log(set.misses.map((m) => `  ${m}`).join('\n'));
}
if ('scores' in entities && entities.scores) {
  console.log(`\nEntities against GUM news named mentions (${entities.documents} documents)`);
  console.table(Object.fromEntries(Object.entries(entities.scores).map(([key, s]) => [key, { gold: s.gold, predicted: s.predicted, precision: s.precision, recall: s.recall, f1: s.f1 }])));
  if (entities.skipped.length > 0) console.log(`skipped: ${entities.skipped.join('; ')}`);
} else {
  console.log(`\nEntities: skipped (${(entities as { skipped: string }).skipped})`);
}
const out = path.join(root, 'bench', 'results', 'suggest.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${path.relative(root, out)}`);
