// A fictional department budget (示例市数据管理局, 2025) built from a handful of figures, so that every
// table, the narrative and the targets agree by construction. The demo renders it to text and runs the
// CLI on it; `withDefect` gives the same document with one contradiction for the review to catch.
// Pure: no I/O.

import { Decimal } from '../core/decimal.js';
import type { Amount } from '../core/model/common.js';
import type { DepartmentBudgetDocument } from '../core/model/document.js';
import type { NarrativeFact, NarrativeSection, FactKey } from '../core/model/narrative.js';
import { NARRATIVE_SECTIONS } from '../core/model/narrative.js';
import type {
  AmountRow,
  AmountTable,
  BalanceEntry,
  BalanceTable,
  TargetTable,
} from '../core/model/tables.js';
import type { Indicator, PerformanceTarget, UnitTarget } from '../core/model/targets.js';
import { HUNAN } from '../core/templates/hunan.js';
import type { TableId } from '../core/templates/template.js';
import { tableTemplate } from '../core/templates/template.js';
import type { Comparator, Level1Indicator, Level2Indicator } from '../core/vocabulary.js';
import { chineseNumeral } from '../core/text.js';

const DEPARTMENT = '示例市数据管理局';
const YEAR = 2025;
const d = (s: string) => Decimal.from(s);
const amt = (value: Decimal | string): Amount => {
  const v = typeof value === 'string' ? d(value) : value;
  return { value: v, text: v.toGrouped(2), unit: '万元', source: { line: 0 } };
};
const at0 = { line: 0 };

const PERSONNEL: [string, string, string][] = [
  ['30101', '基本工资', '320.50'],
  ['30102', '津贴补贴', '210.30'],
  ['30103', '奖金', '150.00'],
  ['30108', '机关事业单位基本养老保险缴费', '90.12'],
  ['30113', '住房公积金', '60.08'],
];
const FAMILY: [string, string, string][] = [['30302', '退休费', '45.60']];
const PUBLIC_FUNDS: [string, string, string][] = [
  ['30201', '办公费', '40.00'],
  ['30211', '差旅费', '25.50'],
  ['30215', '会议费', '6.00'],
  ['30216', '培训费', '8.40'],
  ['30217', '公务接待费', '5.00'],
  ['30231', '公务用车运行维护费', '12.00'],
  ['30299', '其他商品和服务支出', '33.10'],
];

interface SampleProject {
  unit: '901001' | '901002';
  name: string;
  amount: string;
  goal: string;
}
const PROJECTS: SampleProject[] = [
  {
    unit: '901001',
    name: '政务数据共享平台运维',
    amount: '280.00',
    goal: '保障政务数据共享平台全年稳定运行，数据共享调用及时准确。',
  },
  {
    unit: '901001',
    name: '数据安全保障专项',
    amount: '69.40',
    goal: '完成年度数据安全检查评估，全年不发生重大数据安全事件。',
  },
  {
    unit: '901002',
    name: '数字政府建设专项',
    amount: '450.00',
    goal: '建成一网通办事项库，提升政务服务线上办理率。',
  },
];
const UNITS = [
  { code: '901001', name: '示例市数据管理局', basic: '706.60' },
  { code: '901002', name: '示例市大数据中心', basic: '300.00' },
] as const;
const LAST_YEAR_TOTAL = d('1700.00');

const sum = (xs: readonly [string, string, string][]) => Decimal.sum(xs.map((x) => d(x[2])));

function row(
  kind: AmountRow['kind'],
  code: string | null,
  name: string,
  amounts: Record<string, Decimal | null>,
): AmountRow {
  return {
    source: at0,
    kind,
    code,
    name,
    amounts: Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, v ? amt(v) : null])),
  };
}

function columnsOf(id: TableId): AmountTable['columns'] {
  const t = tableTemplate(HUNAN, id);
  return t.shape === 'amounts' ? t.columns.map((c) => ({ key: c.key, label: c.label })) : [];
}

function base(id: TableId, empty = false) {
  const t = tableTemplate(HUNAN, id);
  return {
    id,
    name: t.name,
    title: { value: `${YEAR}年${t.titles[0] ?? t.name}`, source: at0 },
    department: DEPARTMENT,
    unit: '万元',
    pages: [{ first: 0, last: 0 }],
    empty,
    note: null,
  };
}

function entry(
  key: string,
  role: BalanceEntry['role'],
  amounts: Record<string, Decimal | null>,
): BalanceEntry {
  return {
    source: at0,
    label: key,
    key,
    role,
    amounts: Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, v ? amt(v) : null])),
  };
}

function indicator(
  level1: Level1Indicator,
  level2: Level2Indicator,
  name: string | null,
  value: string | null,
  unit: string | null,
  comparator: Comparator | null,
  weight: string | null,
  scoring: string | null = name ? '完成计满分，未完成不得分' : null,
): Indicator {
  return {
    source: at0,
    level1,
    level1Text: level1,
    level2,
    level2Text: level2,
    name,
    value,
    content: name,
    scoring,
    unit,
    valueType: comparator,
    comparator,
    weight: weight ? d(weight) : null,
    weightText: null,
    placeholder: name === null,
  };
}

function projectIndicators(p: SampleProject): Indicator[] {
  return [
    indicator(
      '成本指标',
      '经济成本指标',
      '项目总成本',
      p.amount.replace(/\.00$/, ''),
      '万元',
      '≤',
      '20',
      '偏离目标10%以内得20分，偏离10%-20%得10分，偏离20%以上不得分',
    ),
    indicator('成本指标', '社会成本指标', null, null, null, '定性', null),
    indicator('产出指标', '数量指标', '完成任务数量', '12', '项', '≥', '15'),
    indicator('产出指标', '质量指标', '验收合格率', '100', '%', '=', '15'),
    indicator('产出指标', '时效指标', '按期完成率', '100', '%', '=', '10'),
    indicator(
      '效益指标',
      '社会效益指标',
      '政务服务效率',
      '提升',
      null,
      '定性',
      '20',
      '达到目标得满分，效果一般得10分，未达到不得分',
    ),
    indicator(
      '满意度指标',
      '服务对象满意度指标',
      '服务对象满意度',
      '90',
      '%',
      '≥',
      '20',
      '满意度90%及以上得20分，80%（含）-90%得15分，70%（含）-80%得10分，70%以下不得分',
    ),
  ];
}

function fact(key: FactKey, value: Decimal | string, unit: string, text: string): NarrativeFact {
  return { key, value: typeof value === 'string' ? d(value) : value, unit, text, source: at0 };
}

function section(no: number, paragraphs: string[]): NarrativeSection {
  const s = NARRATIVE_SECTIONS[no - 1];
  if (!s) throw new Error(`no section ${no}`);
  return {
    no,
    key: s.key,
    heading: { value: `${chineseNumeral(no)}、${s.title}`, source: at0 },
    lines: { first: 0, last: 0 },
    paragraphs: paragraphs.map((text) => ({ text, lines: { first: 0, last: 0 } })),
  };
}

export function sampleDocument(): DepartmentBudgetDocument {
  const personnel = sum(PERSONNEL).add(sum(FAMILY));
  const publicFunds = sum(PUBLIC_FUNDS);
  const basic = personnel.add(publicFunds);
  const project = Decimal.sum(PROJECTS.map((p) => d(p.amount)));
  const total = basic.add(project);
  const change = total.sub(LAST_YEAR_TOTAL);
  const pct = change.div(LAST_YEAR_TOTAL, 4)?.mul(d('100')).round(2) ?? Decimal.ZERO;
  const reception = d('5.00');
  const vehicleOp = d('12.00');
  const three = reception.add(vehicleOp);
  const funcCols = (t: Decimal, b: Decimal | null, p: Decimal | null) => ({ total: t, basic: b, project: p });

  const summary: BalanceTable = {
    ...base('summary'),
    shape: 'balance',
    columns: {
      income: [{ key: 'budget', label: '本年预算' }],
      expenditure: [{ key: 'budget', label: '本年预算' }],
    },
    income: [
      entry('本级财政拨款收入', 'item', { budget: total }),
      ...['财政专户管理事业收入', '事业单位经营服务收入', '上级补助收入', '其它收入', '事业收入'].map((k) =>
        entry(k, 'item', { budget: null }),
      ),
      entry('本年收入合计', 'subtotal', { budget: total }),
      entry('上年结转', 'item', { budget: null }),
      entry('收入总计', 'total', { budget: total }),
    ],
    expenditure: [
      entry('基本支出', 'item', { budget: basic }),
      entry('项目支出', 'item', { budget: project }),
      ...['事业单位经营支出', '对附属单位补助支出', '上缴上级支出'].map((k) =>
        entry(k, 'item', { budget: null }),
      ),
      entry('本年支出合计', 'subtotal', { budget: total }),
      entry('结余分配', 'item', { budget: null }),
      entry('结转下年', 'item', { budget: null }),
      entry('支出总计', 'total', { budget: total }),
    ],
  };
  const income: AmountTable = {
    ...base('income'),
    shape: 'amounts',
    classification: 'functional',
    columns: columnsOf('income'),
    rows: [
      row('total', null, '合计', { total, fiscal: total, fiscalFunding: total }),
      row('class', '201', '一般公共服务支出', { total, fiscal: total, fiscalFunding: total }),
      row('section', '20103', '政府办公厅（室）及相关机构事务', {
        total,
        fiscal: total,
        fiscalFunding: total,
      }),
      row('item', '2010301', '行政运行', { total: basic, fiscal: basic, fiscalFunding: basic }),
      row('item', '2010302', '一般行政管理事务', { total: project, fiscal: project, fiscalFunding: project }),
    ],
  };
  const functionalRows = (extra: Record<string, null>) => [
    row('total', null, '合计', { ...funcCols(total, basic, project), ...extra }),
    row('class', '201', '一般公共服务支出', { ...funcCols(total, basic, project), ...extra }),
    row('section', '20103', '政府办公厅（室）及相关机构事务', {
      ...funcCols(total, basic, project),
      ...extra,
    }),
    row('item', '2010301', '行政运行', { ...funcCols(basic, basic, null), ...extra }),
    row('item', '2010302', '一般行政管理事务', { ...funcCols(project, null, project), ...extra }),
  ];
  const expenditure: AmountTable = {
    ...base('expenditure'),
    shape: 'amounts',
    classification: 'functional',
    columns: columnsOf('expenditure'),
    rows: functionalRows({ operating: null, subsidiary: null, remit: null }),
  };
  const fiscal: BalanceTable = {
    ...base('fiscal-summary'),
    shape: 'balance',
    columns: {
      income: [{ key: 'amount', label: '金额' }],
      expenditure: [
        { key: 'total', label: '合计' },
        { key: 'general', label: '一般公共预算' },
        { key: 'fund', label: '政府性基金预算' },
        { key: 'stateCapital', label: '国有资本经营预算' },
      ],
    },
    income: [
      entry('本年收入', 'item', { amount: total }),
      entry('一般公共预算拨款收入', 'subitem', { amount: total }),
      entry('政府性基金预算拨款收入', 'subitem', { amount: null }),
      entry('国有资本经营预算拨款收入', 'subitem', { amount: null }),
      entry('上年结转', 'item', { amount: null }),
      entry('收入总计', 'total', { amount: total }),
    ],
    expenditure: [
      entry('本年支出', 'item', { total, general: total, fund: null, stateCapital: null }),
      entry('一般公共服务支出', 'subitem', { total, general: total, fund: null, stateCapital: null }),
      entry('结转下年', 'item', { total: null, general: null, fund: null, stateCapital: null }),
      entry('支出总计', 'total', { total, general: total, fund: null, stateCapital: null }),
    ],
  };
  const general: AmountTable = {
    ...base('general-expenditure'),
    shape: 'amounts',
    classification: 'functional',
    columns: [
      { key: 'total', label: '总计' },
      { key: 'basic', label: '基本支出' },
      { key: 'project', label: '项目支出' },
    ],
    rows: functionalRows({}),
  };
  const econ = (xs: [string, string, string][], col: 'personnel' | 'publicFunds') =>
    xs.map(([code, name, v]) =>
      row('item', code, name, {
        total: d(v),
        [col]: d(v),
        [col === 'personnel' ? 'publicFunds' : 'personnel']: null,
      }),
    );
  const basicTable: AmountTable = {
    ...base('basic-expenditure'),
    shape: 'amounts',
    classification: 'economic',
    columns: [
      { key: 'total', label: '总计' },
      { key: 'personnel', label: '人员类' },
      { key: 'publicFunds', label: '公用经费' },
    ],
    rows: [
      row('total', null, '合计', { total: basic, personnel, publicFunds }),
      row('class', '301', '工资福利支出', {
        total: sum(PERSONNEL),
        personnel: sum(PERSONNEL),
        publicFunds: null,
      }),
      ...econ(PERSONNEL, 'personnel'),
      row('class', '302', '商品和服务支出', { total: publicFunds, personnel: null, publicFunds }),
      ...econ(PUBLIC_FUNDS, 'publicFunds'),
      row('class', '303', '对个人和家庭的补助', {
        total: sum(FAMILY),
        personnel: sum(FAMILY),
        publicFunds: null,
      }),
      ...econ(FAMILY, 'personnel'),
    ],
  };
  const threeCols = {
    total: three,
    reception,
    abroad: null,
    vehicle: vehicleOp,
    vehiclePurchase: null,
    vehicleOperation: vehicleOp,
  };
  const threePublic: AmountTable = {
    ...base('three-public'),
    shape: 'amounts',
    classification: 'unit',
    columns: columnsOf('three-public'),
    rows: [row('total', null, '合计', threeCols), row('unit', null, DEPARTMENT, threeCols)],
  };
  const fund: AmountTable = {
    ...base('fund-expenditure', true),
    shape: 'amounts',
    classification: 'functional',
    columns: general.columns,
    rows: [],
    note: {
      value: `注：${DEPARTMENT}没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。`,
      source: at0,
    },
  };
  const projectTable: TargetTable = { ...base('project-targets'), shape: 'targets', total: amt(project) };
  const unitTable: TargetTable = { ...base('unit-targets'), shape: 'targets', total: null };

  const projectTargets: PerformanceTarget[] = PROJECTS.map((p) => ({
    kind: 'project',
    department: DEPARTMENT,
    unitCode: p.unit,
    unitName: UNITS.find((u) => u.code === p.unit)?.name ?? null,
    name: { value: p.name, source: at0 },
    amount: amt(p.amount),
    goal: { value: p.goal, source: at0 },
    indicators: projectIndicators(p),
    spans: [{ first: 0, last: 0 }],
  }));
  const unitProject = (code: string) =>
    Decimal.sum(PROJECTS.filter((p) => p.unit === code).map((p) => d(p.amount)));
  const unitTargets: UnitTarget[] = UNITS.map((u) => {
    const b = d(u.basic);
    const p = unitProject(u.code);
    const t = b.add(p);
    return {
      kind: 'unit',
      department: DEPARTMENT,
      unitCode: u.code,
      unitName: u.name,
      name: { value: u.name, source: at0 },
      amount: amt(t),
      goal: { value: '保障单位正常运转，完成年度数据管理重点工作。', source: at0 },
      indicators: [
        indicator('成本指标', '经济成本指标', '预算控制率', '100', '%', '≤', '20'),
        indicator('产出指标', '数量指标', '重点工作完成数', '10', '项', '≥', '30'),
        indicator('产出指标', '时效指标', '工作完成及时率', '100', '%', '=', '20'),
        indicator('效益指标', '社会效益指标', '政务服务水平', '提升', null, '定性', '20'),
        indicator('满意度指标', '服务对象满意度指标', '服务对象满意度', '90', '%', '≥', '10'),
      ],
      spans: [{ first: 0, last: 0 }],
      funding: {
        total: amt(t),
        general: amt(t),
        fund: null,
        specialAccount: null,
        other: null,
        basic: amt(b),
        project: amt(p),
      },
    };
  });

  const g = (x: Decimal) => x.toString();
  const changeWord = change.isNegative() ? '减少' : '增加';
  const pctWord = change.isNegative() ? '下降' : '上升';
  const sections: NarrativeSection[] = [
    section(1, [
      '（一）职能职责',
      '1. 负责统筹全市政务数据资源的归集、共享、开放和安全管理。',
      '2. 负责推进数字政府建设，统筹政务信息化项目建设和运行维护。',
      '（二）机构设置',
      `${DEPARTMENT}属机关行政单位，内设办公室、数据资源处、数字政府处、数据安全处。`,
    ]),
    section(2, [
      `本部门预算为汇总预算，纳入 ${YEAR} 年部门预算编制范围的预算单位包括：`,
      ...UNITS.map((u, i) => `${i + 1}. ${u.name}`),
    ]),
    section(3, [
      `（一）收入预算：${YEAR}年本部门收入预算${g(total)}万元，其中，一般公共预算拨款${g(total)}万元。收入较去年${changeWord}${g(change.abs())}万元，${pctWord}${g(pct.abs())}%。主要是数字政府建设专项增加。`,
      `（二）支出预算：${YEAR}年本部门支出预算${g(total)}万元，其中：一般公共服务支出${g(total)}万元。支出较去年${changeWord}${g(change.abs())}万元，${pctWord}${g(pct.abs())}%。主要是数字政府建设专项增加。`,
    ]),
    section(4, [
      `${YEAR}年本部门一般公共预算拨款支出${g(total)}万元，其中：一般公共服务支出${g(total)}万元，占100.00%。具体安排情况如下：`,
      `（一）基本支出：${YEAR}年本部门基本支出预算数${g(basic)}万元，主要是为保障部门正常运转、完成日常工作任务而发生的各项支出。`,
      `（二）项目支出：${YEAR}年本部门项目支出预算${g(project)}万元，其中：一般公共服务支出${g(project)}万元，主要用于政务数据共享平台运维、数字政府建设和数据安全保障。`,
    ]),
    section(5, [`${YEAR}年本部门无政府性基金安排的支出。`]),
    section(6, [
      `（一）机关运行经费：${YEAR}年本部门机关运行经费${g(publicFunds)}万元，比上年预算增加2.00万元，上升1.56%。主要是在职人员增加。`,
      `（二）“三公”经费预算：${YEAR}年本部门“三公”经费预算数为${g(three)}万元，其中，公务接待费${g(reception)}万元，公务用车购置及运行费${g(vehicleOp)}万元（其中，公务用车购置费0.00万元，公务用车运行费${g(vehicleOp)}万元），因公出国（境）费0.00万元。${YEAR}年“三公”经费预算较${YEAR - 1}年减少1.00万元，主要是落实过紧日子要求，压减公务接待费。`,
      `（三）一般性支出情况：${YEAR}年本部门会议费预算6万元，其中基本支出6万元，项目支出0万元，拟召开全市数据工作会议，人数约200人；培训费预算8.4万元，其中基本支出8.4万元，项目支出0万元，拟开展数据安全培训，人数约300人；未举办节庆、晚会、论坛、赛事等活动。`,
      `（四）政府采购情况：${YEAR}年本部门政府采购预算总额120万元，其中，货物类采购预算20万元；工程类采购预算0万元；服务类采购预算100万元。`,
      `（五）国有资产占用使用及新增资产配置情况：截至${YEAR - 1}年12月底，本部门共有公务用车2辆，其中，机要通信用车2辆，应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，其他按照规定配备的公务用车0辆；单位价值50万元以上通用设备1台，单位价值100万元以上专用设备0台。${YEAR}年拟新增配置公务用车0辆。`,
      `（六）预算绩效目标：本部门所有支出实行绩效目标管理。纳入${YEAR}年部门整体支出绩效目标的金额为${g(total)}万元，其中，基本支出${g(basic)}万元，项目支出${g(project)}万元，具体绩效目标详见报表。`,
    ]),
    section(7, [
      '1. 机关运行经费：是指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用资料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
      '2. “三公”经费：是指用一般公共预算拨款安排的公务接待费、公务用车购置及运行维护费和因公出国（境）费。',
    ]),
  ];

  const facts: NarrativeFact[] = [
    fact('income.total', total, '万元', `收入预算${g(total)}万元`),
    fact('income.general', total, '万元', `一般公共预算拨款${g(total)}万元`),
    fact('income.change', change, '万元', `收入较去年${changeWord}${g(change.abs())}万元`),
    fact('income.changePct', pct, '%', `${pctWord}${g(pct.abs())}%`),
    fact('expenditure.total', total, '万元', `支出预算${g(total)}万元`),
    fact('expenditure.change', change, '万元', `支出较去年${changeWord}${g(change.abs())}万元`),
    fact('expenditure.changePct', pct, '%', `${pctWord}${g(pct.abs())}%`),
    fact('general.total', total, '万元', `一般公共预算拨款支出${g(total)}万元`),
    fact('basic.total', basic, '万元', `基本支出预算数${g(basic)}万元`),
    fact('project.total', project, '万元', `项目支出预算${g(project)}万元`),
    fact('fund.total', '0', '万元', '无政府性基金安排的支出'),
    fact('operating.total', publicFunds, '万元', `机关运行经费${g(publicFunds)}万元`),
    fact('operating.change', '2.00', '万元', '比上年预算增加2.00万元'),
    fact('operating.changePct', '1.56', '%', '上升1.56%'),
    fact('threePublic.total', three, '万元', `“三公”经费预算数为${g(three)}万元`),
    fact('threePublic.reception', reception, '万元', `公务接待费${g(reception)}万元`),
    fact('threePublic.vehicle', vehicleOp, '万元', `公务用车购置及运行费${g(vehicleOp)}万元`),
    fact('threePublic.vehiclePurchase', '0.00', '万元', '公务用车购置费0.00万元'),
    fact('threePublic.vehicleOperation', vehicleOp, '万元', `公务用车运行费${g(vehicleOp)}万元`),
    fact('threePublic.abroad', '0.00', '万元', '因公出国（境）费0.00万元'),
    fact('threePublic.change', '-1.00', '万元', '较上年减少1.00万元'),
    fact('targets.total', total, '万元', `绩效目标的金额为${g(total)}万元`),
    fact('targets.basic', basic, '万元', `基本支出${g(basic)}万元`),
    fact('targets.project', project, '万元', `项目支出${g(project)}万元`),
  ];

  return {
    schemaVersion: 1,
    kind: 'department-budget',
    source: { file: 'sample.txt', encoding: 'utf-8', lineCount: 0, flavour: 'plain' },
    template: HUNAN.id,
    title: { value: `${DEPARTMENT}${YEAR}年部门预算公开`, source: at0 },
    year: YEAR,
    department: { value: DEPARTMENT, source: at0 },
    units: UNITS.map((u) => ({ code: u.code, name: u.name })),
    narrative: {
      sections,
      facts,
      classAmounts: [
        { scope: 'expenditure', name: '一般公共服务支出', amount: total, share: null, source: at0 },
        { scope: 'general', name: '一般公共服务支出', amount: total, share: d('100.00'), source: at0 },
        { scope: 'project', name: '一般公共服务支出', amount: project, share: null, source: at0 },
      ],
      unitsListed: UNITS.map((u) => ({ value: u.name, source: at0 })),
      onlyOwnLevel: false,
      threePublicChangeReason: { value: '主要是落实过紧日子要求，压减公务接待费。', source: at0 },
      otherMatters: {
        operating: at0,
        threePublic: at0,
        generalSpending: at0,
        procurement: at0,
        assets: at0,
        performance: at0,
      },
    },
    tables: {
      summary,
      income,
      expenditure,
      'fiscal-summary': fiscal,
      'general-expenditure': general,
      'basic-expenditure': basicTable,
      'three-public': threePublic,
      'fund-expenditure': fund,
      'project-targets': projectTable,
      'unit-targets': unitTable,
    },
    projectTargets,
    projectTargetUnits: UNITS.map((u) => ({
      code: u.code,
      name: u.name,
      amount: amt(unitProject(u.code)),
      source: at0,
    })),
    unitTargets,
    diagnostics: [],
  };
}

/**
 * The sample with one contradiction a reviewer must catch: the narrative states a 三公 total that
 * differs from the 三公 table (17.50 against 17.00).
 */
export function sampleWithDefect(): DepartmentBudgetDocument {
  const doc = sampleDocument();
  const other = doc.narrative.sections.find((s) => s.key === 'other');
  const p = other?.paragraphs[1];
  if (p) p.text = p.text.replace('“三公”经费预算数为17.00万元', '“三公”经费预算数为17.50万元');
  const f = doc.narrative.facts.find((x) => x.key === 'threePublic.total');
  if (f) {
    f.value = Decimal.from('17.50');
    f.text = '“三公”经费预算数为17.50万元';
  }
  return doc;
}
