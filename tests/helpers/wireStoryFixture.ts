/**
 * Builds a story from ../shared/fixtures/wire-story.txt, read in place (its text is
 * never copied into the project): subheads, ✔ takeaways, the "Read next" block with
 * its timed teasers and the comment prompt become what a journalist would have
 * made of them in the editor.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocJSON, NodeJSON } from '../../story/document';
import type { RelatedItem } from '../../story/model';
import type { ExportStory } from '../../story/formats/types';
import { blankStoryFields } from '../../story/model';

export const WIRE_STORY_PATH = path.resolve(__dirname, '../../../shared/fixtures/wire-story.txt');

export function wireStoryAvailable(): boolean {
  return fs.existsSync(WIRE_STORY_PATH);
}

export interface WireStoryParts {
  body: DocJSON;
  related: RelatedItem[];
  commentPrompt: string;
  /** Every paragraph line of the story, for assertions. */
  paragraphs: string[];
  subheads: string[];
  takeaways: string[];
}

const TIME = /^\d{1,2}:\d{2}$/;

function isSubhead(line: string, next: string | undefined): boolean {
  return line.length < 60 && !/[.!?:"”,;]$/.test(line) && !line.startsWith('✔') && next !== undefined && !TIME.test(line);
}

export function parseWireStory(text: string = fs.readFileSync(WIRE_STORY_PATH, 'utf8')): WireStoryParts {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim()).filter(Boolean);
  const content: NodeJSON[] = [];
  const related: RelatedItem[] = [];
  const parts: WireStoryParts = { body: { type: 'doc', content }, related, commentPrompt: '', paragraphs: [], subheads: [], takeaways: [] };
  let takeaways: NodeJSON | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('✔')) {
      const item = line.replace(/^✔\s*/, '');
      parts.takeaways.push(item);
      if (!takeaways) {
        takeaways = { type: 'keyTakeaways', content: [] };
        content.push(takeaways);
      }
      takeaways.content!.push({ type: 'takeaway', content: [{ type: 'text', text: item }] });
      continue;
    }
    takeaways = undefined;
    if (/^read next$/i.test(line)) {
      content.push({ type: 'readNext', attrs: { title: line } });
      while (i + 2 < lines.length && TIME.test(lines[i + 1]!)) {
        related.push({ time: lines[i + 1]!, headline: lines[i + 2]! });
        i += 2;
      }
      continue;
    }
    if (line.endsWith('?') && related.length > 0) {
      // The comment prompt and its button ("Leave the first comment") are page furniture.
      parts.commentPrompt = line;
      break;
    }
    if (isSubhead(line, lines[i + 1])) {
      parts.subheads.push(line);
      content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: line }] });
      continue;
    }
    parts.paragraphs.push(line);
    content.push({ type: 'paragraph', content: [{ type: 'text', text: line }] });
  }
  return parts;
}

/** Split the text node holding `phrase` so the phrase carries the given marks (facts, links, bold). */
export function markPhrase(doc: DocJSON, phrase: string, marks: NonNullable<NodeJSON['marks']>): void {
  const visit = (node: NodeJSON): boolean => {
    const children = node.content ?? [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'text' && child.text?.includes(phrase)) {
        const at = child.text.indexOf(phrase);
        const pieces: NodeJSON[] = [];
        if (at > 0) pieces.push({ ...child, text: child.text.slice(0, at) });
        pieces.push({ ...child, text: phrase, marks: [...(child.marks ?? []), ...marks] });
        if (at + phrase.length < child.text.length) pieces.push({ ...child, text: child.text.slice(at + phrase.length) });
        children.splice(i, 1, ...pieces);
        return true;
      }
      if (visit(child)) return true;
    }
    return false;
  };
  if (!visit(doc)) throw new Error(`"${phrase}" is not in the story`);
}

/** The wire story as an export would see it, with the fields a desk would have filled in. */
export function wireStory(overrides: Partial<ExportStory> = {}): ExportStory & { commentPrompt: string } {
  const parts = parseWireStory();
  return {
    ...blankStoryFields(parts.body),
    id: '6f1c3a52-8d4e-4b7a-9c21-0e5d7f3b9a10',
    slug: 'trump-peace-calls',
    headline: 'Trump says Putin and Zelensky both want peace after separate calls',
    headlineVariants: { seo: 'Trump: Putin and Zelensky want peace', social: '' },
    dek: 'Top U.S. officials are ordered to begin talks on ending the war in Ukraine.',
    authors: ['Ana Reyes', 'Tomasz Wiśniewski'],
    dateline: { place: 'Washington', date: '2025-02-12' },
    section: 'World',
    keywords: ['Ukraine', 'Russia', 'diplomacy'],
    language: 'en',
    urgency: 3,
    genre: 'news',
    editorsNote: 'Updates with Kremlin reaction.',
    copyright: '© 2025 Copydesk Wire',
    usageTerms: 'For subscribers only.',
    status: 'ready',
    related: parts.related,
    createdAt: '2025-02-12T20:15:00.000Z',
    updatedAt: '2025-02-12T22:40:00.000Z',
    version: 7,
    commentPrompt: parts.commentPrompt,
    ...overrides,
  };
}
