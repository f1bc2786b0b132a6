import type { Page } from '@playwright/test';
import type { DocJSON, NodeJSON } from '../../story/document';
import { callApi } from './editorHelpers';
import { expect } from './fixtures';

/**
 * Select `words` in the story body (the `nth` time they occur) as a mouse drag would, and wait
 * until the editor has taken the selection (the status bar counts it).
 */
export async function selectWords(page: Page, words: string, nth = 0): Promise<void> {
  const found = await page.evaluate(
    ({ words, nth }) => {
      // The body's text nodes end to end, so that words may run across marks (a tagged span inside a sentence).
      const body = document.querySelector<HTMLElement>('.story-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const nodes: Array<{ node: Text; start: number }> = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: text.length });
        text += node.textContent;
      }
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
      if (at < 0) return false;
      const point = (offset: number, end: boolean) => {
        const hit = nodes.findLast((n) => (end ? n.start < offset : n.start <= offset))!;
        return [hit.node, offset - hit.start] as const;
      };
      const range = document.createRange();
      range.setStart(...point(at, false));
      range.setEnd(...point(at + words.length, true));
      body.focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    },
    { words, nth },
  );
  expect(found, `“${words}” is in the story`).toBe(true);
  await expect(page.locator('.selection-stats')).toContainText(`${words.length} character`);
}

/** Put the cursor at the very start of the story body. */
export async function cursorAtStart(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.story-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode()!;
    body.focus();
    getSelection()!.collapse(first, 0);
  });
  await expect(page.locator('.selection-stats')).toHaveCount(0);
}

/** The words of the fact marks in the story, in order. */
export function markedWords(page: Page) {
  return page.getByRole('textbox', { name: 'Story body' }).locator('span[data-fact-id]');
}

const text = (value: string, factId?: string): NodeJSON => ({ type: 'text', text: value, ...(factId ? { marks: [{ type: 'fact', attrs: { factId } }] } : {}) });

/**
 * A story whose body has fact marks, made through the API as the editor would leave it: the story,
 * then the facts, then the body with each fact's words marked. `paragraphs` use [[words]] for a fact.
 */
export async function storyWithFacts(
  page: Page,
  story: Record<string, unknown>,
  paragraphs: string[],
  facts: Array<{ kind: string; attribution?: string; status?: string }>,
): Promise<{ id: string; factIds: string[] }> {
  const created = await callApi<{ id: string; version: number }>(page, 'createStory', story);
  const tagged = paragraphs.flatMap((p) => [...p.matchAll(/\[\[(.+?)\]\]/g)].map((m) => m[1]!));
  const factIds: string[] = [];
  for (const [index, words] of tagged.entries()) {
    const spec = facts[index]!;
    const fact = await callApi<{ id: string }>(page, 'createFact', { storyId: created.id, kind: spec.kind, text: words, ...(spec.attribution ? { attribution: spec.attribution } : {}) });
    if (spec.status) await callApi(page, 'updateFact', { factId: fact.id, status: spec.status });
    factIds.push(fact.id);
  }
  let next = 0;
  const body: DocJSON = {
    type: 'doc',
    content: paragraphs.map((p) => ({
      type: 'paragraph',
      content: p
        .split(/(\[\[.+?\]\])/)
        .filter(Boolean)
        .map((piece) => (piece.startsWith('[[') ? text(piece.slice(2, -2), factIds[next++]) : text(piece))),
    })),
  };
  await callApi(page, 'saveStory', { id: created.id, baseVersion: created.version, changes: { body } });
  return { id: created.id, factIds };
}
