// Prints the gzipped size of the JavaScript the first page loads: the entry script(s) and
// module preloads referenced from dist/index.html (lazy route chunks are not counted).
// Usage: node scripts/first-page-size.mjs [distDir]   (also called by the Vite plugin after a build)
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} distDir
 * @returns {{ files: { file: string, gzipBytes: number }[], totalGzipBytes: number }}
 */
export function firstPageJsSize(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set();
  const pattern = /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g;
  for (const match of html.matchAll(pattern)) {
    const ref = match[1];
    if (ref !== undefined && !/^https?:/.test(ref)) refs.add(ref.replace(/^\.?\//, ''));
  }
  const files = [...refs].map((file) => {
    const path = join(distDir, file);
    const gzipBytes = existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : 0;
    return { file, gzipBytes };
  });
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

/** @param {string} distDir */
export function printFirstPageJsSize(distDir) {
  const { totalGzipBytes, files } = firstPageJsSize(distDir);
  const kb = (totalGzipBytes / 1000).toFixed(1);
  console.log(`first-page JS: ${kb} kB gzipped (${files.length} file${files.length === 1 ? '' : 's'})`);
  return totalGzipBytes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printFirstPageJsSize(resolve(process.argv[2] ?? 'dist'));
}
