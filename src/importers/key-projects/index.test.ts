import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import type { KeyProjectsDocument } from '../../core/model/document.js';
import type { PerformanceTarget } from '../../core/model/targets.js';
import { CORPUS, importKeyProjectsCorpus, mutateLine } from '../../test-support/corpus.js';
import { importText } from '../index.js';

const doc = importKeyProjectsCorpus();

function project(d: KeyProjectsDocument, name: string): PerformanceTarget {
  const p = d.projects.find((t) => t.name.value === name);
  if (!p) throw new Error(`no project ${name}`);
  return p;
}

const rows = (p: PerformanceTarget) =>
  p.indicators.map((i) => [
    i.source.line,
    i.level1,
    i.level2,
    i.name,
    i.value,
    i.comparator,
    i.weight?.toString() ?? null,
  ]);
const weights = (p: PerformanceTarget) =>
  Decimal.sum(p.indicators.filter((i) => !i.placeholder).map((i) => i.weight ?? Decimal.ZERO));
const diagnosticLines = (d: KeyProjectsDocument, code: string) =>
  d.diagnostics.filter((x) => x.code === code).map((x) => x.source.line);

describe('the 2023 city-wide key-projects list', () => {
  it('reads the document head: title, 金额单位 and the note', () => {
    expect([doc.title?.value, doc.year, doc.unit]).toEqual([
      '2023年度重大政策和重点项目绩效目标',
      2023,
      '万元',
    ]);
    expect(doc.note).toEqual({ value: '注：备注栏系三级指标的赋分制。', source: { line: 356 } });
  });

  it('reads 35 projects of 22 departments with their exact amounts', () => {
    expect(doc.projects.map((p) => [p.department, p.name.value, p.amount?.text, p.name.source.line])).toEqual(
      [
        ['长沙市农业农村局', '农村小型农田水利设施建设与维护', '8,000.00', 9],
        ['长沙市水利局', '标准化山塘清淤整治冬修水利建设', '5,000.00', 17],
        ['长沙市林业局', '林长制专项工作', '1,565.00', 28],
        ['长沙市林业局', '市级重点森林生态公益林效益补偿', '1,748.00', 46],
        ['长沙市发展与改革委员会', '分布式能源专项', '2,000.00', 57],
        ['长沙市生态环境局', '株树桥水库生态流域补偿', '800.00', 68],
        ['长沙市生态环境局', '市级生态文明建设示范镇(乡)、村奖补资金', '700.00', 76],
        ['长沙市工业和信息化局', '国家专精特新“小巨人”企业专项奖励', '3,700.00', 87],
        ['长沙市工业和信息化局', '生物医药专项', '4,500.00', 95],
        ['长沙市工业和信息化局', '智能制造项目', '8,000.00', 109],
        ['长沙市人民政府金融工作办公室', '资本市场发展专项', '5,500.00', 116],
        ['长沙市商务局', '长沙市扩大利用外资专项资金', '2,500.00', 126],
        ['长沙市科技局', '高新技术企业认定奖励', '19,550.00', 134],
        ['长沙市科技局', '自然科学基金项目', '3,200.00', 140],
        ['长沙市知识产权局', '驻长高校知识产权在长转化项目', '1,000.00', 149],
        ['长沙市知识产权局', '知识产权质押融资项目', '940.00', 157],
        ['长沙市文化旅游广电局', '国家公共文化示范区长效运行经费', '790.00', 168],
        ['长沙市文化旅游广电局', '送戏下乡进社区', '608.00', 175],
        ['长沙市城市管理和综合执法局', '“四精五有”城管项目建设专项', '32,000.00', 182],
        ['长沙市住房和城乡建设局', '“精美长沙”专项经费', '5,000.00', 192],
        ['长沙市交通运输局', '干线公路建设专项', '22,749.00', 205],
        ['长沙市教育局', '市直学校物业管理专项', '9,900.00', 213],
        ['长沙市教育局', '免费对外开放体育场馆补助费', '360.00', 222],
        ['长沙市教育局', '高中学生助学金和免学费经费', '917.00', 232],
        ['长沙市教育局', '高校国家助学金', '4,000.00', 245],
        ['长沙市人力资源和社会保障局', '城乡居民基本养老保险市级财政补助资金', '29,244.69', 258],
        ['长沙市人力资源和社会保障局', '青年人才租房和生活补贴', '25,950.00', 264],
        ['长沙市卫生健康委员会', '城镇独生子女父母奖励', '12,347.30', 276],
        ['长沙市卫生健康委员会', '国家基本公共卫生服务补助', '8,955.66', 282],
        ['长沙市民政局', '城乡居民最低生活保障金', '22,163.00', 295],
        ['长沙市民政局', '困难残疾人生活补贴和重度残疾人护理补贴', '6,200.00', 304],
        ['长沙市城市人居环境局', '城市更新工作经费', '170.00', 315],
        ['长沙市医保局', '城乡医疗救助', '2,905.12', 325],
        ['长沙市应急管理局', '烟花爆竹传统文化保护和创新发展', '950.00', 339],
        ['长沙市消防救援支队', '2023年轨道交通大队运行维护经费', '1,940.21', 348],
      ],
    );
    expect(new Set(doc.projects.map((p) => p.department)).size).toBe(22);
    expect(Decimal.sum(doc.projects.map((p) => p.amount?.value ?? Decimal.ZERO)).toString()).toBe(
      '255852.98',
    );
    expect(doc.projects.every((p) => p.kind === 'key-project' && p.amount?.unit === '万元')).toBe(true);
  });

  it('merges 城乡医疗救助, continued after a repeated header (lines 325 and 333), into one project', () => {
    const p = project(doc, '城乡医疗救助');
    expect(doc.projects.filter((x) => x.name.value === '城乡医疗救助')).toHaveLength(1);
    expect(p.spans).toEqual([
      { first: 325, last: 329 },
      { first: 333, last: 338 },
    ]);
    expect(p.indicators).toHaveLength(11);
    expect(diagnosticLines(doc, 'row-repeated')).toEqual([333]);
    // It has no 成本指标 row at all: reported, its weights sum to 90 like most projects.
    expect(diagnosticLines(doc, 'rows-missing')).toEqual([325]);
    expect(weights(p).toString()).toBe('90');
  });

  it('reads 城乡居民基本养老保险市级财政补助资金 (29,244.69) and drops the second level-2 cell of line 259', () => {
    const p = project(doc, '城乡居民基本养老保险市级财政补助资金');
    expect(p.amount?.value.eq(Decimal.from('29244.69'))).toBe(true);
    expect(rows(p)).toEqual([
      [
        258,
        '成本指标',
        '经济成本指标',
        '成本控制率',
        '考核2023年当年财政补助资金支出占实际到位资金的比重',
        '定量',
        '20',
      ],
      [259, '产出指标', '质量指标', '待遇发放及时性', '考核城乡居民养老保险待遇发放是否及时', '定量', '15'],
      [
        260,
        '产出指标',
        '质量指标',
        '生存认证工作',
        '考核城乡居民养老保险生存认证工作是否开展，停发、续发手续是否及时',
        '定量',
        '15',
      ],
      [261, '效益指标', '社会效益指标', '发放标准准确性', '考核待遇发放标准是否准确', '定量', '10'],
      [
        262,
        '效益指标',
        '社会效益指标',
        '待遇发放到位情况',
        '考核每月城乡居民养老保险待遇是否足额发放',
        '定量',
        '20',
      ],
      [
        263,
        '满意度指标',
        '服务对象满意度指标',
        '服务对象满意度',
        '考核服务对象对该项目的满意度',
        '定量',
        '10',
      ],
    ]);
    const d = doc.diagnostics.find((x) => x.code === 'row-realigned' && x.source.line === 259);
    expect(d?.message).toContain('“时效指标”（第7列）');
  });

  it('realigns the rows that start at 满意度指标 in column 1 (56, 115, 122, 174, 181, 272)', () => {
    const realigned = diagnosticLines(doc, 'row-realigned');
    expect(realigned).toEqual(expect.arrayContaining([56, 115, 122, 174, 181, 272]));
    const sat = doc.projects
      .flatMap((p) => p.indicators)
      .filter((i) => [56, 115, 122, 174, 181, 272].includes(i.source.line));
    expect(sat.map((i) => [i.source.line, i.level1, i.level2, i.value, i.weight?.toString()])).toEqual([
      [56, '满意度指标', '服务对象满意度指标', '≥90%', '10'],
      [115, '满意度指标', '服务对象满意度指标', '90', '10'],
      [122, '满意度指标', '服务对象满意度指标', '90', '10'],
      [174, '满意度指标', '服务对象满意度指标', '90', '10'],
      [181, '满意度指标', '服务对象满意度指标', '90', '10'],
      [272, '满意度指标', '服务对象满意度指标', '85', '10'],
    ]);
  });

  it('reads 困难残疾人两项补贴 (line 304 shifted right by 4, cut after 指标值) and its rows 305–311', () => {
    const p = project(doc, '困难残疾人生活补贴和重度残疾人护理补贴');
    expect([p.department, p.amount?.text, p.goal?.value]).toEqual([
      '长沙市民政局',
      '6,200.00',
      '确保年度内残疾人两项补贴按时足额发放',
    ]);
    expect(rows(p)).toEqual([
      [
        304,
        '成本指标',
        '社会成本指标',
        '发放标准合规率',
        '100%。（注：困难补贴每人每月140元，护理补贴每人每月100元。',
        null,
        null,
      ],
      [305, '产出指标', '质量指标', '审核程序完善性', '资料审核100%按规定程序执行到位', '=', '10'],
      [306, '产出指标', '质量指标', '档案建设完成率', '100%实行一人一档', '=', '5'],
      [307, '产出指标', '质量指标', '补贴公示规范性', '100%按要求进行公示', '=', '5'],
      [
        308,
        '产出指标',
        '时效指标',
        '资金发放及时率',
        '100%按月将补贴资金及时足额发放到位（每月10日前发放上月补贴）',
        '=',
        '10',
      ],
      [309, '产出指标', '数量指标', '申请对象接收率', '符合条件的申请对象100%接收', '=', '10'],
      [
        310,
        '效益指标',
        '社会效益指标',
        '促进社会稳定和谐',
        '因主观原因或工作不到位而引起的群体性上访/投诉事件经查证属实案例为0',
        '=',
        '20',
      ],
      [311, '满意度指标', '服务对象满意度指标', '项目满意度调查', '90', '≥', '10'],
    ]);
    expect(p.indicators[1]?.scoring).toBe('资料审核程序完善，计满分。发现1例审核不完善的，扣0.1分。');
    expect(weights(p).toString()).toBe('70');
  });

  it('reads 烟花爆竹 (line 339 shifted right by 4, cut in 指标值内容) and its rows 340–344', () => {
    const p = project(doc, '烟花爆竹传统文化保护和创新发展');
    expect(rows(p)).toEqual([
      [339, '成本指标', '经济成本指标', '补助标准', '300', null, null],
      [340, '产出指标', '数量指标', '支持“浏阳烟花爆竹”传统文化保护和创新发展企业的数量', '8', '≥', '10'],
      [341, '产出指标', '质量指标', '奖补对象合格率', '100', '=', '10'],
      [342, '产出指标', '时效指标', '修订烟花爆竹专项资金管理办法', '2023年12月31日前', '定性', '20'],
      [343, '效益指标', '社会效益指标', '保护和创新发展烟花爆竹传统文化', '保护和创新发展', '定性', '20'],
      [344, '满意度指标', '服务对象满意度指标', '奖补支持企业满意度', '90', '≥', '10'],
    ]);
    expect(p.indicators[0]?.content).toBe('补助标准');
  });

  it('reports the rows cut at the right edge', () => {
    expect(
      doc.diagnostics.filter((x) => x.code === 'text-cut').map((x) => [x.source.line, x.severity]),
    ).toEqual([
      [215, 'warning'],
      [217, 'warning'],
      [304, 'warning'],
      [339, 'warning'],
    ]);
    expect(weights(project(doc, '市直学校物业管理专项')).toString()).toBe('50');
  });

  it('reads the first project as printed (no repair needed)', () => {
    expect(rows(project(doc, '农村小型农田水利设施建设与维护'))).toEqual([
      [9, '成本指标', '经济成本指标', '实际投资率', '100', '≤', '20'],
      [10, '产出指标', '时效指标', '按进度计划实施情况', '90', '≥', '10'],
      [11, '产出指标', '质量指标', '项目竣工', '90', '≥', '10'],
      [12, '产出指标', '数量指标', '支持农业农村小型农田水利基础设施建设', '330', '=', '20'],
      [13, '效益指标', '生态效益指标', '推动农业绿色发展', '0', '=', '5'],
      [14, '效益指标', '社会效益指标', '粮食安全', '提升我市小农水设施建设整体水平', '定性', '5'],
      [15, '效益指标', '经济效益指标', '促进粮食产业高质量发展', '减少水稻旱灾损失', '定性', '10'],
      [16, '满意度指标', '服务对象满意度指标', '农民满意度', '90', '≥', '10'],
    ]);
    expect(diagnosticLines(doc, 'row-realigned').filter((l) => l >= 9 && l <= 24)).toEqual([]);
  });

  it('keeps decimal weights exact (2.5 points, 市级重点森林生态公益林效益补偿)', () => {
    const p = project(doc, '市级重点森林生态公益林效益补偿');
    expect(p.indicators.filter((i) => i.weight?.toString() === '2.5').map((i) => i.source.line)).toEqual([
      51, 52, 53, 54,
    ]);
    expect(weights(p).eq(Decimal.from('90'))).toBe(true);
  });

  it('takes the note from under the list, not a 注 line printed above the title', () => {
    const r = importText(`注：本表为示例，另见附件\n${mutateLine('keyProjects', 1, (l) => l)}`, {
      file: CORPUS.keyProjects,
    });
    if (!r.ok || r.document.kind !== 'key-projects') throw new Error('import failed');
    expect(r.document.note?.value).toBe('注：备注栏系三级指标的赋分制。');
    expect(
      r.document.diagnostics.filter((d) => d.code === 'unplaced-line').map((d) => d.source.line),
    ).toEqual([1]);
  });

  it('inherits a blank 主管单位 from the project above (line 46 mutated)', () => {
    const r = importText(
      mutateLine('keyProjects', 46, (l) => l.replace(/^长沙市林业局/, '')),
      { file: CORPUS.keyProjects },
    );
    if (!r.ok || r.document.kind !== 'key-projects') throw new Error('import failed');
    expect(project(r.document, '市级重点森林生态公益林效益补偿').department).toBe('长沙市林业局');
  });
});
