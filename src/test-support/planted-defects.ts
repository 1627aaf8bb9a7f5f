// Defects of the words planted in the real documents, one line edit each, with the rule that must
// catch it and the line it must point at. The test asserts that the review finds every one; the
// script scripts/planted-recall.ts prints the recall per rule (and for the catalogue without the
// text rules, for comparison).

import { corpusText } from './corpus.js';
import type { CorpusName } from './corpus.js';
import { deleteLine, replace } from './fixtures.js';
import type { LineEdit } from './fixtures.js';

export interface PlantedDefect {
  /** What was planted, as a reviewer would describe it. */
  defect: string;
  doc: CorpusName;
  edits: LineEdit[];
  rule: string;
  /** The line the finding must point at first. */
  line: number;
}

/** The 2024 budget with 部门支出总表 (lines 174–190) moved before 部门收入总表 (line 157). */
function swappedTables(): LineEdit[] {
  const expenditure = corpusText('bangongting').split('\n').slice(173, 190).join('\n');
  const edits: LineEdit[] = [[157, (old) => `${expenditure}\n${old}`]];
  for (let line = 174; line <= 190; line++) edits.push([line, deleteLine]);
  return edits;
}

const AFTER_PROCUREMENT = '服务类采购预算 0 万元。';
const sentence = (text: string): LineEdit => [120, replace(AFTER_PROCUREMENT, `${AFTER_PROCUREMENT}${text}`)];
const class104 = (words: string): LineEdit => [
  104,
  replace('其中：一般公共服务支出1161.75万元，', `其中：${words}1161.75万元，`),
];

export const PLANTED_DEFECTS: readonly PlantedDefect[] = [
  {
    defect: '占位符 XX单位',
    doc: 'bangongting',
    edits: [[81, replace('本部门收入预算', 'XX单位收入预算')]],
    rule: 'text-placeholder',
    line: 81,
  },
  {
    defect: '占位符 ×× 在分页续行',
    doc: 'bangongting',
    edits: [[116, replace('公务接待费预算减少', '公务接待费预算减少××')]],
    rule: 'text-placeholder',
    line: 116,
  },
  {
    defect: '省略标记（略）',
    doc: 'bangongting',
    edits: [[118, replace('人数约 2050 人', '人数约（略）人')]],
    rule: 'text-placeholder',
    line: 118,
  },
  {
    defect: '模板变量 {单位} 在表注',
    doc: 'bangongting',
    edits: [[155, replace('反映部门', '反映{单位}')]],
    rule: 'text-placeholder',
    line: 155,
  },
  {
    defect: '正文中的……',
    doc: 'bangongting',
    edits: [[104, replace('合作交流等方面', '合作交流……等方面')]],
    rule: 'text-placeholder',
    line: 104,
  },
  {
    defect: '申报表“待填写”',
    doc: 'xiangyin',
    edits: [[34, replace('保障工作经费的正常开展', '待填写')]],
    rule: 'text-placeholder',
    line: 34,
  },
  {
    defect: '“2023年本部门…”在2024年预算',
    doc: 'bangongting',
    edits: [[81, replace('2024年本部门收入预算', '2023年本部门收入预算')]],
    rule: 'text-year-consistent',
    line: 81,
  },
  {
    defect: '表名年份为上年',
    doc: 'bangongting',
    edits: [[136, replace('2024年', '2023年')]],
    rule: 'text-year-consistent',
    line: 136,
  },
  {
    defect: '续页表名年份为上年',
    doc: 'bangongting',
    edits: [[222, replace('2024年', '2023年')]],
    rule: 'text-year-consistent',
    line: 222,
  },
  {
    defect: '目录年份错',
    doc: 'bangongting',
    edits: [[19, replace('第二部分 2024 年', '第二部分 2023 年')]],
    rule: 'text-year-consistent',
    line: 19,
  },
  {
    defect: '截至本年末（预算应为上年末）',
    doc: 'beijing',
    edits: [[113, replace('截至2022年', '截至2023年')]],
    rule: 'text-year-consistent',
    line: 113,
  },
  {
    defect: '申报表标题年份错',
    doc: 'xiangyin',
    edits: [[49, replace('2023年度', '2022年度')]],
    rule: 'text-year-consistent',
    line: 49,
  },
  {
    defect: '重复词 预算预算',
    doc: 'bangongting',
    edits: [[81, replace('收入预算6563.63', '收入预算预算6563.63')]],
    rule: 'text-doubled-words',
    line: 81,
  },
  {
    defect: '重复词 增加增加',
    doc: 'beijing',
    edits: [[101, replace('比上年预算增加', '比上年预算增加增加')]],
    rule: 'text-doubled-words',
    line: 101,
  },
  {
    defect: '重复标点 。。',
    doc: 'bangongting',
    edits: [[90, replace('上升2.41%。', '上升2.41%。。')]],
    rule: 'text-doubled-words',
    line: 90,
  },
  {
    defect: '标点连用 ；。',
    doc: 'bangongting',
    edits: [[120, replace('0 万元；服务类', '0 万元；。服务类')]],
    rule: 'text-doubled-words',
    line: 120,
  },
  {
    defect: '指标名称重复词',
    doc: 'keyProjects',
    edits: [[22, replace('受益群众数量', '受益群众群众数量')]],
    rule: 'text-doubled-words',
    line: 22,
  },
  {
    defect: '模板残留 增加（减少）',
    doc: 'bangongting',
    edits: [[81, replace('收入较去年增加', '收入较去年增加（减少）')]],
    rule: 'text-template-leftover',
    line: 81,
  },
  {
    defect: '主要原因是。',
    doc: 'bangongting',
    edits: [[90, replace('主要是人员经费增加。', '主要原因是。')]],
    rule: 'text-template-leftover',
    line: 90,
  },
  {
    defect: '增加持平',
    doc: 'beijing',
    edits: [[101, replace('比上年预算增加', '比上年预算增加持平')]],
    rule: 'text-template-leftover',
    line: 101,
  },
  {
    defect: '比上年增加0万元（百分比非零）',
    doc: 'bangongting',
    edits: [[112, replace('增加4.50万元', '增加0万元')]],
    rule: 'text-template-leftover',
    line: 112,
  },
  {
    defect: '减少…上升',
    doc: 'bangongting',
    edits: [[81, replace('增加154.46万元', '减少154.46万元')]],
    rule: 'text-change-direction',
    line: 81,
  },
  {
    defect: '持平而有增减百分比',
    doc: 'beijing',
    edits: [[103, replace('与 2022 年持平', '与 2022 年持平，上升5.00%')]],
    rule: 'text-change-direction',
    line: 103,
  },
  {
    defect: '本年为0却比上年增加',
    doc: 'bangongting',
    edits: [[112, replace('585.91万元', '0万元')]],
    rule: 'text-change-direction',
    line: 112,
  },
  {
    defect: '决算数大于预算数（实为小于）',
    doc: 'bangongting',
    edits: [sentence('年初预算为 10.00 万元，支出决算为 9.00 万元，决算数大于预算数。')],
    rule: 'text-change-direction',
    line: 120,
  },
  {
    defect: '收入百分比与增减额不符',
    doc: 'bangongting',
    edits: [[81, replace('上升2.41%', '上升2.35%')]],
    rule: 'narrative-change-percent',
    line: 81,
  },
  {
    defect: '“三公”经费百分比与增减额不符',
    doc: 'bangongting',
    edits: [[114, replace('较2023年减少21.89万元，', '较2023年减少21.89万元，下降8.10%，')]],
    rule: 'narrative-change-percent',
    line: 114,
  },
  {
    defect: '款写在别的类下',
    doc: 'bangongting',
    edits: [class104('社会保障和就业支出（类）住房改革支出（款）住房公积金（项）')],
    rule: 'text-class-names',
    line: 104,
  },
  {
    defect: '编码与名称不符',
    doc: 'bangongting',
    edits: [class104('2010302机关服务')],
    rule: 'text-class-names',
    line: 104,
  },
  {
    defect: '住房公积金写作医疗保险用途',
    doc: 'bangongting',
    edits: [
      class104('住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：事业单位医疗保险支出。'),
    ],
    rule: 'text-class-purpose',
    line: 104,
  },
  {
    defect: '年初预算为0却写完成率',
    doc: 'bangongting',
    edits: [sentence('年初预算为0万元，支出决算为307.82万元，完成年初预算的95.89%。')],
    rule: 'text-rate-possible',
    line: 120,
  },
  {
    defect: '占比超过100%',
    doc: 'bangongting',
    edits: [[100, replace('占100.00%', '占110.00%')]],
    rule: 'text-rate-possible',
    line: 100,
  },
  {
    defect: '完成率与所列数不符',
    doc: 'bangongting',
    edits: [sentence('年初预算为 10.00 万元，支出决算为 9.00 万元，完成年初预算的91.00%。')],
    rule: 'text-rate-possible',
    line: 120,
  },
  {
    defect: '部门预算自称本单位',
    doc: 'bangongting',
    edits: [[81, replace('本部门收入预算', '本单位收入预算')]],
    rule: 'text-kind-wording',
    line: 81,
  },
  {
    defect: '部门预算表头写单位名称',
    doc: 'bangongting',
    edits: [[138, replace('部门名称', '单位名称')]],
    rule: 'text-kind-wording',
    line: 138,
  },
  {
    defect: '表头单位与封面不同',
    doc: 'bangongting',
    edits: [[138, replace('长沙市人民政府办公厅', '长沙市人民政府驻深圳办事处')]],
    rule: 'text-unit-name-consistent',
    line: 138,
  },
  {
    defect: '表头单位为简称',
    doc: 'beijing',
    edits: [[146, replace('长沙市人民政府驻北京联络处', '驻北京联络处')]],
    rule: 'text-unit-name-consistent',
    line: 146,
  },
  {
    defect: '目录所列表缺失',
    doc: 'bangongting',
    edits: [[318, replace('情况表', '情况')]],
    rule: 'text-contents-match-tables',
    line: 28,
  },
  // The table's title, line 330 of the file, is line 329 once the entry is deleted.
  {
    defect: '表未列入目录',
    doc: 'beijing',
    edits: [[27, deleteLine]],
    rule: 'text-contents-match-tables',
    line: 329,
  },
  {
    defect: '表的顺序颠倒',
    doc: 'bangongting',
    edits: swappedTables(),
    rule: 'text-tables-in-order',
    line: 157,
  },
  {
    defect: '空表既无表注也无总说明',
    doc: 'bangongting',
    edits: [
      [32, deleteLine],
      [329, () => '注：本表反映部门本年度政府性基金预算支出情况。'],
    ],
    rule: 'text-empty-table-explained',
    // Line 329 of the file is line 328 once the contents' note (line 32) is deleted.
    line: 328,
  },
  {
    defect: '万元误写为元',
    doc: 'bangongting',
    edits: [[112, replace('585.91万元', '585.91元')]],
    rule: 'text-money-unit',
    line: 112,
  },
];
