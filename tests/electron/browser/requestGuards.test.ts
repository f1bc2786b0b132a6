import { describe, expect, it } from 'vitest';
import { isHostAllowed, isOriginAllowed, isTokenValid, newLaunchToken, originFormPath, singleHeader } from '../../../electron/browser/requestGuards';

describe('request guards', () => {
  it('allow exactly our Host, once', () => {
    expect(isHostAllowed(['Host', '127.0.0.1:4000'], 4000)).toBe(true);
    expect(isHostAllowed(['host', 'LOCALHOST:4000'], 4000)).toBe(true);
    expect(isHostAllowed(['Host', '127.0.0.1:4000', 'Host', '127.0.0.1:4000'], 4000)).toBe(false);
    expect(isHostAllowed([], 4000)).toBe(false);
    expect(isHostAllowed(['Host', ''], 4000)).toBe(false);
  });

  it('read a header only when it was sent exactly once', () => {
    expect(singleHeader(['Host', 'a', 'Origin', 'b'], 'origin')).toBe('b');
    expect(singleHeader(['Origin', 'b', 'origin', 'b'], 'origin')).toBeUndefined();
    expect(singleHeader(['Authorization', 'Bearer x', 'AUTHORIZATION', 'Bearer y'], 'authorization')).toBeUndefined();
    expect(singleHeader(['Host', 'a'], 'origin')).toBeUndefined();
    expect(singleHeader(['Origin', ''], 'origin')).toBe('');
  });

  it('take the path only from an origin-form request target', () => {
    expect(originFormPath('/api/listStories?x=1')).toBe('/api/listStories');
    expect(originFormPath('/')).toBe('/');
    expect(originFormPath('/assets/a%20b.js')).toBe('/assets/a%20b.js');
    for (const target of ['http://evil.test/api/listStories', 'http://127.0.0.1:4000/api/x', '//evil.test/api/x', '/\\evil.test/api/x', '*', '127.0.0.1:4000', '', undefined]) {
      expect(originFormPath(target), String(target)).toBeUndefined();
    }
  });

  it('allow only our own origins', () => {
    expect(isOriginAllowed('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(isOriginAllowed('http://localhost:4000', 4000)).toBe(true);
    for (const origin of [undefined, 'null', 'http://127.0.0.1:4001', 'https://127.0.0.1:4000', 'http://evil.test', ['http://127.0.0.1:4000']]) {
      expect(isOriginAllowed(origin as string, 4000)).toBe(false);
    }
  });

  it('compare tokens exactly', () => {
    const token = newLaunchToken();
    expect(token).not.toBe(newLaunchToken());
    expect(isTokenValid(`Bearer ${token}`, token)).toBe(true);
    expect(isTokenValid(`Bearer ${token.slice(0, -1)}`, token)).toBe(false);
    expect(isTokenValid(`bearer ${token}`, token)).toBe(false);
    expect(isTokenValid(undefined, token)).toBe(false);
  });
});
