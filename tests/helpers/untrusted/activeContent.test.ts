/** The checker the untrusted-content suite relies on finds what it must (else every "0 findings" would mean nothing). */
import { describe, expect, it } from 'vitest';
import { activeContentInHtml, activeContentInJson, activeContentInXml, dangerousUrl } from './activeContent';

const page = (csp: string) => `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body></body></html>`;

describe('active-content checker', () => {
  const bad: Array<[string, string]> = [
    ['script', '<p>x</p><script>alert(1)</script>'],
    ['handler', '<img src="a.png" onerror="alert(1)">'],
    ['handler in SVG', '<svg><a onclick="x"></a></svg>'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['entity-encoded scheme', '<a href="&#106;avascript&colon;alert(1)">x</a>'],
    ['tab inside the scheme', '<a href="java&#9;script:alert(1)">x</a>'],
    ['vbscript link', '<a href="VBScript:msgbox(1)">x</a>'],
    ['data: HTML link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['iframe', '<iframe src="https://example.org/"></iframe>'],
    ['object', '<object data="x.swf"></object>'],
    ['embed', '<embed src="x.swf">'],
    ['base', '<base href="https://evil.test/">'],
    ['form', '<form action="https://evil.test/"><input></form>'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.test/">'],
    ['template content', '<template><img src=x onerror=alert(1)></template>'],
    ['SVG animate to javascript:', '<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>'],
    ['xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
    ['CSS expression', '<p style="width:expression(alert(1))">x</p>'],
    ['CSS remote url', '<p style="background:url(https://evil.test/x.png)">x</p>'],
    ['CSS @import', '<style>@import "https://evil.test/x.css";</style>'],
    ['srcdoc', '<iframe srcdoc="<p>x</p>"></iframe>'],
  ];
  for (const [name, html] of bad) it(`finds ${name}`, () => expect(activeContentInHtml(html)).not.toEqual([]));

  const fine = ['<p>Plain <strong>words</strong> and <a href="https://example.org/a?b=c">a link</a>.</p>', '<p>&lt;script&gt;alert(1)&lt;/script&gt; as words</p>', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">', '<a href="mailto:desk@example.org">mail</a>'];
  for (const html of fine) it(`finds nothing in ${html.slice(0, 40)}`, () => expect(activeContentInHtml(html)).toEqual([]));

  it('reads a document head: a meta CSP is accepted only as the page\'s own', () => {
    expect(activeContentInHtml(page("default-src 'none'"), { document: true, ownPage: { csp: "default-src 'none'" } })).toEqual([]);
    expect(activeContentInHtml(page('default-src *'), { document: true, ownPage: { csp: "default-src 'none'" } })).not.toEqual([]);
  });

  it('reads XML: XHTML script and stylesheet instructions are found, the XML declaration and another vocabulary\'s <link> are not', () => {
    expect(activeContentInXml('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><script>x</script></body></html>')).not.toEqual([]);
    expect(activeContentInXml('<?xml version="1.0"?><?xml-stylesheet href="https://evil.test/x.xsl"?><r/>')).not.toEqual([]);
    expect(activeContentInXml('<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><link rel="irel:seeAlso" href="https://example.org/"/></newsItem>')).toEqual([]);
    expect(activeContentInXml('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><link href="javascript:alert(1)"/></newsItem>')).not.toEqual([]);
    expect(activeContentInXml('<not-closed>')).not.toEqual([]);
  });

  it('reads stored JSON: a link mark holding javascript: is found', () => {
    expect(activeContentInJson({ type: 'doc', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: ' javascript:alert(1)' } }] }] })).not.toEqual([]);
    expect(activeContentInJson({ type: 'doc', content: [{ type: 'text', text: 'javascript:alert(1) as words' }] })).toEqual([]);
  });

  it('judges schemes as the URL parser does', () => {
    for (const url of ['javascript:x', ' \u0000JaVaScRiPt:x', 'java\nscript:x', 'data:text/html,x', 'data:image/svg+xml,<svg/>', 'vbscript:x']) expect(dangerousUrl(url), url).toBeTruthy();
    for (const url of ['https://example.org/', 'mailto:a@b.c', 'data:image/png;base64,AAAA', '/relative', '#anchor']) expect(dangerousUrl(url), url).toBeUndefined();
  });
});
