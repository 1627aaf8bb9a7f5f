// The rules read from Shanghai's and the final accounts' template data: nothing on the real files
// whose figures agree (rounding differences of the final accounts reported as information only), the
// real file's own defects found, and each rule catching a defect put into a real file's text.

import { describe, expect, it } from 'vitest';
import type { Rule } from './rule.js';
import { findingsOf, shown } from '../test-support/fixtures.js';
import { cellEdit, mutatedShanghai, shanghaiDoc } from '../test-support/shanghai.js';
import type { ShanghaiName } from '../test-support/corpus.js';
import { statementIdentities } from './arithmetic/statement-identities.js';
import { statementBalance } from './arithmetic/statement-balance.js';
import { statementColumns } from './arithmetic/statement-columns.js';
import { rowIdentities } from './arithmetic/row-identities.js';
import { economicGroupTotals } from './arithmetic/economic-group-totals.js';
import { templateAgreements } from './cross-table/template-agreements.js';
import { statementClasses } from './cross-table/statement-classes.js';
import { finalAccountsFigures } from './narrative/final-accounts-figures.js';
import { finalAccountsChanges } from './narrative/final-accounts-changes.js';
import { finalAccountsShares } from './narrative/final-accounts-shares.js';
import { finalAccountsYears } from './narrative/final-accounts-years.js';
import { finalAccountsProcurement } from './narrative/final-accounts-procurement.js';

const FILES: ShanghaiName[] = [
  'bangongshiDept',
  'bangongshiUnit',
  'shangwuwei',
  'caizhengju',
  'finalTemplate',
  'budgetTemplate',
];

/** No error or warning from the rule on any real file; information is allowed only where listed. */
function itPassesTheRealFiles(rule: Rule, infos: Partial<Record<ShanghaiName, number>> = {}): void {
  it.each(FILES)('finds no error or warning in %s', async (name) => {
    const findings = findingsOf(rule, await shanghaiDoc(name));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.length).toBe(infos[name] ?? 0);
  });
}

describe('statement-identities', () => {
  itPassesTheRealFiles(statementIdentities);

  it('finds a 0.01 元 difference in a 元 document (Shanghai 收入总计 = Σ income)', async () => {
    const doc = await mutatedShanghai('bangongshiDept', {
      after: '2025年部门财务收支预算总表',
      holding: '一般公共预算资金\t91,016,775.35',
      edit: cellEdit(2, '91,016,775.35', '91,016,775.34'),
    });
    expect(shown(findingsOf(statementIdentities, doc))).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          '部门财务收支预算总表：财政拨款收入 91,016,775.35 ≠ 一般公共预算资金 + 政府性基金 + 国有资本经营预算 91,016,775.34，相差 +0.01',
        difference: '+0.01',
      }),
    ]);
  });

  it('finds 收入总计 ≠ 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 in final accounts', async () => {
    const doc = await mutatedShanghai('caizhengju', {
      holding: '年初结转和结余\t49.14',
      edit: cellEdit(2, '49.14', '49.41'),
    });
    expect(shown(findingsOf(statementIdentities, doc))).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          '收入支出决算总表：收入总计 2,995.39 ≠ 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 2,995.66，相差 -0.27',
      }),
    ]);
  });
});

describe('statement-balance', () => {
  itPassesTheRealFiles(statementBalance);

  it('finds 收入总计 ≠ 支出总计', async () => {
    const doc = await mutatedShanghai('shangwuwei', {
      holding: '收入总计\t371,514,655.00',
      edit: cellEdit(4, '371,514,655.00', '371,514,637.00'),
    });
    expect(shown(findingsOf(statementBalance, doc)).map((f) => f.message)).toEqual([
      '部门财务收支预算总表 收入总计 371,514,655.00 ≠ 部门财务收支预算总表 支出总计 371,514,637.00，相差 +18.00',
    ]);
  });
});

describe('statement-columns', () => {
  itPassesTheRealFiles(statementColumns);

  it('finds a unit budget line whose 合计 is not 人员经费 + 公用经费 + 项目支出', async () => {
    const doc = await mutatedShanghai('bangongshiUnit', {
      holding: '一般公共服务支出\t82,096,797.42',
      edit: cellEdit(7, '66,410,000.00', '66,401,000.00'),
    });
    expect(shown(findingsOf(statementColumns, doc)).map((f) => f.message)).toEqual([
      '预算单位财务收支预算总表：一般公共服务支出 合计 82,096,797.42 ≠ 人员经费 + 公用经费 + 项目支出 82,087,797.42，相差 +9,000.00',
    ]);
  });
});

describe('row-identities', () => {
  itPassesTheRealFiles(rowIdentities);

  it('finds a final-accounts 三公 budget total that is not the sum of its parts', async () => {
    const doc = await mutatedShanghai('caizhengju', {
      holding: '0.95',
      after: '财政拨款“三公”经费支出决算表',
      edit: (l) => l.replace(/0\.95\t$/, '0.59\t'),
    });
    expect(shown(findingsOf(rowIdentities, doc)).map((f) => f.message)).toEqual([
      '财政拨款“三公”经费支出决算表：合计 预算数 0.95 ≠ 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费 0.59，相差 +0.36',
    ]);
  });
});

describe('economic-group-totals', () => {
  itPassesTheRealFiles(economicGroupTotals);

  it('finds 人员经费合计 ≠ 301 + 303', async () => {
    const doc = await mutatedShanghai('caizhengju', {
      holding: '对个人和家庭的补助\t69.41',
      edit: (l) => l.replace('69.41', '96.41'),
    });
    expect(shown(findingsOf(economicGroupTotals, doc)).map((f) => f.message)).toEqual([
      '一般公共预算财政拨款基本支出决算表：人员经费合计 2,152.26 ≠ 301 + 303 各类之和 2,179.26，相差 -27.00',
    ]);
  });
});

describe('template-agreements', () => {
  itPassesTheRealFiles(templateAgreements);

  it('finds the statement’s 支出总计 disagreeing with the expenditure table’s 合计', async () => {
    const doc = await mutatedShanghai('bangongshiDept', {
      holding: '收入总计\t91,016,775.35',
      edit: cellEdit(4, '91,016,775.35', '91,016,757.35'),
    });
    expect(shown(findingsOf(templateAgreements, doc)).map((f) => f.message)).toEqual([
      '部门财务收支预算总表 支出总计 91,016,757.35 ≠ 部门支出预算总表 合计（合计） 91,016,775.35，相差 -18.00',
    ]);
  });
});

describe('statement-classes', () => {
  // The final accounts print 326.71 in the statements and 326.72 in the tables: a rounding difference.
  itPassesTheRealFiles(statementClasses, { caizhengju: 2 });

  it('finds a class printed differently in the statement and the expenditure table', async () => {
    const doc = await mutatedShanghai('shangwuwei', {
      holding: '\t科学技术支出\t17,200,000.00',
      edit: (l) => l.replace('17,200,000.00', '17,200,000.01'),
    });
    expect(shown(findingsOf(statementClasses, doc)).map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        '部门财务收支预算总表 科学技术支出 17,200,000.01 ≠ 部门支出预算总表 206 科学技术支出（合计） 17,200,000.00，相差 +0.01',
      ],
    ]);
  });
});

describe('final-accounts-figures', () => {
  it('finds the real file’s 财政拨款收入支出总计 “0.3万元” against the table’s 2,961.68, and nothing else', async () => {
    expect(shown(findingsOf(finalAccountsFigures, await shanghaiDoc('caizhengju')))).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          '情况说明中财政拨款收入支出总计 0.30 万元（“财政拨款收入支出总计0.3万元”）≠ 财政拨款收入支出决算总表 收入总计 2,961.68，相差 -2,961.38',
      }),
    ]);
  });

  it('finds an item’s 支出决算 that is not the table’s', async () => {
    const doc = await mutatedShanghai('caizhengju', {
      holding: '年初预算为450.52万元',
      edit: (l) => l.replace('支出决算为449.52万元', '支出决算为494.52万元'),
    });
    const messages = shown(findingsOf(finalAccountsFigures, doc)).map((f) => f.message ?? '');
    const item = messages.find((m) =>
      m.startsWith('情况说明中一般公共服务支出（类）财政事务（款）财政委托业务支出（项） 494.52 万元'),
    );
    expect(item).toMatch(
      /≠ 一般公共预算财政拨款支出决算表 2010608 财政委托业务支出（合计） 449\.52，相差 \+45\.00$/,
    );
  });
});

describe('final-accounts-changes', () => {
  itPassesTheRealFiles(finalAccountsChanges);

  it('finds a per cent that does not follow from the change', async () => {
    const doc = await mutatedShanghai('caizhengju', {
      holding: '下降1.87%',
      edit: (l) => l.replace('下降1.87%', '下降1.78%'),
    });
    expect(shown(findingsOf(finalAccountsChanges, doc)).map((f) => f.message)).toEqual([
      '情况说明中收入支出总计变动 -56.95 万元，上年数 3,052.34 万元（2,995.39 − -56.95），应为 -1.87%，说明写 -1.78%',
    ]);
  });
});

describe('final-accounts-shares', () => {
  it('finds the real file’s 71.73% for 一般公共服务支出 (2106.66 of 2940.05 is 71.65%), and nothing else', async () => {
    expect(
      shown(findingsOf(finalAccountsShares, await shanghaiDoc('caizhengju'))).map((f) => f.message),
    ).toEqual([
      '情况说明中一般公共服务支出（类）占一般公共预算财政拨款支出的比重写 71.73%（“一般公共服务支出（类）…占71.73%”），按所列金额应为 71.65%',
    ]);
  });

  it('finds a share of income that does not follow from the amounts', async () => {
    const doc = await mutatedShanghai('caizhengju', {
      holding: '占99.79%',
      edit: (l) => l.replace('占99.79%', '占97.99%'),
    });
    expect(shown(findingsOf(finalAccountsShares, doc)).map((f) => f.message)).toContain(
      '情况说明中财政拨款收入占本年收入合计的比重写 97.99%（“财政拨款收入2940.05万元，占97.99%”），按所列金额应为 99.79%',
    );
  });
});

describe('final-accounts-years', () => {
  itPassesTheRealFiles(finalAccountsYears);

  it('finds a comparison with the wrong year', async () => {
    const doc = await mutatedShanghai('caizhengju', {
      holding: '与2023年度相比，收入',
      edit: (l) => l.replace('与2023年度相比', '与2022年度相比'),
    });
    expect(shown(findingsOf(finalAccountsYears, doc)).map((f) => f.message)).toEqual([
      '情况说明中比较年度写作 2022 年（“与2022年度相比”），应为上一年度 2023 年',
    ]);
  });
});

describe('final-accounts-procurement', () => {
  // 4.79 + 0 + 246.47 = 251.26 against 251.25: within the rounding of three figures in 万元.
  itPassesTheRealFiles(finalAccountsProcurement, { caizhengju: 1 });

  it('finds parts that do not add up beyond rounding', async () => {
    const doc = await mutatedShanghai('caizhengju', {
      holding: '服务采购金额246.47万元',
      edit: (l) => l.replace('服务采购金额246.47万元', '服务采购金额264.47万元'),
    });
    expect(shown(findingsOf(finalAccountsProcurement, doc)).map((f) => [f.severity, f.message])).toEqual([
      ['error', '情况说明：政府采购金额 251.25 ≠ 货物 + 工程 + 服务采购金额 269.26，相差 -18.01'],
    ]);
  });
});
