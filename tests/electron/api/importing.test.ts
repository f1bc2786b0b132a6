import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainTextOf, type DocJSON } from '../../../story/document';
import type { ImportedStory } from '../../../story/import/types';
import { activeContentIn, renderedHtml } from '../../helpers/importedHtml';
import { openTestCore } from '../../helpers/testCore';

let core: ReturnType<typeof openTestCore>;
beforeAll(() => {
  core = openTestCore();
});
afterAll(() => core.dispose());

const ARTICLE = Array.from({ length: 16 }, (_, index) => `<p>Paragraph ${index}: the council voted on Tuesday to run the harbour ferry at night, ending a dispute over costs that had lasted two years.</p>`).join('');

describe('importPastedHtml', () => {
  it('leaves a pasted snippet to the editor’s own paste (null), without touching the library', async () => {
    const before = await core.dispatch('listStories', {});
    const response = await core.dispatch('importPastedHtml', { html: '<p onclick="alert(1)">The <b>council</b> voted. <a href="javascript:alert(2)">More</a><script>alert(3)</script></p>' });
    expect(response).toEqual({ ok: true, value: null });
    expect(await core.dispatch('listStories', {})).toEqual(before);
  });

  it('sanitizes the article of a pasted page', async () => {
    const page = `<html><body><article><h1>Ferry vote</h1><p onclick="alert(1)">Opening <a href="javascript:alert(2)">link</a><script>alert(3)</script></p>${ARTICLE}</article></body></html>`;
    const response = await core.dispatch('importPastedHtml', { html: page });
    expect(response.ok).toBe(true);
    if (!response.ok || !response.value) throw new Error('expected an article');
    const story = response.value as ImportedStory;
    expect(plainTextOf(story.fields.body)).toContain('Opening link');
    expect(activeContentIn(renderedHtml(story.fields.body as DocJSON))).toEqual([]);
  });

  it('finds the article in a whole pasted page and returns its title and byline', async () => {
    const page = `<html><head><title>Ferry vote</title><meta name="author" content="Ana Reyes"></head><body><nav><a href="/">Home</a> <a href="/metro">Metro</a></nav><article><h1>Ferry vote</h1>${ARTICLE}</article><footer>Leave a comment</footer></body></html>`;
    const response = await core.dispatch('importPastedHtml', { html: page });
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const story = response.value as ImportedStory;
    expect(story.fields.headline).toBe('Ferry vote');
    expect(story.fields.authors).toEqual(['Ana Reyes']);
    expect(plainTextOf(story.fields.body)).not.toContain('Home');
  });

  it('answers a paste with no text with a clear error', async () => {
    const response = await core.dispatch('importPastedHtml', { html: '<script>alert(1)</script><img src="x">' });
    expect(response).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Pasted text: no readable text was found in the page.' } });
  });
});
