import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../../../electron/api/methods/stories';
import { authorsFromText, slugify } from '../../../../renderer/panes/editor/headerText';
import { normaliseHref } from '../../../../renderer/panes/editor/linkHref';

describe('the fields above the body', () => {
  it('makes a slug the library accepts from whatever is typed', () => {
    for (const [typed, slug] of [
      ['Harbour Ferry', 'harbour-ferry'],
      ['harbour-', 'harbour'],
      ['  Wiśniewski: Night  trial! ', 'wisniewski-night-trial'],
      ['---', ''],
    ] as const) {
      expect(slugify(typed)).toBe(slug);
      expect(slug === '' || SLUG_PATTERN.test(slugify(typed))).toBe(true);
    }
    expect(slugify('a'.repeat(79) + ' b').length).toBeLessThanOrEqual(80);
    expect(SLUG_PATTERN.test(slugify('a'.repeat(79) + ' b'))).toBe(true);
  });

  it('reads the byline as a list of authors', () => {
    expect(authorsFromText('Ana Reyes, Tomasz Wiśniewski;  ,')).toEqual(['Ana Reyes', 'Tomasz Wiśniewski']);
  });
});

describe('link targets', () => {
  it('accepts web and email addresses, completing bare ones', () => {
    expect(normaliseHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(normaliseHref('example.org/page')).toBe('https://example.org/page');
    expect(normaliseHref('desk@example.org')).toBe('mailto:desk@example.org');
    expect(normaliseHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it('refuses every other scheme and non-addresses', () => {
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.org', 'vbscript:x', 'not a link', '']) {
      expect(normaliseHref(bad)).toBeUndefined();
    }
  });
});
