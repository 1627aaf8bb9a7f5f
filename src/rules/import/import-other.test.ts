import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/model/common.js';
import { importCorpus } from '../../test-support/corpus.js';
import { department, findingsOf } from '../../test-support/fixtures.js';
import { review } from '../engine.js';
import { importOther } from './import-other.js';

describe('import-other', () => {
  it.each(['bangongting', 'beijing', 'keyProjects', 'xiangyin'] as const)(
    'finds nothing in the %s document: its warnings all have a dedicated rule',
    (name) => {
      expect(review(importCorpus(name), { rules: [importOther] })).toEqual([]);
    },
  );

  it('reports a warning or error diagnostic of another kind, but neither repairs (info) nor missing tables', () => {
    const base = department('bangongting');
    const extra: Diagnostic[] = [
      {
        code: 'row-realigned',
        severity: 'warning',
        message: '第 748 行单元格错位，对齐方式不唯一',
        source: { line: 748 },
        table: '部门整体支出绩效目标表',
      },
      { code: 'row-realigned', severity: 'info', message: '第 742 行单元格已对齐', source: { line: 742 } },
      { code: 'table-missing', severity: 'error', message: '缺少第8张表', source: { line: 769 } },
      { code: 'markup-removed', severity: 'error', message: '第 3 行无法去除的标记', source: { line: 3 } },
    ];
    const doc = { ...base, diagnostics: [...base.diagnostics, ...extra] };
    expect(findingsOf(importOther, doc).map((f) => [f.severity, f.lines, f.table, f.message])).toEqual([
      ['error', [3], undefined, '第 3 行无法去除的标记'],
      ['warning', [748], '部门整体支出绩效目标表', '第 748 行单元格错位，对齐方式不唯一'],
    ]);
  });
});
