import { describe, expect, it } from 'vitest';
import { isHostAllowed, isOriginAllowed, isTokenValid, newLaunchToken } from '../../../electron/browser/requestGuards';

describe('request guards', () => {
  it('allow exactly our Host, once', () => {
    expect(isHostAllowed(['Host', '127.0.0.1:4000'], 4000)).toBe(true);
    expect(isHostAllowed(['host', 'LOCALHOST:4000'], 4000)).toBe(true);
    expect(isHostAllowed(['Host', '127.0.0.1:4000', 'Host', '127.0.0.1:4000'], 4000)).toBe(false);
    expect(isHostAllowed([], 4000)).toBe(false);
    expect(isHostAllowed(['Host', ''], 4000)).toBe(false);
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
