/**
 * The stylesheet embedded in every HTML export (no external requests, no fonts to
 * fetch): a calm, readable serif page that adapts to phones and dark mode, and a
 * print sheet (A4 pages, nothing split awkwardly) used for the PDF.
 */
const BASE = `
:root { color-scheme: light dark; --ink: #1d1d1f; --muted: #5a5a60; --rule: #d9d6cf; --accent: #9b1c1c; --paper: #fffdf8; --tint: #f4f1ea; --link: #1a4f8b; }
@media (prefers-color-scheme: dark) { :root { --ink: #ecebe8; --muted: #b4b2ad; --rule: #45433f; --accent: #ff8a80; --paper: #1b1a18; --tint: #26241f; --link: #8cb8f0; } }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: Charter, "Iowan Old Style", "Source Serif Pro", Georgia, Cambria, "Times New Roman", serif; font-size: 19px; line-height: 1.6; }
.story { max-width: 41rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
.story-header { margin-bottom: 1.75rem; }
.section { margin: 0 0 0.5rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
.headline { margin: 0; font-size: 2.2rem; line-height: 1.15; font-weight: 700; letter-spacing: -0.01em; text-wrap: balance; }
.dek { margin: 0.75rem 0 0; font-size: 1.2rem; line-height: 1.45; color: var(--muted); }
.byline, .story-meta { margin: 0.9rem 0 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 0.85rem; color: var(--muted); }
.byline { font-weight: 600; color: var(--ink); }
.story-meta { margin-top: 0.2rem; }
.story-meta .embargo { color: var(--accent); font-weight: 600; }
.story-body > * { margin: 0 0 1.1rem; }
.dateline { font-weight: 700; letter-spacing: 0.02em; }
h2, h3 { line-height: 1.25; margin: 2rem 0 0.75rem; }
.story-body h2 { font-size: 1.35rem; }
.story-body h3 { font-size: 1.15rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
ul, ol { padding-left: 1.4rem; }
li > p { margin: 0 0 0.35rem; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem auto; width: 40%; }
.key-takeaways { list-style: none; padding: 1rem 1.25rem; background: var(--tint); border-radius: 6px; }
.key-takeaways li { position: relative; padding-left: 1.7rem; margin: 0.35rem 0; }
.key-takeaways li::before { content: "\\2714"; position: absolute; left: 0; color: #1e7a3a; font-weight: 700; }
@media (prefers-color-scheme: dark) { .key-takeaways li::before { color: #7ad48f; } }
.pull-quote { margin: 2rem 0; padding: 0 0 0 1.25rem; border-left: 4px solid var(--accent); }
.pull-quote blockquote { margin: 0; font-size: 1.4rem; line-height: 1.35; font-style: italic; }
.pull-quote figcaption { margin-top: 0.6rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 0.85rem; color: var(--muted); }
.pull-quote figcaption::before { content: "\\2014\\00a0"; }
.tk { background: #ffe58a; color: #1d1d1f; font-weight: 700; padding: 0 0.2em; border-radius: 3px; }
.read-next { margin: 2.5rem 0; padding-top: 1rem; border-top: 3px solid var(--ink); }
.read-next-title { margin: 0 0 0.75rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 0.85rem; letter-spacing: 0.08em; text-transform: uppercase; }
.teasers { list-style: none; margin: 0; padding: 0; }
.teaser { display: grid; grid-template-columns: minmax(3.5rem, auto) 1fr; gap: 0.75rem; padding: 0.6rem 0; border-bottom: 1px solid var(--rule); font-size: 1rem; line-height: 1.4; }
.teaser-time { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 0.8rem; color: var(--accent); font-variant-numeric: tabular-nums; padding-top: 0.15rem; }
.teaser-headline { grid-column: 2; }
.teaser-time + .teaser-headline { grid-column: auto; }
.teaser a { color: inherit; text-decoration: none; }
.teaser a:hover { text-decoration: underline; }
.comment-prompt { margin: 2.5rem 0 0; padding: 1.25rem; border: 1px solid var(--rule); border-radius: 6px; text-align: center; }
.comment-prompt h2 { margin: 0; font-size: 1.15rem; }
.story-footer { margin-top: 2.5rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 0.75rem; color: var(--muted); }
@media (max-width: 480px) {
  body { font-size: 17px; }
  .story { padding: 1.25rem 1rem 3rem; }
  .headline { font-size: 1.65rem; }
  .dek { font-size: 1.05rem; }
  .pull-quote blockquote { font-size: 1.2rem; }
}
`;

const PRINT = `
@page { size: A4; margin: 20mm 18mm 22mm; }
.surface-print body { font-size: 11pt; line-height: 1.5; }
.surface-print .story { max-width: none; margin: 0; padding: 0; }
.surface-print .headline { font-size: 24pt; }
.surface-print .dek { font-size: 13pt; }
.surface-print h2, .surface-print h3, .surface-print .story-header { break-after: avoid; }
.surface-print .pull-quote, .surface-print .key-takeaways, .surface-print .teaser, .surface-print figure, .surface-print li { break-inside: avoid; }
.surface-print p { orphans: 3; widows: 3; }
@media print {
  :root { --ink: #000; --muted: #333; --paper: #fff; --tint: #f1f1f1; --link: #000; }
  .surface-print .story-body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); word-break: break-all; }
}
/* On screen, the print surface shows its A4 pages side by side, broken where the PDF breaks them. */
@media screen {
  html.surface-print { background: #fff; color-scheme: light; --ink: #1d1d1f; --muted: #5a5a60; --paper: #fff; --tint: #f1f1f1; }
  .surface-print body { margin: 0; padding: 20mm 18mm 22mm; height: 297mm; width: 210mm; }
  .surface-print .story { height: 255mm; column-width: 174mm; column-gap: 36mm; column-fill: auto; column-rule: 1px dashed #9aa0a6; }
}
`;

export function storyStylesheet(surface: 'web' | 'print'): string {
  return surface === 'print' ? BASE + PRINT : BASE;
}
