import { describe, expect, it } from 'vitest';
import { mayBeWebPage } from '../../../../../renderer/panes/editor/extensions/pasteImport';

const LONG = Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i} of a copied news article about the harbour ferry and its night trial.</p>`).join('');

describe('which pastes go to the article reader', () => {
  it('a copied web page with enough text does', () => {
    expect(mayBeWebPage(`<html><body><nav>Home</nav><article>${LONG}</article></body></html>`)).toBe(true);
  });

  it('Word and Google Docs clipboards, short snippets and empty pastes do not', () => {
    expect(mayBeWebPage(`<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>${LONG}</body></html>`)).toBe(false);
    expect(mayBeWebPage(`<p class=MsoNormal>${LONG}</p>`)).toBe(false);
    expect(mayBeWebPage(`<b id="docs-internal-guid-1234">${LONG}</b>`)).toBe(false);
    expect(mayBeWebPage('<p>The council <b>voted</b>.</p>')).toBe(false);
    expect(mayBeWebPage(`<script>${'x'.repeat(5000)}</script><p>short</p>`)).toBe(false);
    expect(mayBeWebPage('   ')).toBe(false);
  });
});
