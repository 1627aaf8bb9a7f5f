// The committed OpenAPI document is what the routes generate (run `npm run openapi` after a change),
// and every route of the API is in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApi } from './openapi-document.js';

const committed = JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};

describe('OpenAPI document', () => {
  it('matches the routes (no drift: rerun `npm run openapi`)', async () => {
    expect(await generateOpenApi()).toEqual(committed);
  });

  it('documents the fixed contract', () => {
    expect(Object.keys(committed.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/documents',
        '/api/documents/{id}',
        '/api/documents/{id}/summary',
        '/api/documents/{id}/findings',
        '/api/documents/{id}/source',
        '/api/auth/login',
      ]),
    );
    expect(committed.paths['/api/documents']?.['post']).toMatchObject({
      requestBody: { content: { 'multipart/form-data': { schema: { required: ['file'] } } } },
    });
  });
});
