// Builds the three parts of the app: main (ESM, Node), preload (CommonJS, required by sandboxed preloads)
// and the renderer (React, served from file:// with a strict Content-Security-Policy in index.html).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Where the build goes: out/ (what npm start, the packager and the tests use), or MAMORI_OUT for a second
 * build beside it (a parallel working copy's end-to-end tests, without emptying the first one's out/).
 */
const out = process.env.MAMORI_OUT ? resolve(process.env.MAMORI_OUT) : resolve(__dirname, 'out');

/**
 * The font package lists a WOFF fallback after each WOFF2 file; Chromium always takes the WOFF2, so the
 * fallbacks would only double the installed size. Dropped before Vite copies what the CSS references.
 */
function woff2Only(): Plugin {
  return {
    name: 'mamori-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.endsWith('.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(out, 'main'),
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Worker threads: each its own entry, so main can start it by file name.
          'catalog-worker': resolve(__dirname, 'electron/services/workers/catalog-worker.ts'),
          'report-worker': resolve(__dirname, 'electron/services/reports/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [woff2Only(), react()],
    build: {
      outDir: resolve(out, 'renderer'),
      emptyOutDir: true,
      // Minified: the window's first JavaScript is what stands between a click and a usable screen.
      minify: 'esbuild',
      cssMinify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
