// Builds the dashboard into dist/dashboard, served by `cadregraph serve` at /. Everything is
// bundled (no CDN): the page must work on a machine without internet. (__dirname: Vite sets it
// when it loads this file, and the Node typecheck of the repository knows it.)
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: resolve(__dirname, '../../dist/dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
});
