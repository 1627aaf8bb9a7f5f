// Defects of the words planted in the Shanghai files as read from their PDFs (department and unit
// budgets, final accounts): one printed line edited each, with the rule that must catch it. The finding
// must point at the edited line, on its page. The test asserts every one is found; the script
// scripts/planted-recall.ts prints the recall per rule beside the Hunan corpus's.

import type { ShanghaiName } from './corpus.js';
import type { SourceEdit } from './shanghai.js';

export interface PlantedShanghai {
  /** What was planted, as a reviewer would describe it. */
  defect: string;
  doc: ShanghaiName;
  edit: SourceEdit;
  rule: string;
}

const swap =
  (from: string, to: string) =>
  (text: string): string =>
    text.replace(from, to);
const at = (holding: string, from: string, to: string, after?: string): SourceEdit => ({
  holding,
  edit: swap(from, to),
  ...(after === undefined ? {} : { after }),
});

export const PLANTED_SHANGHAI: readonly PlantedShanghai[] = [
  {
    defect: '占位符 XX单位（部门预算编制说明）',
    doc: 'bangongshiDept',
    edit: at('上海市普陀区人民政府办公室收入预算', '上海市普陀区人民政府办公室收入预算', 'XX单位收入预算'),
    rule: 'text-placeholder',
  },
  {
    defect: '省略标记（略）（决算政府采购）',
    doc: 'caizhengju',
    edit: at('货物采购金额4.79万元', '货物采购金额4.79万元', '货物采购金额（略）'),
    rule: 'text-placeholder',
  },
  {
    defect: '“2024年度本单位…”在2025年单位预算',
    doc: 'bangongshiUnit',
    edit: at('2025年度本单位政府采购预算', '2025年度本单位', '2024年度本单位'),
    rule: 'text-year-consistent',
  },
  {
    defect: '“2023年度本部门…”在2024年决算',
    doc: 'caizhengju',
    edit: at('2024年度本部门面向中小企业', '2024年度本部门', '2023年度本部门'),
    rule: 'text-year-consistent',
  },
  {
    defect: '表名年份为上年（商务委部门支出预算总表）',
    doc: 'shangwuwei',
    edit: at('2025年部门支出预算总表', '2025年', '2024年', '编制部门'),
    rule: 'text-year-consistent',
  },
  {
    defect: '重复词 预算预算（商务委编制说明）',
    doc: 'shangwuwei',
    edit: at('上海市普陀区商务委员会收入预算', '收入预算', '收入预算预算'),
    rule: 'text-doubled-words',
  },
  {
    defect: '重复词 合计合计（决算支出说明）',
    doc: 'caizhengju',
    edit: at('本年支出合计2940.05万元', '本年支出合计', '本年支出合计合计'),
    rule: 'text-doubled-words',
  },
  {
    defect: '重复标点 。。（决算机关运行经费）',
    doc: 'caizhengju',
    edit: at('导致相关支出略有增加。', '略有增加。', '略有增加。。'),
    rule: 'text-doubled-words',
  },
  {
    defect: '模板残留 增加（减少）（单位预算）',
    doc: 'bangongshiUnit',
    edit: at('财政拨款收入支出减少的主要原因', '收入支出减少的', '收入支出增加（减少）的'),
    rule: 'text-template-leftover',
  },
  {
    defect: '主要原因是。（部门预算）',
    doc: 'bangongshiDept',
    edit: at('主要原因是项目调整。', '主要原因是项目调整。', '主要原因是。'),
    rule: 'text-template-leftover',
  },
  {
    defect: '增减方向与百分比相反（决算：增加…下降）',
    doc: 'caizhengju',
    edit: at('支出总计减少56.95万元，下降1.87%', '支出总计减少56.95万元', '支出总计增加56.95万元'),
    rule: 'text-change-direction',
  },
  {
    defect: '决算增减百分比与增减额不符（机关运行经费）',
    doc: 'caizhengju',
    edit: at('比2023年度增加2.55万元，增长1.40%', '增长1.40%', '增长1.50%'),
    rule: 'final-accounts-changes',
  },
  {
    defect: '款项名称不在其类下（部门预算科目说明）',
    doc: 'bangongshiDept',
    edit: at('相关机构事务-事业运行”科目380.73万元', '相关机构事务-事业运行', '相关机构事务-住房公积金'),
    rule: 'text-class-names',
  },
  {
    defect: '款名称与类不符（决算具体情况）',
    doc: 'caizhengju',
    edit: at('1、一般公共服务支出（类）财政事务（款）行政运行（项）', '财政事务（款）', '住房改革支出（款）'),
    rule: 'text-class-names',
  },
  {
    defect: '医疗科目写作住房公积金用途（单位预算）',
    doc: 'bangongshiUnit',
    edit: at('事业单位医疗”科目31.42万元', '事业单位基本医疗保险费缴', '职工住房公积金缴'),
    rule: 'text-class-purpose',
  },
  {
    defect: '年初预算为0却写完成率（决算）',
    doc: 'caizhengju',
    edit: at('年初预算为2993.92万元', '年初预算为2993.92万元', '年初预算为0万元'),
    rule: 'text-rate-possible',
  },
  {
    defect: '占比超过100%（决算）',
    doc: 'caizhengju',
    edit: at('占本年支出合计的100.00%', '100.00%', '110.00%'),
    rule: 'text-rate-possible',
  },
  {
    defect: '单位预算自称本部门',
    doc: 'bangongshiUnit',
    edit: at('2025年本单位面向中小企业', '本单位', '本部门'),
    rule: 'text-kind-wording',
  },
  {
    defect: '单位预算表头写编制部门',
    doc: 'bangongshiUnit',
    edit: at('编制单位：上海市普陀区人民政府办公室', '编制单位', '编制部门'),
    rule: 'text-kind-wording',
  },
  {
    defect: '部门决算自称本单位',
    doc: 'caizhengju',
    edit: at('本部门制定了普陀', '本部门', '本单位'),
    rule: 'text-kind-wording',
  },
  {
    defect: '表头单位与封面不同（部门预算）',
    doc: 'bangongshiDept',
    edit: at('编制部门：上海市普陀区人民政府办公室', '人民政府办公室', '人民政府外事办公室'),
    rule: 'text-unit-name-consistent',
  },
  {
    defect: '目录所列表缺失（商务委）',
    doc: 'shangwuwei',
    edit: at('3. 2025年部门支出预算总表', '部门支出预算总表', '部门项目支出预算表'),
    rule: 'text-contents-match-tables',
  },
];
