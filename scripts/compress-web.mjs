// After `vite build`: a Brotli and a gzip copy beside each text asset of web/dist (JavaScript, CSS,
// SVG, JSON, HTML), which `yusuan serve` sends to browsers that accept them (@fastify/static
// preCompressed) — about a third of the bytes over the wire. Small files are left as they are.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');
const TEXT = /\.(js|mjs|css|svg|json|html|txt|map)$/;
let files = 0;
let before = 0;
let after = 0;

function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (TEXT.test(e.name) && statSync(p).size >= 1024) {
      const bytes = readFileSync(p);
      const br = brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      });
      writeFileSync(`${p}.br`, br);
      writeFileSync(`${p}.gz`, gzipSync(bytes, { level: 9 }));
      files++;
      before += bytes.length;
      after += br.length;
    }
  }
}

walk(dist);
console.log(
  `web/dist: ${files} files compressed, ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB with Brotli`,
);
