import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.js';
import { renderRulesDoc } from './docs.js';
import { TABLE_RULES } from './catalogue-tables.js';

const docsPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/rules.md');

describe('docs/rules.md', () => {
  it('is what the catalogue generates (run `npx tsx scripts/rules-doc.ts` when this fails)', () => {
    expect(readFileSync(docsPath, 'utf8')).toBe(renderRulesDoc(CATALOGUE));
  });

  it('documents every rule with its id, rationale and example message', () => {
    const doc = renderRulesDoc(CATALOGUE);
    for (const r of CATALOGUE) {
      expect(doc).toContain(`### \`${r.id}\` ${r.title}`);
      expect(doc).toContain(r.rationale.trim());
      expect(doc).toContain(`> ${r.example.message}`);
    }
  });
});

describe('the table rules in the catalogue', () => {
  it('have unique ids and complete documentation', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(TABLE_RULES.length).toBe(30);
    for (const r of TABLE_RULES) {
      expect(r.rationale.length, r.id).toBeGreaterThan(40);
      expect(r.example.message, r.id).not.toBe('');
    }
  });
});
