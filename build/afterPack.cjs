// electron-builder afterPack hook: flip the fuses on the packed Electron binary.
const { flipFuses } = require('@electron/fuses');
const { copydeskFuses, packedExecutable } = require('./fuses.cjs');

exports.default = async function afterPack(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const executable = packedExecutable(appOutDir, electronPlatformName, packager.appInfo.productFilename, packager.executableName);
  await flipFuses(executable, { ...copydeskFuses(), resetAdHocDarwinSignature: electronPlatformName === 'darwin' });
};
