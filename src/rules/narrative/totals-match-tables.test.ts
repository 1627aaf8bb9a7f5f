import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { totalsMatchTables } from './totals-match-tables.js';

describe('narrative-totals-match-tables', () => {
  it.each(['bangongting', 'beijing'] as const)('finds the totals of %s agreeing with its tables', (name) => {
    expect(findingsOf(totalsMatchTables, corpusDoc(name))).toEqual([]);
  });

  it('reports an income total that differs from 本年收入合计 (bangongting line 81: 6563.63 → 6536.63)', () => {
    const doc = mutatedDoc('bangongting', [81, replace('收入预算6563.63万元', '收入预算6536.63万元')]);
    expect(shown(findingsOf(totalsMatchTables, doc))).toEqual([
      {
        severity: 'error',
        lines: [81, 150],
        message:
          '部门预算说明“收入预算6536.63万元”与部门收支总表“本年收入合计” 6,563.63 万元 不一致，相差 -27.00',
        table: '部门收支总表',
        found: '6,536.63',
        expected: '6,563.63',
        difference: '-27.00',
      },
    ]);
  });

  it('reports 基本支出 against the 一般公共预算支出表 (Beijing line 89: 656.38 → 665.38)', () => {
    const doc = mutatedDoc('beijing', [89, replace('656.38', '665.38')]);
    expect(lines(findingsOf(totalsMatchTables, doc))).toEqual([
      '89 error: 部门预算说明“基本支出预算数665.38万元”与一般公共预算支出表“合计”基本支出 656.38 万元 不一致，相差 +9.00',
    ]);
  });
});
