// The web client's types are generated from the committed OpenAPI document and kept in step with it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './e2e/browser';

const spec = join(ROOT, 'src/server/openapi.json');
const schema = join(ROOT, 'web/src/api/schema.d.ts');

describe.skipIf(!existsSync(spec))('web API types', () => {
  it('match src/server/openapi.json (npm run api:web regenerates them)', async () => {
    // @ts-expect-error: a plain ES module script without types
    const { generate } = (await import('../../scripts/api-web.mjs')) as { generate: () => Promise<string> };
    expect(readFileSync(schema, 'utf8')).toBe(await generate());
  });
});
