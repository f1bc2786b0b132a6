/**
 * Host and Origin headers a DNS-rebinding page, a cross-site form, a confused
 * proxy or a hand-written client might send to browser mode. Each variant says
 * how the request's first lines look; everything else about the request (the
 * valid token, the method, the body) stays right, so only this one thing is
 * wrong.
 */
export interface HostVariant {
  label: string;
  /** The request target for a path ("/api/x" unless the variant is about the target). */
  target?: (path: string, port: number) => string;
  /** The Host header lines, as written (none, one, two, folded). */
  hostLines: (port: number) => string[];
  /** "HTTP/1.0" for the one variant about it (HTTP/1.0 lets a client leave Host out). */
  version?: string;
}

export interface OriginVariant {
  label: string;
  originLines: (port: number) => string[];
}

const host = (value: (port: number) => string): HostVariant['hostLines'] => (port) => [`Host: ${value(port)}`];
const ours = (port: number) => `127.0.0.1:${port}`;

export const HOST_VARIANTS: readonly HostVariant[] = [
  { label: 'a foreign name', hostLines: host(() => 'evil.test') },
  { label: 'a foreign name on our port', hostLines: host((p) => `evil.test:${p}`) },
  { label: 'localhost as a subdomain', hostLines: host((p) => `localhost.evil.test:${p}`) },
  { label: 'a wildcard-DNS name for 127.0.0.1', hostLines: host((p) => `127.0.0.1.nip.io:${p}`) },
  { label: 'our address as a prefix', hostLines: host((p) => `127.0.0.1:${p}.evil.test`) },
  { label: 'octal 127.0.0.1', hostLines: host((p) => `0177.0.0.1:${p}`) },
  { label: 'hex 127.1', hostLines: host((p) => `0x7f.1:${p}`) },
  { label: 'one hex number', hostLines: host((p) => `0x7f000001:${p}`) },
  { label: 'one decimal number', hostLines: host((p) => `2130706433:${p}`) },
  { label: 'short form 127.1', hostLines: host((p) => `127.1:${p}`) },
  { label: 'zero-padded octets', hostLines: host((p) => `127.000.000.001:${p}`) },
  { label: 'IPv6 loopback', hostLines: host((p) => `[::1]:${p}`) },
  { label: 'IPv4-mapped IPv6', hostLines: host((p) => `[::ffff:127.0.0.1]:${p}`) },
  { label: 'IPv4-mapped IPv6 in hex', hostLines: host((p) => `[::ffff:7f00:1]:${p}`) },
  { label: 'unbracketed IPv6', hostLines: host((p) => `::1:${p}`) },
  { label: 'all addresses', hostLines: host((p) => `0.0.0.0:${p}`) },
  { label: 'another loopback address', hostLines: host((p) => `127.0.0.2:${p}`) },
  { label: 'the wrong port', hostLines: host((p) => `127.0.0.1:${p + 1}`) },
  { label: 'localhost on the wrong port', hostLines: host((p) => `localhost:${p + 1}`) },
  { label: 'no port', hostLines: host(() => '127.0.0.1') },
  { label: 'localhost with no port', hostLines: host(() => 'localhost') },
  { label: 'a zero-padded port', hostLines: host((p) => `127.0.0.1:0${p}`) },
  { label: 'a letter after the port', hostLines: host((p) => `127.0.0.1:${p}x`) },
  { label: 'two ports', hostLines: host((p) => `127.0.0.1:${p}:${p}`) },
  { label: 'a trailing dot', hostLines: host((p) => `localhost.:${p}`) },
  { label: 'a trailing dot on the address', hostLines: host((p) => `127.0.0.1.:${p}`) },
  { label: 'upper-case subdomain trick', hostLines: host((p) => `LOCALHOST.EVIL.TEST:${p}`) },
  { label: 'a look-alike letter (long s)', hostLines: host((p) => `localhoſt:${p}`) },
  { label: 'full-width letters (IDNA folds them to localhost)', hostLines: host((p) => `ｌｏｃａｌｈｏｓｔ:${p}`) },
  { label: 'percent-encoded dots', hostLines: host((p) => `127%2e0%2e0%2e1:${p}`) },
  { label: 'userinfo before our address', hostLines: host((p) => `evil.test@127.0.0.1:${p}`) },
  { label: 'userinfo naming us before a foreign host', hostLines: host((p) => `127.0.0.1:${p}@evil.test`) },
  { label: 'a path after the port', hostLines: host((p) => `127.0.0.1:${p}/`) },
  { label: 'a query after the port', hostLines: host((p) => `localhost:${p}?evil.test`) },
  { label: 'a comma list', hostLines: host((p) => `127.0.0.1:${p},evil.test`) },
  { label: 'a space inside', hostLines: host((p) => `127.0.0.1 :${p}`) },
  { label: 'a tab inside', hostLines: host((p) => `127.0.0.1:\t${p}`) },
  { label: 'a second name after a space', hostLines: host((p) => `127.0.0.1:${p} evil.test`) },
  { label: 'a NUL byte', hostLines: host((p) => `127.0.0.1:${p}\0.evil.test`) },
  { label: 'a vertical tab', hostLines: host((p) => `127.0.0.1:${p}\u000bevil.test`) },
  { label: 'an empty Host', hostLines: () => ['Host: '] },
  { label: 'no Host at all', hostLines: () => [] },
  { label: 'no Host at all, in HTTP/1.0', hostLines: () => [], version: 'HTTP/1.0' },
  { label: 'ours twice', hostLines: (p) => [`Host: ${ours(p)}`, `Host: ${ours(p)}`] },
  { label: 'foreign, then ours', hostLines: (p) => ['Host: evil.test', `Host: ${ours(p)}`] },
  { label: 'ours, then foreign', hostLines: (p) => [`Host: ${ours(p)}`, `host: evil.test:${p}`] },
  { label: 'ours, then empty', hostLines: (p) => [`Host: ${ours(p)}`, 'Host: '] },
  { label: 'a folded (obs-fold) Host', hostLines: (p) => ['Host: evil.test', ` ${ours(p)}`] },
  { label: 'a space before the colon', hostLines: (p) => [`Host : ${ours(p)}`] },
  { label: 'absolute-form target naming a foreign host', target: (path, p) => `http://evil.test:${p}${path}`, hostLines: host(ours) },
  { label: 'absolute-form target naming a foreign host, no port', target: (path) => `http://evil.test${path}`, hostLines: host(ours) },
  { label: 'absolute-form target with userinfo', target: (path, p) => `http://127.0.0.1:${p}@evil.test${path}`, hostLines: host(ours) },
  { label: 'network-path target', target: (path) => `//evil.test${path}`, hostLines: host(ours) },
  { label: 'backslash network-path target', target: (path) => `/\\evil.test${path}`, hostLines: host(ours) },
];

const origin = (value: (port: number) => string): OriginVariant['originLines'] => (port) => [`Origin: ${value(port)}`];
const ourOrigin = (port: number) => `http://127.0.0.1:${port}`;

export const ORIGIN_VARIANTS: readonly OriginVariant[] = [
  { label: 'no Origin', originLines: () => [] },
  { label: 'an empty Origin', originLines: () => ['Origin: '] },
  { label: 'null (sandboxed frame, file:, data:)', originLines: origin(() => 'null') },
  { label: 'a foreign site', originLines: origin(() => 'https://evil.test') },
  { label: 'a foreign site on our port', originLines: origin((p) => `http://evil.test:${p}`) },
  { label: 'another localhost port', originLines: origin((p) => `http://127.0.0.1:${p + 1}`) },
  { label: 'localhost on another port', originLines: origin((p) => `http://localhost:${p + 1}`) },
  { label: 'no port', originLines: origin(() => 'http://127.0.0.1') },
  { label: 'https', originLines: origin((p) => `https://127.0.0.1:${p}`) },
  { label: 'ws', originLines: origin((p) => `ws://127.0.0.1:${p}`) },
  { label: 'file', originLines: origin(() => 'file://') },
  { label: 'a browser extension', originLines: origin(() => 'chrome-extension://abcdefghijklmnopabcdefghijklmnop') },
  { label: 'IPv6 loopback', originLines: origin((p) => `http://[::1]:${p}`) },
  { label: 'a trailing slash', originLines: origin((p) => `${ourOrigin(p)}/`) },
  { label: 'a path', originLines: origin((p) => `${ourOrigin(p)}/index.html`) },
  { label: 'an upper-case scheme', originLines: origin((p) => `HTTP://127.0.0.1:${p}`) },
  { label: 'an upper-case host', originLines: origin((p) => `http://LOCALHOST:${p}`) },
  { label: 'our origin as a prefix', originLines: origin((p) => `${ourOrigin(p)}.evil.test`) },
  { label: 'userinfo', originLines: origin((p) => `http://evil.test@127.0.0.1:${p}`) },
  { label: 'a zero-padded port', originLines: origin((p) => `http://127.0.0.1:0${p}`) },
  { label: 'a list in one header', originLines: origin((p) => `${ourOrigin(p)} ${ourOrigin(p)}`) },
  { label: 'ours twice', originLines: (p) => [`Origin: ${ourOrigin(p)}`, `Origin: ${ourOrigin(p)}`] },
  { label: 'foreign, then ours', originLines: (p) => ['Origin: https://evil.test', `Origin: ${ourOrigin(p)}`] },
  { label: 'ours, then foreign', originLines: (p) => [`Origin: ${ourOrigin(p)}`, 'origin: null'] },
  { label: 'empty, then ours', originLines: (p) => ['Origin: ', `Origin: ${ourOrigin(p)}`] },
];
