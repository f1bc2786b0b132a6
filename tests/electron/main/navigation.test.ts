import { describe, expect, it } from 'vitest';
import { decideLink, isNavigationAllowed } from '../../../electron/main/navigation';

describe('links the renderer tries to open', () => {
  const table: Array<[string, 'deny' | 'open-external']> = [
    ['https://www.reuters.com/world/', 'open-external'],
    ['http://example.com/a?b=c#d', 'open-external'],
    ['mailto:desk@example.com', 'open-external'],
    ['HTTPS://EXAMPLE.COM/', 'open-external'],
    ['javascript:alert(1)', 'deny'],
    ['JavaScript:alert(1)', 'deny'],
    [' javascript:alert(1)', 'deny'],
    ['\u0000javascript:alert(1)', 'deny'],
    ['java\tscript:alert(1)', 'deny'],
    [' https://example.com/', 'deny'],
    ['https://example.com/\n', 'deny'],
    ['data:text/html,<script>alert(1)</script>', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['vbscript:msgbox(1)', 'deny'],
    ['app://copydesk/index.html', 'deny'],
    ['chrome://settings', 'deny'],
    ['about:blank', 'deny'],
    ['smb://server/share', 'deny'],
    ['ms-msdt:/id', 'deny'],
    ['https://user:pass@example.com/', 'deny'],
    ['https:', 'deny'],
    ['//example.com', 'deny'],
    ['', 'deny'],
    [`https://example.com/${'a'.repeat(9000)}`, 'deny'],
  ];
  for (const [url, decision] of table) {
    it(`${JSON.stringify(url).slice(0, 50)} → ${decision}`, () => expect(decideLink(url)).toBe(decision));
  }
});

describe('in-window navigation', () => {
  const table: Array<[string, boolean]> = [
    ['app://copydesk/index.html', true],
    ['app://copydesk/', true],
    // Chromium lowercases a standard scheme's host before we see it; anything else is not ours.
    ['APP://COPYDESK/index.html', false],
    ['app://copydesk.evil.test/', false],
    ['app://evil-copydesk/', false],
    ['app://copydesk:8080/', false],
    ['app://x@copydesk/', false],
    ['https://copydesk/', false],
    ['http://127.0.0.1:3000/', false],
    ['file:///app/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['about:blank', false],
  ];
  for (const [url, allowed] of table) {
    it(`${url} → ${allowed ? 'allowed' : 'blocked'}`, () => expect(isNavigationAllowed(url)).toBe(allowed));
  }
});
