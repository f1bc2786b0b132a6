import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from '../../../electron/core/staticFiles';

describe('resolveStaticPath', () => {
  it('maps / to index.html and paths under the root to files in it', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/index-abc.js')).toBe('/srv/app/assets/index-abc.js');
    expect(resolveStaticPath('/srv/app', '/assets/a%20b.css')).toBe('/srv/app/assets/a b.css');
  });

  it.each(['/..', '/../secret', '/assets/../../secret', '/%2e%2e/secret', '/assets/%2E%2E/%2E%2E/x', '/a%5c..%5c..%5cx', '/%00', '/%E0%A4%A', 'relative', '/./index.html'])(
    'refuses %s',
    (pathname) => expect(resolveStaticPath('/srv/app', pathname)).toBeUndefined(),
  );

  it('names content types, defaulting to bytes', () => {
    expect(contentTypeFor('a.js')).toContain('javascript');
    expect(contentTypeFor('a.CSS')).toContain('text/css');
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
  });
});
