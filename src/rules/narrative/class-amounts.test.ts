import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace } from '../../test-support/fixtures.js';
import { classAmounts } from './class-amounts.js';

describe('narrative-class-amounts', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds the class amounts and shares of %s in the tables',
    (name) => {
      expect(findingsOf(classAmounts, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports a share that does not follow from the table (bangongting line 100: 100.00% → 98.00%)', () => {
    const doc = mutatedDoc('bangongting', [100, replace('占100.00%', '占98.00%')]);
    expect(lines(findingsOf(classAmounts, doc))).toEqual([
      '100 error: 部门预算说明“一般公共服务支出占98.00%”与一般公共预算支出表 201 一般公共服务支出 总计 6,563.63 ÷ 合计 6,563.63 = 100.00% 不一致，相差 -2.00',
    ]);
  });

  it('reports a class amount of 项目支出 against its column (bangongting line 104: 1161.75 → 1116.75)', () => {
    const doc = mutatedDoc('bangongting', [
      104,
      replace('其中：一般公共服务支出1161.75万元', '其中：一般公共服务支出1116.75万元'),
    ]);
    const found = findingsOf(classAmounts, doc);
    expect(lines(found)).toEqual([
      '104 error: 部门预算说明“一般公共服务支出1,116.75万元”与一般公共预算支出表 201 一般公共服务支出 项目支出 1,161.75 不一致，相差 -45.00',
    ]);
    expect(found[0]?.lines).toEqual([104, 246]);
  });
});
