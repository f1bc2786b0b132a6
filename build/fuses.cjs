// Electron fuses for the packaged app: what each packaged binary is allowed to do.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** No running as plain Node, no NODE_OPTIONS, no --inspect; the app only from its integrity-checked asar. */
function copydeskFuses() {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** The Electron executable inside a packed app folder, per platform. */
function packedExecutable(appOutDir, platform, productFilename, executableName) {
  if (platform === 'darwin' || platform === 'mas') return `${appOutDir}/${productFilename}.app`;
  if (platform === 'win32') return `${appOutDir}/${productFilename}.exe`;
  return `${appOutDir}/${executableName ?? productFilename}`;
}

module.exports = { copydeskFuses, packedExecutable };
