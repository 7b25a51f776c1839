import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * Writes .gz and .br beside every text asset so the server sends them precompressed.
 * Runs on the files as written (writeBundle): earlier hooks see code Vite still rewrites.
 */
function precompress(): Plugin {
  return {
    name: 'coverdesk-precompress',
    apply: 'build',
    writeBundle(opts, bundle) {
      const dir = opts.dir ?? outDir;
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(name)) continue;
        const buf = readFileSync(join(dir, name));
        if (buf.length < 1024) continue;
        writeFileSync(join(dir, `${name}.gz`), gzipSync(buf, { level: 9 }));
        writeFileSync(join(dir, `${name}.br`), brotliCompressSync(buf, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }));
      }
    },
  };
}

// The SPA: src/web → dist/web, served by the Fastify app on the same origin.
// No inline scripts anywhere (CSP script-src 'self').
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
});
