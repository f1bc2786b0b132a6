import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { copydeskFuses, packedExecutable } from '../../build/fuses.cjs';

describe('fuses of the packaged app', () => {
  it('turn off Node entry points and require the integrity-checked asar', () => {
    const fuses = copydeskFuses();
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  });

  it('find the binary to flip on each platform', () => {
    expect(packedExecutable('/out/linux-unpacked', 'linux', 'Copydesk', 'copydesk')).toBe('/out/linux-unpacked/copydesk');
    expect(packedExecutable('/out/win-unpacked', 'win32', 'Copydesk')).toBe('/out/win-unpacked/Copydesk.exe');
    expect(packedExecutable('/out/mac', 'darwin', 'Copydesk')).toBe('/out/mac/Copydesk.app');
  });
});
