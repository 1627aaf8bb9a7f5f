// The web app as `yusuan serve` sends it (web/dist, built and compressed before the tests by the
// global setup, as `npm run build:web` does): a script in Brotli or gzip to a browser that accepts it,
// byte for byte the built file once decoded, kept a year (hashed names); the page itself revalidated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../test-support/stores.js';
import { buildServer, DEFAULT_WEB_DIR } from './app.js';

describe('the web app as served', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  const index = readFileSync(join(DEFAULT_WEB_DIR, 'index.html'), 'utf8');
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1] ?? '';
  const built = readFileSync(join(DEFAULT_WEB_DIR, script));

  beforeAll(async () => {
    store = await openTestStore('pglite');
    ({ app } = await buildServer({ store }));
  });
  afterAll(async () => {
    await app?.close();
    await store?.drop();
  });

  it('sends the entry script compressed to who accepts it, and keeps it a year', async () => {
    expect(script).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    const br = await app.inject({ url: script, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.length).toBeLessThan(built.length / 2);
    expect(brotliDecompressSync(br.rawPayload).equals(built)).toBe(true);
    const gz = await app.inject({ url: script, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(built)).toBe(true);
    const plain = await app.inject({ url: script });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(built)).toBe(true);
  });

  it('asks for the page itself each time (it names the current scripts)', async () => {
    for (const url of ['/', '/departments/x']) {
      const r = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toContain('text/html');
      const html =
        r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.rawPayload).toString() : r.body;
      expect(html).toContain(script);
    }
    expect((await app.inject({ url: '/' })).headers['cache-control']).toBe('no-cache');
  });
});
