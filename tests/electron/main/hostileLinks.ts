/**
 * Addresses a page (or a pasted link) may try to follow or open, and what Copydesk must do
 * with each: hand it to the OS (web and mail links only) or refuse it. Schemes that run code
 * or reach local files and programs, look-alike hosts, mixed case, leading whitespace, NUL
 * and other control characters, credentials, over-long addresses.
 */
export type LinkDecision = 'deny' | 'open-external';

export const HOSTILE_LINKS: ReadonlyArray<[string, LinkDecision]> = [
  // Web and mail links open in the user's own browser or mail client.
  ['https://www.reuters.com/world/', 'open-external'],
  ['http://example.com/a?b=c#d', 'open-external'],
  ['mailto:desk@example.com', 'open-external'],
  ['HTTPS://EXAMPLE.COM/', 'open-external'],
  ['HtTp://Example.com/', 'open-external'],
  ['MAILTO:desk@example.com?subject=Ferry', 'open-external'],
  ['https://xn--exmple-cua.com/', 'open-external'],
  ['https://copydesk.evil.test/', 'open-external'],
  // Script and document schemes, however written.
  ['javascript:alert(1)', 'deny'],
  ['JavaScript:alert(1)', 'deny'],
  ['JAVASCRIPT:alert(1)', 'deny'],
  [' javascript:alert(1)', 'deny'],
  ['\u0000javascript:alert(1)', 'deny'],
  ['\tjavascript:alert(1)', 'deny'],
  ['java\tscript:alert(1)', 'deny'],
  ['java\nscript:alert(1)', 'deny'],
  ['jav&#x61;script:alert(1)', 'deny'],
  ['vbscript:msgbox(1)', 'deny'],
  ['VBScript:msgbox(1)', 'deny'],
  ['data:text/html,<script>alert(1)</script>', 'deny'],
  ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'deny'],
  ['data:image/svg+xml,<svg onload=alert(1)>', 'deny'],
  ['blob:https://example.com/6b0f1c1e-0000-4000-8000-000000000000', 'deny'],
  ['view-source:https://example.com/', 'deny'],
  // Local files, shares and programs.
  ['file:///etc/passwd', 'deny'],
  ['FILE:///C:/Windows/System32/calc.exe', 'deny'],
  ['file://server/share/doc.docx', 'deny'],
  ['smb://server/share', 'deny'],
  ['\\\\server\\share\\doc.docx', 'deny'],
  ['ms-msdt:/id PCWDiagnostic', 'deny'],
  ['ms-settings:privacy', 'deny'],
  ['search-ms:query=invoice', 'deny'],
  ['tel:+441234567890', 'deny'],
  ['ftp://example.com/file', 'deny'],
  ['ws://example.com/socket', 'deny'],
  ['chrome://settings', 'deny'],
  ['devtools://devtools/bundled/inspector.html', 'deny'],
  ['about:blank', 'deny'],
  ['app://copydesk/index.html', 'deny'],
  // Web addresses dressed up: whitespace, controls, credentials, no host, too long.
  [' https://example.com/', 'deny'],
  ['\u0000https://example.com/', 'deny'],
  ['https://example.com/\n', 'deny'],
  ['https://exa\u0000mple.com/', 'deny'],
  ['https://example.com/\u007f', 'deny'],
  ['https://example.com/\u2028', 'deny'],
  ['\u202ehttps://example.com/', 'deny'],
  ['https://user:pass@example.com/', 'deny'],
  ['https://example.com@evil.test/', 'deny'],
  ['https:', 'deny'],
  ['https://', 'deny'],
  ['//example.com', 'deny'],
  ['example.com', 'deny'],
  ['', 'deny'],
  [`https://example.com/${'a'.repeat(9000)}`, 'deny'],
];

/** Addresses that look like the app's own (app://copydesk/) and are not. */
export const APP_LOOKALIKES: readonly string[] = [
  'APP://COPYDESK/index.html',
  'app://copydesk.evil.test/',
  'app://copydesk./',
  'app://evil-copydesk/',
  'app://copydesk:8080/',
  'app://x@copydesk/',
  'app://copydesk@evil.test/',
  'app://evil.test/#@copydesk',
  'app://c%6fpydesk/',
  'app:copydesk/index.html',
  'app:///copydesk/index.html',
  'apps://copydesk/',
  'https://copydesk/',
  'http://127.0.0.1:3000/',
  'file:///app/index.html',
  'javascript:alert(1)',
  'data:text/html,hi',
  'about:blank',
  'about:srcdoc',
];
