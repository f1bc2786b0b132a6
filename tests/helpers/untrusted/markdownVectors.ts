/**
 * Markdown files carrying payloads: raw HTML (each HTML vector as a block and inline), links
 * and images in every scheme and disguise, reference definitions, autolinks, titles that try
 * to break out of their attribute, front matter whose values are markup or javascript: URLs.
 */
import { EXFIL, type Vector } from './editorVectors';

export interface FileVector {
  name: string;
  fileName: string;
  bytes: Uint8Array;
  /** How many payloads the file carries (a file may hold many). */
  payloads: number;
}

const file = (name: string, fileName: string, text: string, payloads = 1): FileVector => ({ name, fileName, bytes: new TextEncoder().encode(text), payloads });

/** Markdown-specific cases written for Copydesk. */
export const MARKDOWN_VECTORS: ReadonlyArray<{ name: string; markdown: string }> = [
  { name: 'md: javascript: link', markdown: `Read [the report](javascript:alert('md-link')) now.` },
  { name: 'md: upper-case scheme', markdown: `Read [the report](JAVASCRIPT:alert('md-upper')) now.` },
  { name: 'md: entity-encoded scheme', markdown: `Read [the report](&#106;avascript&#58;alert('md-entity')) now.` },
  { name: 'md: percent-encoded newline in the scheme', markdown: `Read [the report](java%0Ascript:alert('md-pct')) now.` },
  { name: 'md: autolink with a javascript: scheme', markdown: `See <javascript:alert('md-autolink')> for more.` },
  { name: 'md: reference definition to javascript:', markdown: `Read [the report][r] now.\n\n[r]: javascript:alert('md-ref')` },
  { name: 'md: image with a javascript: source', markdown: `![chart](javascript:alert('md-img'))\n\nText after the chart.` },
  { name: 'md: image loading from outside', markdown: `![chart](${EXFIL}/md.png "Chart")\n\nText after the chart.` },
  { name: 'md: data: text/html link', markdown: `[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgnbWQnKTwvc2NyaXB0Pg==) it.` },
  { name: 'md: vbscript link', markdown: `[open](vbscript:msgbox('md-vb')) it.` },
  { name: 'md: title breaking out of its attribute', markdown: `[council](https://example.org/ "title\\" onmouseover=\\"alert('md-title')") voted.` },
  { name: 'md: pointy-bracket destination with a quote', markdown: `[council](<https://example.org/a b" onmouseover="alert('md-angle')>) voted.` },
  { name: 'md: HTML in the link text', markdown: `[<img src=x onerror=alert('md-text')>](https://example.org/) voted.` },
  { name: 'md: HTML comment, details block, fenced script', markdown: `<!-- <script>alert('md-comment')</script> -->\n\n<details open ontoggle=alert('md-details')><summary>x</summary></details>\n\n\`\`\`html\n<script>alert('md-fence')</script>\n\`\`\`\n\nAfter.` },
  { name: 'md: pull quote with a javascript: link and an image attribution', markdown: `> It is [overdue](javascript:alert('md-quote'))\n>\n> — <img src=x onerror=alert('md-credit')>Mayor` },
  { name: 'md: table cells with payloads', markdown: `| a | b |\n|---|---|\n| <script>alert('md-cell')</script> | [x](javascript:alert('md-cell-link')) |` },
  { name: 'md: mailto with markup in the query', markdown: `Write to <mailto:desk@example.org?body=%3Cscript%3Ealert(1)%3C/script%3E>.` },
  {
    name: 'md: front matter with markup, javascript: URLs and a related teaser',
    markdown: `---\ntitle: "<script>alert('fm-title')</script>"\nauthor: "<img src=x onerror=alert('fm-author')>"\ndescription: "\\" onmouseover=\\"alert('fm-dek')"\nkeywords: ["<svg onload=alert('fm-kw')>"]\nsection: "javascript:alert('fm-section')"\nurl: "javascript:alert('fm-url')"\nrelated:\n  - headline: "<b onmouseover=alert('fm-related')>Ferry</b>"\n    url: "javascript:alert('fm-related-url')"\n---\n\nThe council voted.`,
  },
];

/** One Markdown file per group of HTML vectors: each as a raw HTML block and inline in a paragraph. */
export function markdownWithHtml(vectors: readonly Vector[], index: number): FileVector {
  const body = vectors.map((vector, n) => `Paragraph ${n + 1} before the markup.\n\n${vector.html}\n\nInline ${vector.html.replace(/\n/g, ' ')} end.`).join('\n\n');
  return file(vectors.length === 1 ? `md raw HTML: ${vectors[0]!.name}` : `md raw HTML: ${vectors.length} vectors`, `raw-html-${index}.md`, `# Raw HTML ${index}\n\n${body}\n`, vectors.length);
}

export function markdownFiles(vectors: readonly Vector[], perFile: number): FileVector[] {
  const files: FileVector[] = MARKDOWN_VECTORS.map(({ name, markdown }, index) => file(name, `case-${index}.md`, markdown, name.includes('front matter') ? 8 : 1));
  for (let start = 0; start < vectors.length; start += perFile) files.push(markdownWithHtml(vectors.slice(start, start + perFile), start / perFile));
  return files;
}
