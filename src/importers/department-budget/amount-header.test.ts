import { describe, expect, it } from 'vitest';
import { HUNAN } from '../../core/templates/hunan.js';
import { tableTemplate } from '../../core/templates/template.js';
import type { TableId } from '../../core/templates/template.js';
import { corpusText } from '../../test-support/corpus.js';
import { splitLines, toLine } from '../lines.js';
import { headerWords, isHeaderRow } from './amount-header.js';

function words(id: TableId) {
  const t = tableTemplate(HUNAN, id);
  if (t.shape === 'amounts') return headerWords(t.columns);
  if (t.shape === 'balance') return headerWords([...t.incomeColumns, ...t.expenditureColumns]);
  throw new Error(id);
}

const lines2024 = splitLines(corpusText('bangongting'));
const lines2023 = splitLines(corpusText('beijing'));

describe('isHeaderRow on the printed header rows', () => {
  it.each([
    ['summary', 142],
    ['summary', 143],
    ['income', 163],
    ['income', 164],
    ['income', 165],
    ['expenditure', 180],
    ['expenditure', 181],
    ['fiscal-summary', 198],
    ['fiscal-summary', 229],
    ['basic-expenditure', 259],
    ['basic-expenditure', 285],
    ['three-public', 311],
    ['three-public', 312],
    ['fund-expenditure', 326],
  ] as const)('2024 %s line %i is a header', (id, no) => {
    const line = lines2024[no - 1];
    expect(line && isHeaderRow(line, words(id))).toBe(true);
  });

  it.each([
    ['income', 164],
    ['fiscal-summary', 231],
    ['basic-expenditure', 312],
  ] as const)('2023 (markdown) %s line %i is a header', (id, no) => {
    const line = lines2023[no - 1];
    expect(line && isHeaderRow(line, words(id))).toBe(true);
  });

  it.each([
    ['summary', 152],
    ['summary', 153],
    ['income', 166],
    ['basic-expenditure', 261],
    ['three-public', 313],
    ['fund-expenditure', 327],
  ] as const)('2024 %s line %i is data', (id, no) => {
    const line = lines2024[no - 1];
    expect(line && isHeaderRow(line, words(id))).toBe(false);
  });

  it('takes a 合计 row with blank figures for data, not a header', () => {
    expect(isHeaderRow(toLine('\t\t\t合计\t\t\t', 1), words('general-expenditure'))).toBe(false);
  });

  it('takes an unknown caption row for data, so that it is reported rather than skipped', () => {
    expect(isHeaderRow(toLine('类\t款\t项\t备用列', 1), words('general-expenditure'))).toBe(false);
  });
});
