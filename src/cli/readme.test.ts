// The README documents every exit code the command line uses, and each error code maps to one of them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../core/errors.js';
import { EXIT, exitCodeFor } from './exit-codes.js';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it.each(Object.entries(EXIT))('lists exit code %s (%i) in its table', (_name, code) => {
    expect(readme).toMatch(new RegExp(`^\\| ${code} +\\| \\S`, 'm'));
  });

  it('maps every error code to a documented exit code', () => {
    const documented = new Set(Object.values(EXIT) as number[]);
    for (const code of ERROR_CODES) expect(documented.has(exitCodeFor(code))).toBe(true);
  });
});
