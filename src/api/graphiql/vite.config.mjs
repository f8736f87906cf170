// Builds the offline GraphiQL page into dist/graphiql, served by `cadregraph serve`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/graphiql/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // Radix marks its modules "use client" for React Server Components; irrelevant in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
