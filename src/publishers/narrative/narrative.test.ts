import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { importText } from '../../importers/index.js';
import { importDepartment, mutateLine } from '../../test-support/corpus.js';
import { blockText, buildNarrative, changeRate, changeSentence, NO_PREVIOUS } from './index.js';

const bangongting = importDepartment('bangongting');
const beijing = importDepartment('beijing');

/** The generated text of one section, blocks joined by newlines. */
function section(doc: DepartmentBudgetDocument, key: string): string {
  const s = buildNarrative(doc).sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section ${key}`);
  return s.blocks.map(blockText).join('\n');
}

function reimport(text: string): DepartmentBudgetDocument {
  const r = importText(text, { file: 'mutated.txt' });
  if (!r.ok || r.document.kind !== 'department-budget') throw new Error('mutated corpus did not import');
  return r.document;
}

describe('changeRate', () => {
  it.each([
    ['6563.63', '154.46', '2.41'],
    ['1561.09', '162.77', '11.64'],
    ['585.91', '4.50', '0.77'],
    ['252.08', '-21.89', '-7.99'],
  ])('is change ÷ (current − change): %s with change %s gives %s%%', (current, change, rate) => {
    expect(changeRate(Decimal.from(current), Decimal.from(change))?.toString()).toBe(rate);
  });

  it('has no rate when last year was zero', () => {
    expect(changeRate(Decimal.from('10.00'), Decimal.from('10.00'))).toBeNull();
  });
});

describe('changeSentence', () => {
  it.each([
    ['154.46', '收入较去年增加154.46万元，上升2.41%。'],
    ['-154.46', '收入较去年减少154.46万元，下降2.30%。'],
    ['0', '收入与去年持平。'],
  ])('words a change of %s as the documents do', (change, sentence) => {
    expect(changeSentence('收入', '去年', Decimal.from('6563.63'), Decimal.from(change))).toBe(sentence);
  });

  it('says that last year is unknown instead of inventing a change', () => {
    expect(changeSentence('收入', '去年', Decimal.from('6563.63'), null)).toBe(`收入${NO_PREVIOUS}。`);
  });
});

describe('buildNarrative on 长沙市人民政府办公厅 2024', () => {
  it('has the seven sections in order', () => {
    expect(buildNarrative(bangongting).sections.map((s) => s.heading)).toEqual([
      '一、部门基本概况',
      '二、部门预算单位构成',
      '三、部门收支总体情况',
      '四、一般公共预算拨款支出',
      '五、政府性基金预算支出',
      '六、其他重要事项的情况说明',
      '七、名词解释',
    ]);
  });

  it('states income and expenditure from the tables, the change as stated and its rate', () => {
    const text = section(bangongting, 'totals');
    expect(text).toContain(
      '2024年本部门收入预算6563.63万元，其中，一般公共预算拨款6563.63万元。收入较去年增加154.46万元，上升2.41%。主要是人员经费增加。',
    );
    expect(text).toContain(
      '（二）支出预算：2024年本部门支出预算6563.63万元，其中：一般公共服务支出6563.63万元。支出较去年增加154.46万元，上升2.41%。',
    );
  });

  it('states general public budget spending by class with its share, basic and project spending', () => {
    const text = section(bangongting, 'general');
    expect(text).toContain(
      '2024年本部门一般公共预算拨款支出6563.63万元，其中：一般公共服务支出6563.63万元，占100.00%。',
    );
    expect(text).toContain('（一）基本支出：2024年本部门基本支出预算数5401.88万元，');
    expect(text).toContain('其中，人员类4815.97万元，公用经费585.91万元。');
    expect(text).toContain('（二）项目支出：2024年本部门项目支出预算1161.75万元，');
    expect(text).toContain('其中：一般公共服务支出1161.75万元，主要用于政策出台前期调研');
  });

  it('states that there is no government fund spending when the fund table is empty', () => {
    expect(section(bangongting, 'fund')).toBe('2024年本部门无政府性基金安排的支出。');
  });

  it('states 机关运行经费 from 公用经费 and “三公”经费 with its parts and change', () => {
    const text = section(bangongting, 'other');
    expect(text).toContain(
      '（一）机关运行经费：2024年本部门机关运行经费585.91万元。机关运行经费比上年预算增加4.50万元，上升0.77%。',
    );
    expect(text).toContain(
      '2024年本部门“三公”经费预算数为252.08万元，其中，公务接待费40.90万元，公务用车购置及运行费180.18万元' +
        '（其中，公务用车购置费54.60万元，公务用车运行费125.58万元），因公出国（境）费31.00万元。' +
        '2024年“三公”经费预算较2023年减少21.89万元，下降7.99%。主要是落实进一步厉行节约坚持过紧日子的要求',
    );
  });

  it('states meetings, training, procurement and assets as the document states them', () => {
    const text = section(bangongting, 'other');
    expect(text).toContain('会议费预算27.80万元，其中基本支出4.00万元，项目支出23.80万元，人数约2050人');
    expect(text).toContain('培训费预算14.87万元，其中基本支出5.42万元，项目支出9.45万元，人数约120人');
    expect(text).toContain('政府采购预算总额267.17万元，其中，货物类采购预算267.17万元');
    expect(text).toContain('截至2023年12月底，本部门共有公务用车22辆，其中，机要通信用车16辆');
    expect(text).toContain('2024年拟新增配置公务用车2辆');
  });

  it('states the performance-target amounts from the two target tables', () => {
    expect(section(bangongting, 'other')).toContain(
      '纳入2024年部门整体支出绩效目标的金额为6563.63万元，其中，基本支出5401.88万元，项目支出1161.75万元。' +
        '项目支出绩效目标共15个项目，资金总额1161.75万元',
    );
  });

  it('lists the three budget units and carries 职能职责 and 名词解释 as printed', () => {
    const n = buildNarrative(bangongting);
    const units = n.sections[1]?.blocks.find((b) => b.kind === 'list');
    expect(units?.kind === 'list' && units.items).toEqual([
      '长沙市人民政府办公厅',
      '长沙市人民政府驻深圳办事处',
      '长沙市人民政府驻上海联络处',
    ]);
    const overview = section(bangongting, 'overview');
    expect(overview).toContain('（一）职能职责');
    expect(overview).toContain('（二）机构设置');
    expect(section(bangongting, 'glossary')).toContain('机关运行经费：是指各部门的公用经费');
  });
});

describe('buildNarrative on 长沙市人民政府驻北京联络处 2023', () => {
  it('says the department has only its own level', () => {
    expect(section(beijing, 'units')).toContain(
      '纳入2023年部门预算编制范围的只有长沙市人民政府驻北京联络处本级',
    );
  });

  it('computes 11.64% from the stated change of 162.77 and says “三公” stayed level', () => {
    expect(section(beijing, 'totals')).toContain(
      '2023年本部门收入预算1561.09万元，其中，一般公共预算拨款1561.09万元。收入较去年增加162.77万元，上升11.64%。',
    );
    expect(section(beijing, 'other')).toContain('2023年“三公”经费预算与2022年持平。');
    expect(section(beijing, 'other')).toContain(
      '机关运行经费78.49万元。机关运行经费比上年预算增加8.07万元，上升11.46%。',
    );
  });
});

describe('the narrative follows the tables, never the prose', () => {
  it('states the changed total and recomputes the rate when 本年收入合计 changes', () => {
    // Line 150: 本年收入合计 6,563.63 → 6,600.00; the prose still says 6563.63, the narrative must not.
    const doc = reimport(mutateLine('bangongting', 150, (l) => l.replace('6,563.63', '6,600.00')));
    const text = section(doc, 'totals');
    expect(text).toContain('2024年本部门收入预算6600.00万元');
    expect(text).toContain('收入较去年增加154.46万元，上升2.40%。');
  });

  it('says last year is unknown when the document states no change', () => {
    const doc: DepartmentBudgetDocument = {
      ...bangongting,
      narrative: {
        ...bangongting.narrative,
        facts: bangongting.narrative.facts.filter((f) => f.key !== 'income.change'),
      },
    };
    const text = section(doc, 'totals');
    expect(text).toContain(`收入${NO_PREVIOUS}。`);
    expect(text).toContain('支出较去年增加154.46万元');
  });

  it('notes missing free text instead of leaving the section blank', () => {
    const doc: DepartmentBudgetDocument = {
      ...bangongting,
      narrative: {
        ...bangongting.narrative,
        sections: bangongting.narrative.sections.filter((s) => s.key !== 'overview'),
      },
    };
    expect(section(doc, 'overview')).toBe('（原文未提供部门基本概况（职能职责、机构设置）。）');
  });
});
