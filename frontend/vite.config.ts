/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { printFirstPageJsSize } from './scripts/first-page-size.mjs';
import { precompress } from './scripts/precompress.mjs';

const FIRST_PAGE_BUDGET_BYTES = 250_000;

/**
 * After `vite build`: writes .br and .gz beside each text asset (served as-is by the server), prints the gzipped
 * JS of the first page and fails past the budget.
 */
function firstPageSize(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'worktrackr-first-page-size',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      if (!config) return;
      const outDir = resolve(config.root, config.build.outDir);
      const packed = precompress(outDir);
      console.log(
        `precompressed ${packed.files} files: ${(packed.bytes / 1000).toFixed(0)} kB → ${(packed.brotliBytes / 1000).toFixed(0)} kB brotli`,
      );
      const bytes = printFirstPageJsSize(outDir);
      if (bytes > FIRST_PAGE_BUDGET_BYTES) {
        throw new Error(`first-page JS is over the ${FIRST_PAGE_BUDGET_BYTES / 1000} kB budget`);
      }
    },
  };
}

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), firstPageSize()],
  resolve: {
    alias: { '@': resolve(import.meta.dirname, 'src') },
  },
  server: {
    proxy: {
      '/api': backend,
      '/v3': backend,
      '/swagger-ui': backend,
    },
  },
  build: {
    emptyOutDir: true,
    sourcemap: false,
    // The first-page budget above is the real check; the vendor code is one cacheable chunk.
    chunkSizeWarningLimit: 900,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    css: false,
    restoreMocks: true,
    // The long journeys (dashboard, sign-in again, new ticket) take 10–15 s when the two cores are shared
    // with other builds; the limit guards against hangs, not slowness.
    testTimeout: 30_000,
    // Two workers even on a two-core machine: the suite is mostly waiting on jsdom and timers.
    maxWorkers: 2,
    isolate: false,
  },
});
