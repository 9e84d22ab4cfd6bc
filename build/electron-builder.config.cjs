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
  files: [
    'out/**/*',
    'assessments/catalogs/*.yaml',
    // The example assessment the home screen offers to open.
    'assessments/examples/*.mamori',
    'package.json',
    '!**/*.map',
    '!out/**/*.LICENSE.txt',
    // Reports embed Noto Sans JP regular and bold only: the package's seven other weights (35 MB) stay out.
    '!node_modules/@expo-google-fonts/noto-sans-jp/{100Thin,200ExtraLight,300Light,500Medium,600SemiBold,800ExtraBold,900Black}/**',
    '!node_modules/@expo-google-fonts/noto-sans-jp/*.png',
  ],
  asar: true,
  // The report worker reads the fonts with plain fs, outside Electron's asar support: they sit beside it.
  asarUnpack: ['node_modules/@expo-google-fonts/noto-sans-jp/{400Regular,700Bold}/*.ttf'],
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
