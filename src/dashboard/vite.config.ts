// Builds the dashboard into dist/dashboard, served by `cadregraph serve` at /. Everything is
// bundled (no CDN): the page must work on a machine without internet. (__dirname: Vite sets it
// when it loads this file, and the Node typecheck of the repository knows it.)
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  base: '/',
  // src/export writes CSV with csv-stringify, whose Node build touches Buffer when loaded; its
  // browser build carries its own.
  resolve: { alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' } },
  logLevel: 'warn',
  build: {
    outDir: resolve(__dirname, '../../dist/dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
});
