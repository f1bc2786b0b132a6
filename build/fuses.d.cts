import type { FuseV1Config } from '@electron/fuses';

export function copydeskFuses(): FuseV1Config;
export function packedExecutable(appOutDir: string, platform: string, productFilename: string, executableName?: string): string;
