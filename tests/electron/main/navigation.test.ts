import { describe, expect, it } from 'vitest';
import { decideLink, isNavigationAllowed } from '../../../electron/main/navigation';
import { APP_LOOKALIKES, HOSTILE_LINKS } from './hostileLinks';

const label = (url: string) => JSON.stringify(url).slice(0, 60);

describe('links the renderer tries to open', () => {
  it(`covers at least 40 addresses (${HOSTILE_LINKS.length})`, () => expect(HOSTILE_LINKS.length).toBeGreaterThanOrEqual(40));
  for (const [url, decision] of HOSTILE_LINKS) {
    it(`${label(url)} → ${decision}`, () => expect(decideLink(url)).toBe(decision));
  }
});

describe('in-window navigation', () => {
  for (const url of ['app://copydesk/index.html', 'app://copydesk/', 'app://copydesk/assets/index.js']) {
    it(`${url} → allowed`, () => expect(isNavigationAllowed(url)).toBe(true));
  }
  // Chromium lowercases a standard scheme's host before we see it; anything else is not ours.
  for (const url of [...APP_LOOKALIKES, ...HOSTILE_LINKS.map(([link]) => link).filter((link) => link !== 'app://copydesk/index.html')]) {
    it(`${label(url)} → blocked`, () => expect(isNavigationAllowed(url)).toBe(false));
  }
});
