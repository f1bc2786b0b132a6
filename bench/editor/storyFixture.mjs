// A long news story for the editor benchmark: ~20,000 words of our own invented copy, with
// every block and mark of the news schema (subheads, lists, key takeaways, pull quotes,
// editor's notes, read next, TK, links, bold, italic and fact marks); and the same text
// as a bare StarterKit document (the baseline).
import { seededRandom } from '../seededRandom.mjs';

const WORDS = (
  'harbour council ferry night trial residents operator fares engines crossing authority vote budget ' +
  'mayor statement plan river path lighting bridge consultation spring tender timetable service route ' +
  'noise complaint survey figures percent months weekly officials agreed disputed inspector report ' +
  'district station passengers capacity schedule contract review committee minutes evidence source'
).split(' ');

const text = (value, marks) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });

/** The story body (ProseMirror JSON of the news schema) with about `targetWords` words. */
export function longStory(targetWords = 20_000, seed = 7) {
  const next = seededRandom(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const sentence = (n) => {
    const words = Array.from({ length: n }, pick);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const content = [];
  let words = 0;
  let paragraph = 0;
  let facts = 0;
  while (words < targetWords) {
    paragraph += 1;
    if (paragraph % 12 === 0) {
      content.push({ type: 'heading', attrs: { level: paragraph % 24 === 0 ? 3 : 2 }, content: [text(sentence(4).slice(0, -1))] });
      words += 4;
    }
    if (paragraph % 40 === 5) {
      content.push({ type: 'keyTakeaways', content: [0, 1, 2].map(() => ({ type: 'takeaway', content: [text(sentence(8))] })) });
      words += 24;
    }
    if (paragraph % 40 === 20) {
      content.push({
        type: 'pullQuote',
        content: [
          { type: 'pullQuoteText', content: [text(sentence(14))] },
          { type: 'pullQuoteAttribution', content: [text('Ines Okafor, harbour master')] },
        ],
      });
      words += 18;
    }
    if (paragraph % 60 === 30) {
      content.push({ type: 'editorsNote', content: [{ type: 'paragraph', content: [text(sentence(10))] }] });
      words += 10;
    }
    if (paragraph % 50 === 25) {
      content.push({ type: 'bulletList', content: [0, 1].map(() => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(sentence(7))] }] })) });
      words += 14;
    }
    const inline = [];
    const sentences = 3 + Math.floor(next() * 3);
    for (let s = 0; s < sentences; s += 1) {
      const n = 10 + Math.floor(next() * 8);
      const value = `${sentence(n)} `;
      if (s === 1) {
        facts += 1;
        inline.push(text(value, [{ type: 'fact', attrs: { factId: `fact-${facts}` } }]));
      } else if (s === 2 && paragraph % 3 === 0) {
        inline.push(text(value, [{ type: 'bold' }]));
      } else if (s === 3 && paragraph % 4 === 0) {
        inline.push(text(value, [{ type: 'link', attrs: { href: `https://example.org/${paragraph}` } }]));
      } else {
        inline.push(text(value, paragraph % 5 === 0 && s === 0 ? [{ type: 'italic' }] : undefined));
      }
      words += n;
    }
    if (paragraph % 20 === 7) inline.push({ type: 'tk' }, text(' to come.'));
    content.push({ type: 'paragraph', content: inline });
  }
  content.push({ type: 'readNext' });
  return { type: 'doc', content };
}

/**
 * The same text in the nodes and marks StarterKit has: special blocks become paragraphs and lists,
 * facts go (`keepFacts`: their marks stay, for a bare editor that has the fact mark).
 */
export function bareStory(doc, { keepFacts = false } = {}) {
  const inline = (nodes) =>
    nodes.map((node) => {
      if (node.type === 'tk') return text('TK');
      const marks = (node.marks ?? []).filter((mark) => keepFacts || mark.type !== 'fact');
      return marks.length ? { ...node, marks } : text(node.text);
    });
  const blocks = [];
  for (const node of doc.content) {
    if (node.type === 'keyTakeaways') {
      blocks.push({ type: 'bulletList', content: node.content.map((t) => ({ type: 'listItem', content: [{ type: 'paragraph', content: inline(t.content) }] })) });
    } else if (node.type === 'pullQuote' || node.type === 'editorsNote') {
      for (const part of node.content) blocks.push({ type: 'paragraph', content: inline(part.content[0]?.type === 'paragraph' ? part.content[0].content : part.content) });
    } else if (node.type === 'readNext') {
      continue;
    } else if (node.type === 'paragraph' || node.type === 'heading') {
      blocks.push({ ...node, content: inline(node.content) });
    } else {
      blocks.push(node);
    }
  }
  return { type: 'doc', content: blocks };
}
