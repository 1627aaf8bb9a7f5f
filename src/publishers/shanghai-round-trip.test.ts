// The Shanghai files publish in their own layout and read back to the same model: import → text or
// XLSX → import is the identity (figures at their precision, codes, sections, the units listed).

import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../importers/index.js';
import { SHANGHAI } from '../test-support/corpus.js';
import type { ShanghaiName } from '../test-support/corpus.js';
import { modelDifferences } from '../test-support/model-equal.js';
import { shanghaiDoc } from '../test-support/shanghai.js';
import { renderText } from './text/index.js';
import { renderXlsx } from './xlsx/index.js';

const NAMES = Object.keys(SHANGHAI) as ShanghaiName[];

describe.each(NAMES)('Shanghai round trip: %s', (name) => {
  it('text: renders in the template’s layout and reads back to the same model', async () => {
    const doc = await shanghaiDoc(name);
    const text = renderText(doc);
    const again = importText(text, { file: 'rendered.txt' });
    if (!again.ok) throw new Error(again.error.message);
    expect([again.document.kind, again.document.template]).toEqual([doc.kind, doc.template]);
    expect(modelDifferences(doc, again.document)).toEqual([]);
  });

  it('XLSX: one sheet per table, the explanation before and after, and back', async () => {
    const doc = await shanghaiDoc(name);
    const again = await importBytes(await renderXlsx(doc), { fileName: 'rendered.xlsx' });
    if (!again.ok) throw new Error(again.error.message);
    expect(modelDifferences(doc, again.document)).toEqual([]);
  });
});

describe('Shanghai text layout', () => {
  it('prints the title lines and unit line as the document does', async () => {
    const doc = await shanghaiDoc('shangwuwei');
    const lines = renderText(doc).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '上海市普陀区2025年区级部门预算',
      '',
      '预算主管部门：上海市普陀区商务委员会',
    ]);
    const title = lines.indexOf('2025年部门支出预算总表');
    expect(lines.slice(title, title + 5)).toEqual([
      '2025年部门支出预算总表',
      '',
      '编制部门：上海市普陀区商务委员会',
      '',
      '单位：元',
    ]);
    expect(lines).toContain('科技创新专项经费情况说明');
  });
});
