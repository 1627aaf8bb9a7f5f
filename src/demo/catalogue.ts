// The demo city's departments as data: name (without the city's name), 3-digit code, the functional
// 类/款 its work is classified under, the items its projects are charged to, its subordinate units,
// its project names, and whether it spends government funds (政府性基金). Names are realistic, the
// city is not: every region of the demo is fictional. Codes follow the national classification
// (2024): 类 3 digits, 款 2, 项 2.

export interface FunctionalItem {
  code: string;
  name: string;
}

export interface Sector {
  /** 类 code and name. */
  class: FunctionalItem;
  /** 款 code (5 digits) and name. */
  section: FunctionalItem;
  /** 项 codes projects are charged to, beside 一般行政管理事务 (款 + 02). */
  projectItems: readonly FunctionalItem[];
}

export interface FundSpec {
  class: FunctionalItem;
  section: FunctionalItem;
  item: FunctionalItem;
  /** The fund project's name. */
  project: string;
}

export interface DepartmentSpec {
  code: string;
  /** The name after the region's name: 教育局 → 示例市教育局. */
  name: string;
  sector: Sector;
  /** Subordinate units (事业单位), names after the region's name. */
  units: readonly string[];
  projects: readonly string[];
  /** What the department is for, one sentence per line of 职能职责. */
  duties: readonly string[];
  fund?: FundSpec;
  /** Whether its staff travel abroad on duty (因公出国（境）费). */
  abroad?: boolean;
}

const c = (code: string, name: string): FunctionalItem => ({ code, name });

const GENERAL = c('201', '一般公共服务支出');
const SECURITY = c('204', '公共安全支出');
const EDUCATION = c('205', '教育支出');
const SCIENCE = c('206', '科学技术支出');
const CULTURE = c('207', '文化旅游体育与传媒支出');
const SOCIAL = c('208', '社会保障和就业支出');
const HEALTH = c('210', '卫生健康支出');
const ENVIRONMENT = c('211', '节能环保支出');
const URBAN = c('212', '城乡社区支出');
const AGRICULTURE = c('213', '农林水支出');
const TRANSPORT = c('214', '交通运输支出');
const INDUSTRY = c('215', '资源勘探工业信息等支出');
const RESOURCES = c('220', '自然资源海洋气象等支出');
const EMERGENCY = c('224', '灾害防治及应急管理支出');
const OTHER = c('229', '其他支出');

const sector = (cls: FunctionalItem, section: FunctionalItem, ...projectItems: FunctionalItem[]): Sector => ({
  class: cls,
  section,
  projectItems,
});

const LAND_FUND: FundSpec = {
  class: URBAN,
  section: c('21208', '国有土地使用权出让收入安排的支出'),
  item: c('2120803', '城市建设支出'),
  project: '城市基础设施配套建设',
};
const LOTTERY = (item: FunctionalItem, project: string): FundSpec => ({
  class: OTHER,
  section: c('22960', '彩票公益金安排的支出'),
  item,
  project,
});

/** The pension, medical and housing items every unit's personnel costs are charged to. */
export const PENSION = c('2080505', '机关事业单位基本养老保险缴费支出');
export const PENSION_SECTION = c('20805', '行政事业单位养老支出');
export const MEDICAL_ADMIN = c('2101101', '行政单位医疗');
export const MEDICAL_INSTITUTION = c('2101102', '事业单位医疗');
export const MEDICAL_SECTION = c('21011', '行政事业单位医疗');
export const HOUSING = c('2210201', '住房公积金');
export const HOUSING_SECTION = c('22102', '住房改革支出');
export const CLASS_OF: Readonly<Record<string, FunctionalItem>> = Object.fromEntries(
  [GENERAL, SECURITY, EDUCATION, SCIENCE, CULTURE, SOCIAL, HEALTH, ENVIRONMENT, URBAN, AGRICULTURE]
    .concat([TRANSPORT, INDUSTRY, RESOURCES, EMERGENCY, OTHER, c('221', '住房保障支出')])
    .map((x) => [x.code, x]),
);

/** 款 names of the items projects are charged to outside their department's own 款. */
export const OTHER_SECTIONS: Readonly<Record<string, string>> = {
  '20502': '普通教育',
  '20604': '技术研究与开发',
  '21004': '公共卫生',
  '21103': '污染防治',
};

const office = (code: string, name: string, ...items: FunctionalItem[]) =>
  sector(GENERAL, c(code, name), ...items);

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    code: '101',
    name: '人民政府办公室',
    sector: office('20103', '政府办公厅（室）及相关机构事务', c('2010305', '专项业务及机关事务管理')),
    units: ['机关事务服务中心', '政务服务中心', '接待服务中心'],
    projects: ['政务督查督办', '政府公报编印', '政务值班系统运维', '市政府全体会议保障'],
    duties: ['负责市政府会议的组织和会议决定事项的督促检查。', '负责市政府政务值班和突发事件信息报送。'],
  },
  {
    code: '102',
    name: '发展和改革委员会',
    sector: office('20104', '发展与改革事务'),
    units: ['价格认证中心', '重点项目事务中心', '能源服务中心'],
    projects: ['国民经济和社会发展规划编制', '重点项目调度', '价格监测'],
    duties: ['负责拟订全市国民经济和社会发展规划。', '负责统筹协调重大项目建设。'],
    abroad: true,
  },
  {
    code: '103',
    name: '统计局',
    sector: office('20105', '统计信息事务', c('2010507', '专项普查活动')),
    units: ['社会经济调查队', '普查中心'],
    projects: ['经济普查', '统计数据采集与发布', '住户收支调查'],
    duties: ['负责组织实施全市统计调查和普查。', '负责发布全市统计数据。'],
  },
  {
    code: '104',
    name: '财政局',
    sector: office('20106', '财政事务', c('2010607', '信息化建设'), c('2010608', '财政委托业务支出')),
    units: ['财政投资评审中心', '政府采购中心', '国库集中支付中心'],
    projects: ['预算管理一体化系统运维', '财政投资评审', '预算绩效评价'],
    duties: ['负责编制年度预算草案并组织执行。', '负责全市预算绩效管理工作。'],
  },
  {
    code: '105',
    name: '审计局',
    sector: office('20108', '审计事务'),
    units: ['审计信息中心'],
    projects: ['政府投资项目审计', '经济责任审计'],
    duties: ['负责对本级预算执行情况进行审计监督。'],
  },
  {
    code: '106',
    name: '商务局',
    sector: office('20113', '商贸事务', c('2011308', '招商引资')),
    units: ['对外贸易服务中心', '口岸服务中心'],
    projects: ['招商引资活动', '外贸企业扶持', '电子商务发展'],
    duties: ['负责推进对外贸易和招商引资工作。'],
    abroad: true,
  },
  {
    code: '107',
    name: '档案馆',
    sector: office('20126', '档案事务'),
    units: [],
    projects: ['档案数字化', '馆藏档案保护'],
    duties: ['负责收集、保管和提供利用全市重要档案。'],
  },
  {
    code: '108',
    name: '市场监督管理局',
    sector: office('20138', '市场监督管理事务'),
    units: ['食品药品检验所', '计量检定测试所', '消费者权益保护中心', '知识产权服务中心', '特种设备检验所'],
    projects: ['食品安全抽检', '特种设备安全监察', '计量器具检定'],
    duties: ['负责市场综合监督管理。', '负责食品安全监督管理。'],
  },
  {
    code: '109',
    name: '人大常委会办公室',
    sector: office('20101', '人大事务', c('2010104', '人大会议')),
    units: [],
    projects: ['人民代表大会会议', '人大代表履职服务'],
    duties: ['负责人民代表大会及其常务委员会会议的服务保障。'],
  },
  {
    code: '110',
    name: '公安局',
    sector: sector(SECURITY, c('20402', '公安'), c('2040220', '执法办案')),
    units: ['交通警察支队', '看守所', '警犬基地', '特警支队', '出入境管理服务中心'],
    projects: ['智慧警务建设', '执法办案经费', '道路交通安全管理'],
    duties: ['负责全市社会治安管理。', '负责道路交通安全管理。'],
  },
  {
    code: '111',
    name: '司法局',
    sector: sector(SECURITY, c('20406', '司法'), c('2040610', '社区矫正')),
    units: ['公证处', '法律援助中心', '仲裁委员会办公室'],
    projects: ['法律援助', '社区矫正', '普法宣传'],
    duties: ['负责全市法治宣传教育。', '负责公共法律服务体系建设。'],
  },
  {
    code: '112',
    name: '教育局',
    sector: sector(EDUCATION, c('20501', '教育管理事务'), c('2050204', '高中教育'), c('2050202', '小学教育')),
    units: [
      '第一中学',
      '第二中学',
      '实验小学',
      '教育考试院',
      '教育科学研究院',
      '第三中学',
      '第四中学',
      '实验幼儿园',
      '职业中等专业学校',
    ],
    projects: ['学生资助', '教师培训', '校园安全建设', '教育信息化'],
    duties: ['负责全市各级各类教育的统筹规划和协调管理。', '负责教师队伍建设。'],
    abroad: true,
  },
  {
    code: '113',
    name: '科学技术局',
    sector: sector(SCIENCE, c('20601', '科学技术管理事务'), c('2060404', '科技成果转化与扩散')),
    units: ['科技信息研究所', '生产力促进中心', '科技馆'],
    projects: ['科技创新平台建设', '科技成果转化', '高新技术企业培育'],
    duties: ['负责拟订全市科技创新规划。'],
  },
  {
    code: '114',
    name: '文化旅游广电局',
    sector: sector(CULTURE, c('20701', '文化和旅游'), c('2070109', '群众文化')),
    units: ['图书馆', '博物馆', '群众艺术馆', '美术馆', '文物考古研究所', '歌舞剧院'],
    projects: ['公共文化服务', '文物保护', '旅游宣传推广'],
    duties: ['负责全市文化、旅游和广播电视事业发展。'],
  },
  {
    code: '115',
    name: '体育局',
    sector: sector(CULTURE, c('20703', '体育'), c('2070308', '群众体育')),
    units: ['体育运动学校', '全民健身中心', '体育场馆管理中心'],
    projects: ['全民健身活动', '竞技体育训练'],
    duties: ['负责全市体育事业发展。'],
    fund: LOTTERY(c('2296003', '用于体育事业的彩票公益金支出'), '体育彩票公益金项目'),
  },
  {
    code: '116',
    name: '人力资源和社会保障局',
    sector: sector(SOCIAL, c('20801', '人力资源和社会保障管理事务'), c('2080109', '社会保险经办机构')),
    units: ['就业服务中心', '社会保险服务中心', '人事考试院', '劳动人事争议仲裁院', '技师学院'],
    projects: ['就业创业服务', '职业技能培训', '社会保险经办'],
    duties: ['负责全市就业和社会保障工作。'],
  },
  {
    code: '117',
    name: '民政局',
    sector: sector(SOCIAL, c('20802', '民政管理事务'), c('2080208', '基层政权建设和社区治理')),
    units: ['社会福利院', '救助管理站', '殡仪馆', '儿童福利院', '婚姻登记中心'],
    projects: ['社区治理', '困难群众救助', '养老服务'],
    duties: ['负责全市社会救助和养老服务工作。'],
    fund: LOTTERY(c('2296002', '用于社会福利的彩票公益金支出'), '福利彩票公益金项目'),
  },
  {
    code: '118',
    name: '退役军人事务局',
    sector: sector(SOCIAL, c('20828', '退役军人管理事务'), c('2082804', '拥军优属')),
    units: ['退役军人服务中心', '军供站'],
    projects: ['退役军人就业创业', '优抚对象服务'],
    duties: ['负责退役军人服务保障工作。'],
  },
  {
    code: '119',
    name: '卫生健康委员会',
    sector: sector(HEALTH, c('21001', '卫生健康管理事务'), c('2100409', '重大公共卫生服务')),
    units: [
      '疾病预防控制中心',
      '妇幼保健院',
      '卫生健康综合监督执法局',
      '急救中心',
      '中心血站',
      '卫生健康信息中心',
    ],
    projects: ['重大公共卫生服务', '基层卫生人才培养', '卫生应急'],
    duties: ['负责全市卫生健康事业发展。', '负责疾病预防控制工作。'],
  },
  {
    code: '120',
    name: '医疗保障局',
    sector: sector(HEALTH, c('21015', '医疗保障管理事务'), c('2101505', '医疗保障经办事务')),
    units: ['医疗保障事务中心'],
    projects: ['医保基金监管', '医保信息化'],
    duties: ['负责全市医疗保障工作。'],
  },
  {
    code: '121',
    name: '生态环境局',
    sector: sector(ENVIRONMENT, c('21101', '环境保护管理事务'), c('2110302', '水体')),
    units: ['生态环境监测站', '环境监察支队', '固体废物管理中心'],
    projects: ['大气污染防治', '水环境监测', '生态环境执法'],
    duties: ['负责全市生态环境监督管理。'],
  },
  {
    code: '122',
    name: '住房和城乡建设局',
    sector: sector(URBAN, c('21201', '城乡社区管理事务'), c('2120106', '工程建设管理')),
    units: ['建设工程质量安全监督站', '住房保障服务中心', '房屋征收服务中心', '建筑业服务中心'],
    projects: ['建筑工程质量监督', '老旧小区改造', '住房保障管理'],
    duties: ['负责全市住房和城乡建设管理。'],
    fund: LAND_FUND,
  },
  {
    code: '123',
    name: '城市管理和综合执法局',
    sector: sector(URBAN, c('21201', '城乡社区管理事务'), c('2120104', '城管执法')),
    units: ['环境卫生服务中心', '市政设施维护中心', '园林绿化服务中心', '城市照明管理处'],
    projects: ['城市环境卫生保洁', '市政设施维护', '城管执法'],
    duties: ['负责全市城市管理和综合行政执法。'],
    fund: { ...LAND_FUND, project: '市政道路提质改造' },
  },
  {
    code: '124',
    name: '农业农村局',
    sector: sector(AGRICULTURE, c('21301', '农业农村'), c('2130108', '病虫害控制')),
    units: [
      '农业科学研究所',
      '动物疫病预防控制中心',
      '农业技术推广站',
      '农产品质量安全检测中心',
      '水产技术推广站',
    ],
    projects: ['高标准农田建设', '动物疫病防控', '农业技术推广'],
    duties: ['负责全市农业农村发展。'],
  },
  {
    code: '125',
    name: '林业局',
    sector: sector(AGRICULTURE, c('21302', '林业和草原'), c('2130234', '林业草原防灾减灾')),
    units: ['林业科学研究所', '国有林场', '森林病虫害防治站'],
    projects: ['森林防火', '林业有害生物防治', '国土绿化'],
    duties: ['负责全市林业资源保护和发展。'],
  },
  {
    code: '126',
    name: '水利局',
    sector: sector(AGRICULTURE, c('21303', '水利'), c('2130306', '水利工程运行与维护')),
    units: ['水文站', '水利工程管理处', '水土保持监测站', '灌区管理所'],
    projects: ['防汛抗旱', '水利工程维护', '河湖长制'],
    duties: ['负责全市水资源管理和水利工程建设。'],
  },
  {
    code: '127',
    name: '交通运输局',
    sector: sector(TRANSPORT, c('21401', '公路水路运输'), c('2140106', '公路养护')),
    units: ['公路事务中心', '交通运输综合行政执法支队', '港航事务中心', '道路运输服务中心'],
    projects: ['公路养护', '城乡客运补贴', '交通运输执法'],
    duties: ['负责全市公路、水路交通运输管理。'],
  },
  {
    code: '128',
    name: '工业和信息化局',
    sector: sector(INDUSTRY, c('21505', '工业和信息产业监管'), c('2150599', '其他工业和信息产业监管支出')),
    units: ['中小企业服务中心'],
    projects: ['中小企业发展', '制造业数字化转型'],
    duties: ['负责全市工业和信息化发展。'],
  },
  {
    code: '129',
    name: '自然资源和规划局',
    sector: sector(RESOURCES, c('22001', '自然资源事务'), c('2200106', '自然资源利用与保护')),
    units: ['不动产登记中心', '测绘院', '土地储备中心', '规划编研中心'],
    projects: ['国土空间规划编制', '不动产登记', '耕地保护'],
    duties: ['负责全市自然资源统一管理和国土空间规划。'],
    fund: {
      ...LAND_FUND,
      item: c('2120801', '征地和拆迁补偿支出'),
      project: '征地拆迁补偿',
    },
  },
  {
    code: '130',
    name: '应急管理局',
    sector: sector(EMERGENCY, c('22401', '应急管理事务'), c('2240106', '安全监管')),
    units: ['应急救援指挥中心', '地震监测中心'],
    projects: ['安全生产监管', '应急救援能力建设'],
    duties: ['负责全市应急管理和安全生产监督。'],
  },
  {
    code: '131',
    name: '政协办公室',
    sector: office('20102', '政协事务', c('2010204', '政协会议')),
    units: [],
    projects: ['政协全体会议', '委员视察调研'],
    duties: ['负责政协全体会议和常委会议的服务保障。'],
  },
  {
    code: '132',
    name: '纪委监委',
    sector: office('20111', '纪检监察事务', c('2011104', '大案要案查处')),
    units: ['廉政教育中心'],
    projects: ['监督执纪问责', '廉政教育'],
    duties: ['负责全市党风廉政建设和反腐败工作。'],
  },
  {
    code: '133',
    name: '委组织部',
    sector: office('20132', '组织事务'),
    units: ['党员教育中心'],
    projects: ['干部教育培训', '基层党组织建设'],
    duties: ['负责全市党的组织建设和干部工作。'],
  },
  {
    code: '134',
    name: '委宣传部',
    sector: office('20133', '宣传事务'),
    units: ['网络舆情中心'],
    projects: ['主题宣传', '精神文明建设'],
    duties: ['负责全市宣传思想文化工作。'],
  },
  {
    code: '135',
    name: '委统战部',
    sector: office('20134', '统战事务'),
    units: [],
    projects: ['民族宗教工作', '党外人士培训'],
    duties: ['负责全市统一战线工作。'],
  },
  {
    code: '136',
    name: '总工会',
    sector: office('20129', '群众团体事务'),
    units: ['工人文化宫'],
    projects: ['困难职工帮扶', '劳动技能竞赛'],
    duties: ['负责维护职工合法权益。'],
  },
  {
    code: '137',
    name: '团委',
    sector: office('20129', '群众团体事务'),
    units: ['青少年宫'],
    projects: ['青年志愿服务', '青少年发展'],
    duties: ['负责全市共青团工作和青少年服务。'],
  },
  {
    code: '138',
    name: '妇女联合会',
    sector: office('20129', '群众团体事务'),
    units: ['妇女儿童活动中心'],
    projects: ['妇女儿童权益保障', '家庭教育指导'],
    duties: ['负责维护妇女儿童合法权益。'],
  },
  {
    code: '139',
    name: '信访局',
    sector: office('20103', '政府办公厅（室）及相关机构事务', c('2010308', '信访事务')),
    units: [],
    projects: ['信访事项办理', '矛盾纠纷化解'],
    duties: ['负责受理群众来信来访。'],
  },
  {
    code: '140',
    name: '数据管理局',
    sector: office('20103', '政府办公厅（室）及相关机构事务'),
    units: ['大数据中心'],
    projects: ['政务数据共享平台运维', '数据安全保障专项', '数字政府建设专项'],
    duties: [
      '负责统筹全市政务数据资源的归集、共享、开放和安全管理。',
      '负责推进数字政府建设，统筹政务信息化项目建设和运行维护。',
    ],
  },
];

/** Fictional place names for the regions beyond the demo city (a province of the benchmarks). */
export const PLACE_FIRST = [
  '清',
  '云',
  '安',
  '永',
  '平',
  '石',
  '新',
  '青',
  '长',
  '东',
  '临',
  '宁',
  '白',
  '南',
  '龙',
];
export const PLACE_SECOND = [
  '河',
  '阳',
  '溪',
  '山',
  '江',
  '桥',
  '川',
  '林',
  '源',
  '丰',
  '岭',
  '湖',
  '泉',
  '城',
  '宁',
];
