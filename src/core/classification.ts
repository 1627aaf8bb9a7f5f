// Classification codes: 功能分类 (functional: 类 3 digits, 款 2, 项 2) and 部门预算经济分类
// (economic: 类 3 digits, 款 5 digits). Codes are strings of digits; the level follows from the length.
// The name catalogues hold the names the Hunan and Shanghai documents use (national classification);
// an unknown code is valid, just unnamed.

export type FunctionalLevel = 'class' | 'section' | 'item';
export type EconomicLevel = 'class' | 'item';

export interface FunctionalCode {
  /** 3, 5 or 7 digits. */
  code: string;
  level: FunctionalLevel;
  class: string;
  section: string | null;
  item: string | null;
}

export function functionalCode(code: string): FunctionalCode | null {
  if (!/^\d{3}(\d{2}(\d{2})?)?$/.test(code)) return null;
  const level: FunctionalLevel = code.length === 3 ? 'class' : code.length === 5 ? 'section' : 'item';
  return {
    code,
    level,
    class: code.slice(0, 3),
    section: code.length >= 5 ? code.slice(3, 5) : null,
    item: code.length === 7 ? code.slice(5, 7) : null,
  };
}

/** The parent code (项 → 款 → 类), null for a 类. */
export function functionalParent(code: string): string | null {
  return code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : null;
}

export function economicLevel(code: string): EconomicLevel | null {
  return /^\d{3}$/.test(code) ? 'class' : /^\d{5}$/.test(code) ? 'item' : null;
}

export const FUNCTIONAL_CLASS_NAMES: Readonly<Record<string, string>> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '209': '社会保险基金支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出',
  '224': '灾害防治及应急管理支出',
  '227': '预备费',
  '229': '其他支出',
  '231': '债务还本支出',
  '232': '债务付息支出',
  '233': '债务发行费用支出',
};

const FUNCTIONAL_SECTION_NAMES: Readonly<Record<string, string>> = {
  '20101': '人大事务',
  '20102': '政协事务',
  '20103': '政府办公厅（室）及相关机构事务',
  '20104': '发展与改革事务',
  '20105': '统计信息事务',
  '20106': '财政事务',
  '20107': '税收事务',
  '20108': '审计事务',
  '20111': '纪检监察事务',
  '20113': '商贸事务',
  '20129': '群众团体事务',
  '20131': '党委办公厅（室）及相关机构事务',
  '20132': '组织事务',
  '20133': '宣传事务',
  '20134': '统战事务',
  '20199': '其他一般公共服务支出',
  '20805': '行政事业单位养老支出',
  '21011': '行政事业单位医疗',
  '22102': '住房改革支出',
};

const FUNCTIONAL_ITEM_NAMES_BY_SUFFIX: Readonly<Record<string, string>> = {
  '01': '行政运行',
  '02': '一般行政管理事务',
  '03': '机关服务',
  '50': '事业运行',
};

const SPECIFIC_ITEM_NAMES: Readonly<Record<string, string>> = {
  '2010304': '专项服务',
  '2010305': '专项业务及机关事务管理',
  '2010306': '政务公开审批',
  '2010308': '信访事务',
  '2010309': '参事事务',
  '2010399': '其他政府办公厅（室）及相关机构事务支出',
  '2010607': '信息化建设',
  '2010608': '财政委托业务支出',
  '2010699': '其他财政事务支出',
  '2011308': '招商引资',
  '2080501': '行政单位离退休',
  '2080502': '事业单位离退休',
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '2080599': '其他行政事业单位养老支出',
  '2101101': '行政单位医疗',
  '2101102': '事业单位医疗',
  '2101103': '公务员医疗补助',
  '2101199': '其他行政事业单位医疗支出',
  '2210201': '住房公积金',
  '2210202': '提租补贴',
  '2210203': '购房补贴',
};

/** The catalogue name of a functional code, or null when the catalogue does not know it. */
export function functionalName(code: string): string | null {
  if (code.length === 3) return FUNCTIONAL_CLASS_NAMES[code] ?? null;
  if (code.length === 5) return FUNCTIONAL_SECTION_NAMES[code] ?? null;
  if (code.length === 7) {
    const specific = SPECIFIC_ITEM_NAMES[code];
    if (specific) return specific;
    // 01/02/03/50 mean the same under every administrative 款 of class 201.
    return code.startsWith('201') ? (FUNCTIONAL_ITEM_NAMES_BY_SUFFIX[code.slice(5)] ?? null) : null;
  }
  return null;
}

/**
 * The codes the catalogue names `name` (compared without white space, full-width brackets as
 * half-width), among the children of `parent` (a 类 for 款, a 款 for 项) or among the classes when
 * `parent` is null.
 */
export function functionalCodesNamed(name: string, parent: string | null): string[] {
  const key = nameKey(name);
  if (parent === null)
    return Object.keys(FUNCTIONAL_CLASS_NAMES).filter(
      (c) => nameKey(FUNCTIONAL_CLASS_NAMES[c] ?? '') === key,
    );
  const children =
    parent.length === 3
      ? Object.keys(FUNCTIONAL_SECTION_NAMES).filter((c) => c.startsWith(parent))
      : [
          ...Object.keys(SPECIFIC_ITEM_NAMES).filter((c) => c.startsWith(parent)),
          ...(parent.startsWith('201')
            ? Object.keys(FUNCTIONAL_ITEM_NAMES_BY_SUFFIX).map((s) => parent + s)
            : []),
        ];
  return [...new Set(children)].filter((c) => nameKey(functionalName(c) ?? '') === key);
}

/** Every code of a level (3, 5 or 7 digits) the catalogue names `name`, under any parent. */
export function functionalCodesNamedAnywhere(name: string, digits: 3 | 5 | 7): string[] {
  const key = nameKey(name);
  const codes =
    digits === 3
      ? Object.keys(FUNCTIONAL_CLASS_NAMES)
      : digits === 5
        ? Object.keys(FUNCTIONAL_SECTION_NAMES)
        : [
            ...Object.keys(SPECIFIC_ITEM_NAMES),
            ...Object.keys(FUNCTIONAL_SECTION_NAMES)
              .filter((c) => c.startsWith('201'))
              .flatMap((c) => Object.keys(FUNCTIONAL_ITEM_NAMES_BY_SUFFIX).map((s) => c + s)),
          ];
  return [...new Set(codes)].filter((c) => nameKey(functionalName(c) ?? '') === key);
}

function nameKey(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

export const ECONOMIC_NAMES: Readonly<Record<string, string>> = {
  '301': '工资福利支出',
  '30101': '基本工资',
  '30102': '津贴补贴',
  '30103': '奖金',
  '30106': '伙食补助费',
  '30107': '绩效工资',
  '30108': '机关事业单位基本养老保险缴费',
  '30109': '职业年金缴费',
  '30110': '职工基本医疗保险缴费',
  '30111': '公务员医疗补助缴费',
  '30112': '其他社会保障缴费',
  '30113': '住房公积金',
  '30114': '医疗费',
  '30199': '其他工资福利支出',
  '302': '商品和服务支出',
  '30201': '办公费',
  '30202': '印刷费',
  '30203': '咨询费',
  '30204': '手续费',
  '30205': '水费',
  '30206': '电费',
  '30207': '邮电费',
  '30208': '取暖费',
  '30209': '物业管理费',
  '30211': '差旅费',
  '30212': '因公出国（境）费用',
  '30213': '维修（护）费',
  '30214': '租赁费',
  '30215': '会议费',
  '30216': '培训费',
  '30217': '公务接待费',
  '30218': '专用材料费',
  '30224': '被装购置费',
  '30225': '专用燃料费',
  '30226': '劳务费',
  '30227': '委托业务费',
  '30228': '工会经费',
  '30229': '福利费',
  '30231': '公务用车运行维护费',
  '30239': '其他交通费用',
  '30240': '税金及附加费用',
  '30299': '其他商品和服务支出',
  '303': '对个人和家庭的补助',
  '30301': '离休费',
  '30302': '退休费',
  '30303': '退职（役）费',
  '30304': '抚恤金',
  '30305': '生活补助',
  '30306': '救济费',
  '30307': '医疗费补助',
  '30308': '助学金',
  '30309': '奖励金',
  '30310': '个人农业生产补贴',
  '30311': '代缴社会保险费',
  '30399': '其他对个人和家庭的补助',
  '310': '资本性支出',
  '31002': '办公设备购置',
  '31003': '专用设备购置',
  '31013': '公务用车购置',
};

/** Economic classes counted as personnel (人员类) and as public funds (公用经费), domain.md §2. */
export const PERSONNEL_CLASSES = ['301', '303'] as const;
export const PUBLIC_FUNDS_CLASSES = ['302'] as const;

export function economicName(code: string): string | null {
  return ECONOMIC_NAMES[code] ?? null;
}
