import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../core/model/common.js';
import type { Narrative } from '../../../core/model/narrative.js';
import { HUNAN } from '../../../core/templates/hunan.js';
import { corpusText } from '../../../test-support/corpus.js';
import { ImportContext } from '../../context.js';
import { splitLines } from '../../lines.js';
import { matchTitle } from '../pages.js';
import { parseNarrative } from './index.js';

/** Part 1 as the dispatcher hands it over: the lines before the first table title. */
function readPart1(text: string): { narrative: Narrative; diagnostics: Diagnostic[] } {
  const lines = splitLines(text);
  const end = lines.findIndex((l) => matchTitle(l, HUNAN) !== null);
  const ctx = new ImportContext('test.txt', lines);
  return {
    narrative: parseNarrative(ctx, lines.slice(0, end < 0 ? lines.length : end)),
    diagnostics: ctx.diagnostics,
  };
}

const bangongting = readPart1(corpusText('bangongting'));
const beijing = readPart1(corpusText('beijing'));

type Row = [key: string, value: string, unit: string, line: number];

const BANGONGTING_FACTS: Row[] = [
  ['income.total', '6563.63', '万元', 81],
  ['income.general', '6563.63', '万元', 81],
  ['income.change', '154.46', '万元', 81],
  ['income.changePct', '2.41', '%', 81],
  ['expenditure.total', '6563.63', '万元', 90],
  ['expenditure.change', '154.46', '万元', 90],
  ['expenditure.changePct', '2.41', '%', 90],
  ['general.total', '6563.63', '万元', 100],
  ['basic.total', '5401.88', '万元', 102],
  ['project.total', '1161.75', '万元', 104],
  ['fund.total', '0', '万元', 108],
  ['operating.total', '585.91', '万元', 112],
  ['operating.change', '4.50', '万元', 112],
  ['operating.changePct', '0.77', '%', 112],
  ['threePublic.total', '252.08', '万元', 114],
  ['threePublic.reception', '40.90', '万元', 114],
  ['threePublic.vehicle', '180.18', '万元', 114],
  ['threePublic.vehiclePurchase', '54.60', '万元', 114],
  ['threePublic.vehicleOperation', '125.58', '万元', 114],
  ['threePublic.abroad', '31.00', '万元', 114],
  ['threePublic.change', '-21.89', '万元', 114],
  ['meeting.total', '27.8', '万元', 118],
  ['meeting.basic', '4', '万元', 118],
  ['meeting.project', '23.8', '万元', 118],
  ['meeting.people', '2050', '人', 118],
  ['training.total', '14.87', '万元', 118],
  ['training.basic', '5.42', '万元', 118],
  ['training.project', '9.45', '万元', 118],
  ['training.people', '120', '人', 118],
  ['procurement.total', '267.17', '万元', 120],
  ['procurement.goods', '267.17', '万元', 120],
  ['procurement.works', '0', '万元', 120],
  ['procurement.services', '0', '万元', 120],
  ['vehicles.total', '22', '辆', 122],
  ['vehicles.confidential', '16', '辆', 122],
  ['vehicles.emergency', '0', '辆', 122],
  ['vehicles.enforcement', '0', '辆', 122],
  ['vehicles.special', '0', '辆', 122],
  ['vehicles.other', '6', '辆', 122],
  ['vehicles.new', '2', '辆', 122],
  ['vehicles.new.confidential', '2', '辆', 122],
  ['vehicles.new.emergency', '0', '辆', 122],
  ['vehicles.new.enforcement', '0', '辆', 122],
  ['vehicles.new.special', '0', '辆', 122],
  ['vehicles.new.other', '0', '辆', 122],
  ['equipment.general', '2', '台', 122],
  ['equipment.special', '0', '台', 122],
  // "新增配备单位价值 50" / "万元以上通用设备 0 台": the sentence is broken across lines 122 and 124.
  ['equipment.new.general', '0', '台', 124],
  ['equipment.new.special', '0', '台', 124],
  ['targets.total', '6563.63', '万元', 126],
  ['targets.basic', '5401.88', '万元', 126],
  ['targets.project', '1161.75', '万元', 126],
];

const BEIJING_FACTS: Row[] = [
  ['income.total', '1561.09', '万元', 68],
  ['income.general', '1561.09', '万元', 68],
  ['income.change', '162.77', '万元', 68],
  ['income.changePct', '11.64', '%', 68],
  ['expenditure.total', '1561.09', '万元', 77],
  ['expenditure.change', '162.77', '万元', 77],
  ['expenditure.changePct', '11.64', '%', 77],
  ['general.total', '1561.09', '万元', 87],
  ['basic.total', '656.38', '万元', 89],
  ['project.total', '904.71', '万元', 91],
  ['fund.total', '0', '万元', 97],
  ['operating.total', '78.49', '万元', 101],
  ['operating.change', '8.07', '万元', 101],
  ['operating.changePct', '11.46', '%', 101],
  ['threePublic.total', '10.66', '万元', 103],
  ['threePublic.reception', '1.66', '万元', 103],
  ['threePublic.vehicle', '9.00', '万元', 103],
  ['threePublic.vehiclePurchase', '0.00', '万元', 103],
  ['threePublic.vehicleOperation', '9.00', '万元', 103],
  ['threePublic.abroad', '0.00', '万元', 103],
  ['threePublic.change', '0', '万元', 103],
  ['meeting.total', '35', '万元', 105],
  ['meeting.basic', '0', '万元', 105],
  ['meeting.project', '35', '万元', 105],
  ['meeting.people', '4000', '人', 105],
  ['training.total', '2', '万元', 109],
  ['training.people', '400', '人', 109],
  ['procurement.total', '0', '万元', 111],
  ['procurement.goods', '0', '万元', 111],
  ['procurement.works', '0', '万元', 111],
  ['procurement.services', '0', '万元', 111],
  ['vehicles.total', '3', '辆', 113],
  ['vehicles.confidential', '3', '辆', 113],
  ['vehicles.emergency', '0', '辆', 113],
  ['vehicles.enforcement', '0', '辆', 113],
  ['vehicles.special', '0', '辆', 113],
  ['vehicles.other', '0', '辆', 113],
  ['vehicles.new', '1', '辆', 113],
  ['vehicles.new.confidential', '1', '辆', 113],
  ['vehicles.new.emergency', '0', '辆', 113],
  ['vehicles.new.enforcement', '0', '辆', 113],
  ['vehicles.new.special', '0', '辆', 113],
  ['vehicles.new.other', '0', '辆', 113],
  ['equipment.general', '0', '台', 113],
  ['equipment.special', '0', '台', 113],
  ['equipment.new.general', '0', '台', 113],
  ['equipment.new.special', '0', '台', 113],
  // "…金额为1561.09万" / "元，其中，基本支出 656.38 万元…": the amount is broken across lines 115 and 117.
  ['targets.total', '1561.09', '万元', 115],
  ['targets.basic', '656.38', '万元', 117],
  ['targets.project', '904.71', '万元', 117],
];

describe.each([
  ['bangongting (2024, plain)', bangongting, BANGONGTING_FACTS],
  ['beijing (2023, markdown)', beijing, BEIJING_FACTS],
])('facts stated in %s', (_name, doc, rows) => {
  it.each(rows)('reads %s = %s %s on line %i', (key, value, unit, line) => {
    const fact = doc.narrative.facts.find((f) => f.key === key);
    expect(fact?.value.toString()).toBe(value);
    expect(fact?.unit).toBe(unit);
    expect(fact?.source.line).toBe(line);
  });

  it('states no fact that the text does not state', () => {
    expect(doc.narrative.facts.map((f) => f.key).sort()).toEqual(rows.map((r) => r[0]).sort());
  });

  it('reports no unreadable figure', () => {
    expect(doc.diagnostics.filter((d) => d.code === 'cell-unreadable')).toEqual([]);
  });
});

describe('fact phrases', () => {
  it.each([
    ['income.change', '收入较去年增加154.46万元'],
    ['income.changePct', '收入较去年增加154.46万元，上升2.41%'],
    ['threePublic.change', '“三公”经费预算较2023年减少21.89万元'],
    ['fund.total', '无政府性基金安排的支出'],
    ['meeting.total', '会议费预算27.8万元'],
    ['equipment.new.general', '通用设备0台'],
  ])('keeps the phrase of %s in the 2024 document: %s', (key, text) => {
    expect(bangongting.narrative.facts.find((f) => f.key === key)?.text).toBe(text);
  });

  it('reads "与 2022 年持平" as a change of zero', () => {
    const f = beijing.narrative.facts.find((x) => x.key === 'threePublic.change');
    expect(f?.text).toBe('“三公”经费预算与2022年持平');
    expect(f?.value.isZero()).toBe(true);
  });

  it('reads the amount "1561.09万" + "元" broken across a page', () => {
    expect(beijing.narrative.facts.find((x) => x.key === 'targets.total')?.text).toBe('金额为1561.09万元');
  });
});

describe('amounts by functional class', () => {
  it.each([
    [
      'bangongting',
      bangongting,
      [
        ['expenditure', '一般公共服务支出', '6563.63', null, 90],
        ['general', '一般公共服务支出', '6563.63', '100.00', 100],
        ['project', '一般公共服务支出', '1161.75', null, 104],
      ],
    ],
    [
      'beijing',
      beijing,
      [
        ['expenditure', '一般公共服务支出', '1561.09', null, 77],
        ['general', '一般公共服务支出', '1561.09', '100.00', 87],
        ['project', '一般公共服务支出', '904.71', null, 93],
      ],
    ],
  ] as const)('lists the classes of %s', (_name, doc, expected) => {
    const got = doc.narrative.classAmounts.map((c) => [
      c.scope,
      c.name,
      c.amount.toString(),
      c.share?.toString() ?? null,
      c.source.line,
    ]);
    expect(got).toEqual(expected);
  });
});

describe('the change of 三公 and its reason', () => {
  it.each([
    [
      bangongting,
      '主要是落实进一步厉行节约坚持过紧日子的要求，公务接待费预算减少12.4万元，公务用车购置及运行费预算减少9.49万元',
      114,
    ],
    [beijing, '主要原因是厉行节约，严格控制三公经费支出', 103],
  ])('keeps the reason as printed (%#)', (doc, reason, line) => {
    expect(doc.narrative.threePublicChangeReason).toEqual({ value: reason, source: { line } });
  });
});

describe('sections', () => {
  const TITLES = [
    '一、部门基本概况',
    '二、部门预算单位构成',
    '三、部门收支总体情况',
    '四、一般公共预算拨款支出',
    '五、政府性基金预算支出',
    '六、其他重要事项的情况说明',
    '七、名词解释',
  ];
  it.each([
    [
      'bangongting',
      bangongting,
      [
        [36, 66],
        [68, 77],
        [79, 94],
        [98, 104],
        [106, 108],
        [110, 126],
        [128, 132],
      ],
    ],
    // Markdown headings ("#### 四、", "## **五、…**") are read without their markup.
    [
      'beijing',
      beijing,
      [
        [35, 59],
        [61, 64],
        [66, 81],
        [85, 93],
        [95, 97],
        [99, 117],
        [119, 123],
      ],
    ],
  ])('finds the seven sections of %s after the table of contents', (_name, doc, ranges) => {
    expect(doc.narrative.sections.map((s) => s.heading.value)).toEqual(TITLES);
    expect(doc.narrative.sections.map((s) => [s.lines.first, s.lines.last])).toEqual(ranges);
    expect(doc.narrative.sections.map((s) => s.heading.source.line)).toEqual(ranges.map((r) => r[0]));
    expect(doc.diagnostics.filter((d) => d.code === 'section-missing')).toEqual([]);
  });
});

describe('paragraphs', () => {
  it.each([
    ['bangongting', bangongting, [70, 114, 122]],
    ['beijing', beijing, [91, 105, 115]],
  ])('reports each sentence broken by a page of %s', (_name, doc, lines) => {
    const joined = doc.diagnostics.filter((d) => d.code === 'sentence-joined');
    expect(joined.map((d) => d.source.line)).toEqual(lines);
    expect(joined.every((d) => d.severity === 'info')).toBe(true);
  });

  const paragraph = (n: Narrative, first: number) =>
    n.sections.flatMap((s) => s.paragraphs).find((p) => p.lines.first === first);

  it.each([
    [bangongting, 70, 72, '本部门预算为汇总预算，纳入2024年部门预算编制范围的预算单位包括：'],
    [bangongting, 114, 116, '坚持过紧日子的要求，公务接待费预算减少12.4万元，'],
    [bangongting, 122, 124, '新增配备单位价值50万元以上通用设备0台，'],
    [beijing, 91, 93, '而发生的支出，包括有关事业发展专项'],
    [beijing, 105, 109, '党建各项工作会议，经济协作招商工作会议'],
    [beijing, 115, 117, '金额为1561.09万元，其中，基本支出656.38万元'],
  ])('joins the sentence of lines %#', (doc, first, last, text) => {
    const p = paragraph(doc.narrative, first);
    expect(p?.lines).toEqual({ first, last });
    expect(p?.text).toContain(text);
  });

  it.each([
    [bangongting, 83, '收入预算图'],
    [bangongting, 86, '■本级财政拨款收入'],
    [bangongting, 92, '支出预算图'],
    [bangongting, 94, '■一般公共服务支出'],
    [beijing, 79, '支出预算图'],
    [beijing, 81, '一般公共服务支出'],
    [bangongting, 64, '（二）机构设置'],
    [beijing, 57, '(2)机构设置'],
  ])('keeps a caption or heading as its own paragraph (%#)', (doc, line, text) => {
    expect(paragraph(doc.narrative, line)).toEqual({ text, lines: { first: line, last: line } });
  });

  it('does not join numbered items that lack final punctuation', () => {
    const units = bangongting.narrative.sections[1]?.paragraphs.map((p) => p.lines.first);
    expect(units).toEqual([70, 75, 76, 77]);
  });
});

describe('budget units', () => {
  it('lists the three units of 2024 without their numbering', () => {
    expect(bangongting.narrative.unitsListed).toEqual([
      { value: '长沙市人民政府办公厅', source: { line: 75 } },
      { value: '长沙市人民政府驻深圳办事处', source: { line: 76 } },
      { value: '长沙市人民政府驻上海联络处', source: { line: 77 } },
    ]);
    expect(bangongting.narrative.onlyOwnLevel).toBe(false);
  });

  it('reads "只有本级" as the department being its own only unit', () => {
    expect(beijing.narrative.onlyOwnLevel).toBe(true);
    expect(beijing.narrative.unitsListed).toEqual([
      { value: '长沙市人民政府驻北京联络处', source: { line: 64 } },
    ]);
  });
});

describe('other matters (六)', () => {
  it.each([
    ['bangongting', bangongting, [112, 114, 118, 120, 122, 126]],
    ['beijing', beijing, [101, 103, 105, 111, 113, 115]],
  ])('finds the six items of %s', (_name, doc, lines) => {
    expect(doc.narrative.otherMatters).toEqual({
      operating: { line: lines[0] },
      threePublic: { line: lines[1] },
      generalSpending: { line: lines[2] },
      procurement: { line: lines[3] },
      assets: { line: lines[4] },
      performance: { line: lines[5] },
    });
  });
});
