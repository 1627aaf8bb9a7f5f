// The 类 of the functional classification of expenditure (支出功能分类), by name, in the order the
// balance statements list them. The final accounts list two more (债务还本支出, 抗疫特别国债安排的支出).

export const FUNCTIONAL_CLASSES = [
  '一般公共服务支出',
  '外交支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '社会保险基金支出',
  '卫生健康支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '商业服务业等支出',
  '金融支出',
  '援助其他地区支出',
  '自然资源海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '国有资本经营预算支出',
  '灾害防治及应急管理支出',
  '预备费',
  '其他支出',
  '债务还本支出',
  '债务付息支出',
  '债务发行费用支出',
  '抗疫特别国债安排的支出',
] as const;

/** The classes as items of a balance statement's expenditure side. */
export function classItems(
  role: 'item' | 'subitem',
): { key: string; role: 'item' | 'subitem'; labels: string[] }[] {
  return FUNCTIONAL_CLASSES.map((name) => ({ key: name, role, labels: [name] }));
}
