/**
 * A saved news page of about `bytes` (default 1 MB): navigation, scripts and styles
 * around an article of 150 paragraphs, as a browser's "Save page" gives. Made up here, so
 * benchmarks and tests need no downloaded pages; `n` varies the headline and text.
 */
export function largeWebPage(n: number, bytes = 1024 * 1024): string {
  const chrome = `<nav>${'<a href="/section">Section</a> '.repeat(200)}</nav><script>${'var tracking = {"id": 1};'.repeat(400)}</script><style>${'.c{color:red}'.repeat(500)}</style>`;
  const article = Array.from(
    { length: 150 },
    (_, p) => `<p>Paragraph ${p} of report ${n}: the council voted on <b>Tuesday</b> to run the <a href="https://example.com/f${n}">harbour ferry</a> at night, ending a dispute over costs.</p>`,
  ).join('');
  const footers: string[] = [];
  const page = () => `<!doctype html><html><head><title>Ferry vote ${n}</title></head><body><header>${chrome}</header><article><h1>Ferry vote ${n}</h1>${article}</article><aside>${chrome}</aside>${footers.join('')}</body></html>`;
  while (page().length < bytes) footers.push(`<footer>${chrome}</footer>`);
  return page();
}
