// The sentences Part 1 states its figures in, as data: for each fact key, the scope (section or item)
// it is stated in and a pattern over the half-width, space-free text. Group `n` is the figure as
// printed (parsed exactly later); change patterns also carry `dir` (增加/减少/持平) and the per cent.

import type { FactKey, NarrativeClassAmount } from '../../../core/model/narrative.js';

/** Where a pattern looks: a section of Part 1, or a part of an item of section 六. */
export const FACT_SCOPES = [
  'totals',
  'general',
  'fund',
  'operating',
  'threePublic',
  'meeting',
  'training',
  'procurement',
  'assetsHeld',
  'assetsNew',
  'performance',
] as const;
export type FactScope = (typeof FACT_SCOPES)[number];

export type FactPattern =
  | {
      kind: 'value';
      scope: FactScope;
      key: FactKey;
      re: RegExp;
      unit: string;
      /** The functional classes listed after it ("其中：一般公共服务支出…") are read into this scope. */
      classes?: NarrativeClassAmount['scope'];
    }
  /** A sentence that states there is nothing ("无政府性基金安排的支出"): the value is zero. */
  | { kind: 'none'; scope: FactScope; key: FactKey; re: RegExp; unit: string }
  /** A year-on-year change, with the per cent stated after it when there is a key for it. */
  | { kind: 'change'; scope: FactScope; key: FactKey; pctKey?: FactKey; re: RegExp; reason?: boolean };

/** A figure as printed: digits with separators and a decimal point; validated when parsed. */
const N = String.raw`(?<n>\d[\d.,]*)`;
const WAN = `${N}万元?`;
const BE = '(?:为|是|共计|合计|共)?';
const PERIOD = String.raw`(?:去年|上年度?|上一年度?|\d{4}年度?)(?:预算数?)?(?:相比)?`;
const CHANGE =
  String.raw`(?:较|比|与|同)${PERIOD}(?<dir>增加|增长|上升|减少|下降|持平)了?(?:(?<amt>${N}万元?))?` +
  String.raw`(?:,(?<pdir>上升|增长|增加|下降|减少)了?(?<p>\d[\d.,]*)%)?`;
const QUOTED_THREE = '["“]?三公["”]?经费';

const re = (source: string): RegExp => new RegExp(source, 'd');

function value(
  scope: FactScope,
  key: FactKey,
  source: string,
  unit = '万元',
  classes?: NarrativeClassAmount['scope'],
): FactPattern {
  return classes
    ? { kind: 'value', scope, key, re: re(source), unit, classes }
    : { kind: 'value', scope, key, re: re(source), unit };
}

interface AssetKeys {
  total: FactKey;
  confidential: FactKey;
  emergency: FactKey;
  enforcement: FactKey;
  special: FactKey;
  other: FactKey;
  general: FactKey;
  specialEquipment: FactKey;
}

/** Vehicle and equipment counts, the same words for the stock held and the planned additions. */
function assetCounts(scope: 'assetsHeld' | 'assetsNew', k: AssetKeys): FactPattern[] {
  return [
    value(scope, k.total, `公务用车${BE}${N}辆`, '辆'),
    value(scope, k.confidential, `机要通信用车${N}辆`, '辆'),
    value(scope, k.emergency, `应急保障用车${N}辆`, '辆'),
    value(scope, k.enforcement, `执法执勤用车${N}辆`, '辆'),
    value(scope, k.special, `特种专业技术用车${N}辆`, '辆'),
    value(scope, k.other, `其他(?:按照|按)?规定配备的公务用车${N}辆`, '辆'),
    value(scope, k.general, `通用设备${N}台`, '台'),
    value(scope, k.specialEquipment, `专用设备${N}台`, '台'),
  ];
}

interface SpendingKeys {
  total: FactKey;
  basic: FactKey;
  project: FactKey;
  people: FactKey;
}

/** Meeting and training costs are stated alike: total, its 基本/项目 parts, and the number of people. */
function meetingOrTraining(scope: 'meeting' | 'training', word: string, k: SpendingKeys): FactPattern[] {
  return [
    value(scope, k.total, `${word}(?:预算)?(?:数)?${BE}${WAN}`),
    value(scope, k.basic, `基本支出${BE}${WAN}`),
    value(scope, k.project, `项目支出${BE}${WAN}`),
    value(scope, k.people, `(?:人数|人次|规模)(?:约|为|共|预计)*${N}人`, '人'),
  ];
}

export const FACT_PATTERNS: readonly FactPattern[] = [
  // 三、部门收支总体情况
  value('totals', 'income.total', `收入(?:预算)(?:总额|总计|合计|数)?${BE}${WAN}`),
  value('totals', 'income.general', `一般公共预算(?:拨款)?(?:收入)?${BE}${WAN}`),
  value('totals', 'income.fund', `政府性基金(?:预算)?(?:拨款)?(?:收入)?${BE}${WAN}`),
  value('totals', 'income.stateCapital', `国有资本经营预算(?:拨款)?(?:收入)?${BE}${WAN}`),
  {
    kind: 'change',
    scope: 'totals',
    key: 'income.change',
    pctKey: 'income.changePct',
    re: re(`收入(?:预算)?${CHANGE}`),
  },
  value(
    'totals',
    'expenditure.total',
    `(?<!项目|基本)支出预算(?:总额|总计|合计|数)?${BE}${WAN}`,
    '万元',
    'expenditure',
  ),
  {
    kind: 'change',
    scope: 'totals',
    key: 'expenditure.change',
    pctKey: 'expenditure.changePct',
    re: re(`(?<!项目|基本)支出(?:预算)?${CHANGE}`),
  },
  // 四、一般公共预算拨款支出
  value('general', 'general.total', `一般公共预算(?:拨款)?支出(?:预算)?${BE}${WAN}`, '万元', 'general'),
  value('general', 'basic.total', `基本支出(?:预算数?)?${BE}${WAN}`),
  value('general', 'project.total', `项目支出(?:预算数?)?${BE}${WAN}`, '万元', 'project'),
  // 五、政府性基金预算支出
  value('fund', 'fund.total', `政府性基金(?:预算)?(?:拨款)?(?:安排的)?支出(?:预算)?${BE}${WAN}`),
  {
    kind: 'none',
    scope: 'fund',
    key: 'fund.total',
    re: re('(?:无|没有|未安排)政府性基金(?:预算)?(?:拨款)?(?:安排的)?(?:收入|支出|收支)'),
    unit: '万元',
  },
  // 六（一）机关运行经费
  value('operating', 'operating.total', `机关运行经费(?:预算)?(?:数)?${BE}${WAN}`),
  {
    kind: 'change',
    scope: 'operating',
    key: 'operating.change',
    pctKey: 'operating.changePct',
    re: re(CHANGE),
  },
  // 六（二）“三公”经费
  value('threePublic', 'threePublic.total', `${QUOTED_THREE}(?:预算)?(?:数)?${BE}${WAN}`),
  value('threePublic', 'threePublic.reception', `公务接待费(?:预算)?${BE}${WAN}`),
  value('threePublic', 'threePublic.vehicle', `公务用车购置及运行(?:维护)?费(?:预算)?${BE}${WAN}`),
  value('threePublic', 'threePublic.vehiclePurchase', `公务用车购置费(?:预算)?${BE}${WAN}`),
  value('threePublic', 'threePublic.vehicleOperation', `公务用车运行(?:维护)?费(?:预算)?${BE}${WAN}`),
  value('threePublic', 'threePublic.abroad', String.raw`因公出国\(境\)(?:经)?费(?:预算)?${BE}${WAN}`),
  {
    kind: 'change',
    scope: 'threePublic',
    key: 'threePublic.change',
    re: re(`${QUOTED_THREE}(?:预算)?(?:数)?${CHANGE}`),
    reason: true,
  },
  // 六（三）一般性支出
  ...meetingOrTraining('meeting', '会议费', {
    total: 'meeting.total',
    basic: 'meeting.basic',
    project: 'meeting.project',
    people: 'meeting.people',
  }),
  ...meetingOrTraining('training', '培训费', {
    total: 'training.total',
    basic: 'training.basic',
    project: 'training.project',
    people: 'training.people',
  }),
  // 六（四）政府采购
  value('procurement', 'procurement.total', `政府采购(?:预算)?(?:总额|总计|合计)?${BE}${WAN}`),
  value('procurement', 'procurement.goods', `货物类?(?:采购)?(?:预算)?${BE}${WAN}`),
  value('procurement', 'procurement.works', `工程类?(?:采购)?(?:预算)?${BE}${WAN}`),
  value('procurement', 'procurement.services', `服务类?(?:采购)?(?:预算)?${BE}${WAN}`),
  // 六（五）国有资产占用使用及新增资产配置
  ...assetCounts('assetsHeld', {
    total: 'vehicles.total',
    confidential: 'vehicles.confidential',
    emergency: 'vehicles.emergency',
    enforcement: 'vehicles.enforcement',
    special: 'vehicles.special',
    other: 'vehicles.other',
    general: 'equipment.general',
    specialEquipment: 'equipment.special',
  }),
  ...assetCounts('assetsNew', {
    total: 'vehicles.new',
    confidential: 'vehicles.new.confidential',
    emergency: 'vehicles.new.emergency',
    enforcement: 'vehicles.new.enforcement',
    special: 'vehicles.new.special',
    other: 'vehicles.new.other',
    general: 'equipment.new.general',
    specialEquipment: 'equipment.new.special',
  }),
  // 六（六）预算绩效目标
  value('performance', 'targets.total', `金额${BE}${WAN}`),
  value('performance', 'targets.basic', `基本支出${BE}${WAN}`),
  value('performance', 'targets.project', `项目支出${BE}${WAN}`),
];

/** A functional class with its amount and share, as listed after "其中：". */
export const CLASS_ITEM =
  /(?<name>[\u4e00-\u9fff]{2,20}?(?:支出|预备费))(?<n>\d[\d.,]*)万元?(?:,占(?:比)?(?<s>\d[\d.,]*)%)?[,;、]?/dy;
/** Expenditure kinds that are not functional classes, though they end in 支出. */
export const NOT_CLASSES: readonly string[] = [
  '基本支出',
  '项目支出',
  '事业单位经营支出',
  '对附属单位补助支出',
  '上缴上级支出',
];
/** The reason given right after a change: "主要是…", "主要原因是…". */
export const REASON = /^[,;。]?(?<r>(?:主要(?:原因)?(?:是|为|在于|由于|系)|原因(?:是|为)|是由于)[^。\n]*)/d;
