// Writes src/server/openapi.json from the routes' Zod schemas (the drift test fails until it is rerun).
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { generateOpenApi } from '../src/server/openapi-document.js';

const out = new URL('../src/server/openapi.json', import.meta.url);
const doc = await generateOpenApi();
const options = (await resolveConfig(out)) ?? {};
writeFileSync(out, await format(JSON.stringify(doc), { ...options, parser: 'json' }));
process.stdout.write('src/server/openapi.json written\n');
