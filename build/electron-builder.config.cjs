// electron-builder configuration: AppImage and deb for Linux, NSIS for Windows, dmg for macOS. Electron fuses
// are flipped after packing: no running as plain Node, asar integrity checked, app code only from the asar.
// MAMORI_TEST_BUILD=1 keeps the inspect fuse on, because Playwright's _electron drives the app through it.
const testBuild = process.env.MAMORI_TEST_BUILD === '1';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.mamori.desktop',
  productName: 'Mamori',
  copyright: 'Copyright © 2026 Mamori',
  directories: { output: testBuild ? 'release/test' : 'release', buildResources: 'build' },
  files: ['out/**/*', 'assessments/catalogs/*.yaml', 'package.json', '!**/*.map', '!out/**/*.LICENSE.txt'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: testBuild,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    synopsis: 'Personal-information safeguard self-assessment (APPI / JIS Q 15001)',
  },
  deb: { priority: 'optional' },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, createDesktopShortcut: true },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    icon: 'build/icon.png',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: { sign: false },
};
