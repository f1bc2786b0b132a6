/**
 * Finds what could make HTML or XML run code, load something or go somewhere: the
 * checker every stored body and every export is held to. It parses with a real
 * parser (parse5, the HTML standard's algorithm, as browsers parse; @xmldom/xmldom for
 * XML) and walks every element, template contents, SVG and MathML included, so an
 * entity-encoded scheme or a tag hidden by odd markup is judged as a browser would see it.
 */
import { parse, parseFragment } from 'parse5';
import { parseStrictXml } from '../strictXml';

export interface Finding {
  /** Which rule: element, handler, url, srcdoc, css, meta, processing-instruction. */
  rule: string;
  /** The element (and attribute) it was found on, and the value, shortened. */
  detail: string;
}

/** Elements that run, embed, re-base, submit or refresh, wherever they appear. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'portal', 'fencedframe',
  'link', 'import', 'isindex', 'xss', 'handler', 'listener',
]);

/** Attributes whose value a browser treats as a URL to load, follow or submit to. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'dynsrc', 'lowsrc', 'codebase', 'cite',
  'longdesc', 'ping', 'manifest', 'icon', 'profile', 'usemap', 'archive', 'classid', 'xlink:href', 'xml:base',
  // SVG animation: <animate attributeName="href" values="javascript:…">.
  'to', 'from', 'values', 'by',
]);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/** Images embedded as data are inert; every other data: URL (text/html, SVG, script) is not. */
const INERT_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp)[;,]/;

/**
 * The scheme a browser would act on: leading and trailing controls and spaces dropped, tabs
 * and newlines inside removed (as the URL parser does), lower case.
 * Returns a reason when the URL runs code or renders a document: javascript:, vbscript:,
 * livescript:, mocha:, data: other than plain images.
 */
export function dangerousUrl(raw: string): string | undefined {
  // oxlint-disable-next-line no-control-regex -- the URL parser drops these, so the checker must too
  const url = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  if (!scheme) return undefined;
  if (['javascript', 'vbscript', 'livescript', 'mocha', 'jar', 'wysiwyg', 'view-source', 'filesystem', 'blob'].includes(scheme)) return `${scheme}: URL`;
  if (scheme === 'data' && !INERT_DATA.test(url)) return `data: URL (${url.slice(5, 30)})`;
  return undefined;
}

/** CSS that runs code (expression(), behaviors, bindings, javascript: in url()) or loads anything (url(), @import). */
export function dangerousCss(css: string): string | undefined {
  // Escapes and comments can hide a keyword from a naive scan: undo them first.
  const plain = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
    .replace(/\\(.)/g, '$1')
    .toLowerCase();
  if (/expression\s*\(/.test(plain)) return 'CSS expression()';
  if (/(?:^|[;\s{])(?:behavior|-moz-binding)\s*:/.test(plain)) return 'CSS behavior/binding';
  if (/@import/.test(plain)) return 'CSS @import';
  for (const match of plain.matchAll(/(?:url|image-set|image)\s*\(\s*(['"]?)([^'")]*)/g)) {
    const target = match[2]!.trim();
    if (!INERT_DATA.test(target)) return `CSS url(${target.slice(0, 40)})`;
  }
  return undefined;
}

/** One element as the walker sees it, whatever parsed it. */
interface Element {
  name: string;
  attrs: Array<{ name: string; value: string }>;
  children: Element[];
  /** The element's own text (for <style> and data blocks). */
  text: string;
  /** Inside <head> of a whole document. */
  inHead: boolean;
}

/** What our own export pages may carry in their <head>, and only there. */
export interface OwnPage {
  /** The Content-Security-Policy the page declares for itself (exactly this string). */
  csp?: string;
  /** schema.org data blocks: <script type="application/ld+json"> holding valid JSON. */
  jsonLd?: boolean;
}

export interface CheckOptions {
  /** Parse as a whole document (head and body) rather than a fragment of a body. */
  document?: boolean;
  ownPage?: OwnPage;
}

function shortened(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

function check(root: Element[], options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const stack = [...root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    stack.push(...element.children);
    const { name, attrs, inHead } = element;
    const attr = (wanted: string) => attrs.find((a) => a.name === wanted)?.value;

    if (name === 'script' && options.ownPage?.jsonLd && inHead && attrs.length === 1 && attr('type') === 'application/ld+json' && isJson(element.text)) continue;
    if (name === 'meta' && attr('http-equiv') !== undefined) {
      const ownCsp = options.ownPage?.csp !== undefined && inHead && attr('http-equiv')!.toLowerCase() === 'content-security-policy' && attr('content') === options.ownPage.csp;
      if (!ownCsp) findings.push({ rule: 'meta', detail: `<meta http-equiv=${shortened(attr('http-equiv')!)} content=${shortened(attr('content') ?? '')}>` });
    }
    if (FORBIDDEN_ELEMENTS.has(name)) findings.push({ rule: 'element', detail: `<${name}>` });
    if (name === 'style') {
      const css = dangerousCss(element.text);
      if (css) findings.push({ rule: 'css', detail: `<style>: ${css}` });
    }
    for (const { name: attribute, value } of attrs) {
      if (/^on/i.test(attribute)) findings.push({ rule: 'handler', detail: `<${name} ${attribute}=${shortened(value)}>` });
      else if (attribute === 'srcdoc') findings.push({ rule: 'srcdoc', detail: `<${name} srcdoc>` });
      else if (attribute === 'style') {
        const css = dangerousCss(value);
        if (css) findings.push({ rule: 'css', detail: `<${name} style>: ${css}` });
      } else if (URL_ATTRIBUTES.has(attribute) || attribute.endsWith(':href')) {
        // SVG animation values are lists ("a;b"); each item is a URL when the target is a link.
        const reasons = (attribute === 'values' ? value.split(';') : [value]).map(dangerousUrl).filter(Boolean);
        if (reasons.length > 0) findings.push({ rule: 'url', detail: `<${name} ${attribute}=${shortened(value)}>: ${reasons[0]}` });
      } else if (SRCSET_ATTRIBUTES.has(attribute)) {
        const reason = value.split(',').map((candidate) => dangerousUrl(candidate.trim().split(/\s+/)[0] ?? '')).find(Boolean);
        if (reason) findings.push({ rule: 'url', detail: `<${name} ${attribute}>: ${reason}` });
      }
    }
  }
  return findings;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return !/<\/?script/i.test(text);
  } catch {
    return false;
  }
}

// ── parse5 (HTML) ────────────────────────────────────────────────────────────

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string; prefix?: string }>;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
  value?: string;
}

function fromParse5(node: Parse5Node, inHead: boolean): Element[] {
  const kids = [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])];
  if (!node.tagName) return kids.flatMap((child) => fromParse5(child, inHead));
  const name = node.tagName.toLowerCase();
  const headNow = inHead || name === 'head';
  return [
    {
      name,
      attrs: (node.attrs ?? []).map((a) => ({ name: (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase(), value: a.value })),
      children: kids.flatMap((child) => fromParse5(child, headNow)),
      text: kids.filter((child) => child.nodeName === '#text').map((child) => child.value ?? '').join(''),
      inHead: headNow,
    },
  ];
}

/** Active content in HTML (a body fragment unless `document`), as a browser would parse it. */
export function activeContentInHtml(html: string, options: CheckOptions = {}): Finding[] {
  const tree = (options.document ? parse(html) : parseFragment(html)) as unknown as Parse5Node;
  return check(fromParse5(tree, false), options);
}

// ── @xmldom/xmldom (XML, XHTML) ─────────────────────────────────────────────

interface XmlNode {
  nodeType: number;
  nodeName: string;
  localName?: string | null;
  prefix?: string | null;
  namespaceURI?: string | null;
  attributes?: { length: number; item(index: number): { name: string; value: string } | null };
  childNodes?: { length: number; item(index: number): XmlNode | null };
  data?: string;
}

const BROWSER_NAMESPACES = new Set(['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML']);

function childrenOf(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (let index = 0; index < (node.childNodes?.length ?? 0); index += 1) out.push(node.childNodes!.item(index)!);
  return out;
}

function fromXml(node: XmlNode, inHead: boolean, findings: Finding[]): Element[] {
  // The XML declaration is not an instruction to anyone; every other processing instruction (a stylesheet to fetch) is.
  if (node.nodeType === 7 && node.nodeName.toLowerCase() === 'xml') return [];
  if (node.nodeType === 7) {
    findings.push({ rule: 'processing-instruction', detail: `<?${node.nodeName}?>` });
    return [];
  }
  const kids = childrenOf(node);
  if (node.nodeType !== 1) return kids.flatMap((child) => fromXml(child, inHead, findings));
  // Browsers act on elements of XHTML, SVG and MathML (and on elements in no namespace, as HTML);
  // another vocabulary's <link> (NewsML-G2's) is metadata, judged by its addresses alone.
  const local = (node.localName ?? node.nodeName).toLowerCase();
  const name = !node.namespaceURI || BROWSER_NAMESPACES.has(node.namespaceURI) ? local : `${node.namespaceURI}:${local}`;
  const headNow = inHead || name === 'head';
  const attrs: Element['attrs'] = [];
  for (let index = 0; index < (node.attributes?.length ?? 0); index += 1) {
    const a = node.attributes!.item(index)!;
    attrs.push({ name: a.name.toLowerCase(), value: a.value });
  }
  return [{ name, attrs, children: kids.flatMap((child) => fromXml(child, headNow, findings)), text: kids.filter((child) => child.nodeType === 3 || child.nodeType === 4).map((child) => child.data ?? '').join(''), inHead: headNow }];
}

/** Active content in an XML document (NewsML-G2, XHTML); a document that is not well-formed is itself a finding. */
export function activeContentInXml(xml: string, options: CheckOptions = {}): Finding[] {
  let doc: XmlNode;
  try {
    doc = parseStrictXml(xml) as unknown as XmlNode;
  } catch (error) {
    return [{ rule: 'malformed', detail: (error as Error).message.slice(0, 160) }];
  }
  const findings: Finding[] = [];
  return [...check(fromXml(doc, false, findings), options), ...findings];
}

const JSON_URL_KEYS = /\.(?:href|src|url|action|data)$/i;

/**
 * A stored story body (ProseMirror JSON): every attribute of a node or mark that a browser
 * could take as a URL (a link's href above all) must be safe. The schema's own rendering
 * blanks a bad href, so the rendered HTML alone would not show one that was stored.
 */
export function activeContentInJson(json: unknown, path = 'body'): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') {
      const reason = JSON_URL_KEYS.test(where) ? dangerousUrl(value) : undefined;
      if (reason) findings.push({ rule: 'url', detail: `${where}=${shortened(value)}: ${reason}` });
      return;
    }
    if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${where}[${index}]`));
    if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`);
  };
  walk(json, path);
  return findings;
}

/** "3 findings: <script>; …" for assertion messages. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings.length === 0 ? 'none' : `${findings.length}: ${findings.slice(0, 8).map((f) => `${f.rule} ${f.detail}`).join('; ')}`;
}
