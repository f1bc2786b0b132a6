import { describe, expect, it } from 'vitest';
import { defaultDataDir, defaultLibraryPath } from '../../../electron/core/paths';

describe('default data folder', () => {
  it('follows XDG on Linux, falling back to ~/.local/share', () => {
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data' }, home: '/home/ana' })).toBe('/data/Copydesk');
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/ana' })).toBe('/home/ana/.local/share/Copydesk');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: 'relative/dir' }, home: '/home/ana' })).toBe('/home/ana/.local/share/Copydesk');
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe('/Users/ana/Library/Application Support/Copydesk');
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Copydesk',
    );
  });

  it('puts the library file in it', () => {
    expect(defaultLibraryPath({ platform: 'linux', env: {}, home: '/home/ana' })).toBe('/home/ana/.local/share/Copydesk/library.sqlite');
    expect(defaultLibraryPath({ platform: 'win32', env: { APPDATA: 'C:\\A' }, home: 'C:\\U' })).toBe('C:\\A\\Copydesk\\library.sqlite');
  });
});
