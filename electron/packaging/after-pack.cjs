// electron-builder's afterPack hook: flips Electron's fuses with @electron/fuses before the app is signed
// (electron-builder signs after this hook), per the Electron security checklist. The packed binary can then
// not be used as a plain Node (RunAsNode, NODE_OPTIONS, --inspect all off), loads the app only from its ASAR,
// and checks the ASAR against the integrity hash embedded at build time.
const { join } = require('node:path')

/** The fuses this app ships with (electron/main/packaging.test.ts holds them to the checklist). */
const FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: false,
}

/** The packed Electron binary electron-builder just wrote, per platform. */
function electronBinary(context) {
  const name = context.packager.appInfo.productFilename
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`)
    case 'win32':
      return join(context.appOutDir, `${name}.exe`)
    default:
      return join(context.appOutDir, context.packager.executableName)
  }
}

async function applyFuses(context, fuses) {
  const { FuseVersion, FuseV1Options, flipFuses } = fuses
  const wire = { version: FuseVersion.V1, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' }
  for (const [name, on] of Object.entries(FUSES)) wire[FuseV1Options[name]] = on
  await flipFuses(electronBinary(context), wire)
}

async function afterPack(context) {
  await applyFuses(context, require('@electron/fuses'))
}

module.exports = afterPack
module.exports.FUSES = FUSES
module.exports.applyFuses = applyFuses
module.exports.electronBinary = electronBinary
