import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../core/model/targets.js';
import { importXiangyin } from '../../test-support/corpus.js';

const doc = importXiangyin();
/** [line, level1, level2, name, value, comparator] of each indicator. */
const rows = (list: readonly Indicator[]) =>
  list.map((i) => [i.source.line, i.level1, i.level2, i.name, i.value, i.comparator]);
const projectIndicators = (i: number) => rows(doc.projectForms[i]?.indicators ?? []);

describe('declaration forms: indicator lists', () => {
  it('form 1: the repeated header of line 40 is skipped, lines 43–45 starting at column 1 are realigned', () => {
    expect(projectIndicators(0)).toEqual([
      [36, '产出指标', '数量指标', '保障驻京工作顺利开展', '保障工作', null],
      [37, '产出指标', '质量指标', '扎实做好驻京工作', '≥98', '≥'],
      [38, '产出指标', '时效指标', '确实有效完成工作职责', '2023年1-12月', null],
      [39, '产出指标', '成本指标', '财政预算指标内完成', null, null],
      [41, '效益指标', '经济效益指标', '无直接经济效益', null, null],
      [42, '效益指标', '社会效益指标', '加强乡友联络', '≥97', '≥'],
      [43, '效益指标', '生态效益指标', '无社会危害', null, null],
      [44, '效益指标', '可持续影响指标', '协调有效的驻京工作开展', '≥98', '≥'],
      [45, '满意度指标', '服务对象满意度指标', '1、信访人员2、在京乡友', '≥98', '≥'],
    ]);
  });

  it('form 2: 社会效益 printed in the level-1 cell (line 84) and rows 85–86 at column 1', () => {
    expect(projectIndicators(1)).toEqual([
      [78, '产出指标', '数量指标', '交流学习次数', '≥5次', '≥'],
      [79, '产出指标', '数量指标', '协调单位数量', '18家', null],
      [80, '产出指标', '质量指标', '符合国家平安城市技术规范要求', '99%', null],
      [81, '产出指标', '时效指标', '满足2023年民生工程建设时限要求', '99%', null],
      [82, '产出指标', '成本指标', '控制在预算内', '≤15万元', '≤'],
      [84, '效益指标', '社会效益指标', '确保县乡两级平安管理', '有效确保', null],
      [85, '效益指标', '可持续影响指标', '确保平安城市管理工作顺利进行', '有效确保', null],
      [86, '满意度指标', '服务对象满意度指标', '人民群众满意度', '98%', null],
    ]);
    const line84 = doc.projectForms[1]?.indicators.find((i) => i.source.line === 84);
    expect(line84?.level1Text).toBe('社会效益');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'cell-unreadable',
        severity: 'warning',
        source: { line: 84, column: 3 },
      }),
    );
  });

  it('form 3: rows 163–166 after the repeated header lack their level-1 cell; 一级 is inferred', () => {
    expect(projectIndicators(2)).toEqual([
      [157, '产出指标', '数量指标', '调研单位数量', '220次', null],
      [158, '产出指标', '数量指标', '调研项目数量', '28个', null],
      [159, '产出指标', '质量指标', '确保调研工作正常开展', '已确保', null],
      [160, '产出指标', '时效指标', '任务完成时间', '2023年1-12月', null],
      [161, '产出指标', '成本指标', '控制在预算内', '≤120万元', '≤'],
      [163, '效益指标', '社会效益指标', '有效促进社会发展', '有效促进', null],
      [164, '效益指标', '可持续影响指标', '加强政府管控', '长期有效', null],
      [165, '满意度指标', '服务对象满意度指标', '被调研单位满意度', '≥98%', '≥'],
      [166, '满意度指标', '服务对象满意度指标', '群众满意度', '≥97%', '≥'],
    ]);
  });

  it('form 4: long names and values; rows 209–210 start at column 1 (name of line 210 in column 2)', () => {
    expect(projectIndicators(3).slice(3)).toEqual([
      [204, '产出指标', '成本指标', '财政指标预算内完成', null, null],
      [206, '效益指标', '经济效益指标', '无直接经济效益', null, null],
      [207, '效益指标', '社会效益指标', '提高群众、企业办事效率', '省时省力、舒心暖心', null],
      [208, '效益指标', '生态效益指标', '无环境污染', null, null],
      [209, '效益指标', '可持续影响指标', '开展优化营商环境工作', null, null],
      [210, '满意度指标', '服务对象满意度指标', '群众、企业办事满意', '办事便捷', null],
    ]);
    expect(projectIndicators(3)[0]).toEqual([
      201,
      '产出指标',
      '数量指标',
      '共涉及18个指标，弥补优化营商环境经费不足，保障全年任务有效开展。',
      '全县35个重点单位涉及营商环境工作，全年开展好营商环境优化工作。',
      null,
    ]);
  });

  it('forms 5–7: satisfaction and benefit rows after the repeated header', () => {
    expect(projectIndicators(4)).toEqual([
      [246, '产出指标', '数量指标', '协助争资争项总数量', '35个', null],
      [247, '产出指标', '质量指标', '协助争取项目比例', '95%', null],
      [248, '产出指标', '时效指标', '任务完成时间', '2023年12月31日前', null],
      [249, '产出指标', '成本指标', '控制在预算内', '≤65万元', '≤'],
      [251, '效益指标', '社会效益指标', '促进县域经济发展', '有效促进', null],
      [252, '效益指标', '可持续影响指标', '争取上级项目建设县域经济', '有效促进', null],
      [253, '满意度指标', '服务对象满意度指标', '群众满意度', '≥95%', '≥'],
    ]);
    expect(projectIndicators(5).map((r) => r[0])).toEqual([287, 288, 289, 290, 291, 293, 294, 295]);
    expect(projectIndicators(5)[7]).toEqual([
      295,
      '满意度指标',
      '服务对象满意度指标',
      '调研对象满意度',
      '≥95%',
      '≥',
    ]);
    expect(projectIndicators(6)).toEqual([
      [331, '产出指标', '数量指标', '发布、办理公文数量', '780件', null],
      [332, '产出指标', '质量指标', '发布、办理及时率', '≥100%', '≥'],
      [333, '产出指标', '时效指标', '任务完成时间', '2023年12月', null],
      [334, '产出指标', '成本指标', '控制在预算内', '≤120万元', '≤'],
      [336, '效益指标', '社会效益指标', '及时处理政府中心工作', '及时有效', null],
      [337, '效益指标', '可持续影响指标', '促进政府部门运转协调', '长期有效', null],
      [338, '满意度指标', '服务对象满意度指标', '各单位满意度', '≥95%', '≥'],
    ]);
  });

  it('counts 9, 8, 9, 9, 7, 8, 7 indicators, none a placeholder, all without weight, scoring, unit or type', () => {
    expect(doc.projectForms.map((f) => f.indicators.length)).toEqual([9, 8, 9, 9, 7, 8, 7]);
    const all = doc.projectForms.flatMap((f) => f.indicators);
    expect(all.filter((i) => i.placeholder)).toEqual([]);
    expect(all.every((i) => i.weight === null && i.weightText === null && i.scoring === null)).toBe(true);
    expect(all.every((i) => i.unit === null && i.valueType === null && i.content === null)).toBe(true);
  });

  it('keeps the printed level texts: short level-2 names; an inferred level-1 keeps the text above only when it agrees', () => {
    const f1 = doc.projectForms[0]?.indicators ?? [];
    expect(f1.map((i) => [i.level1Text, i.level2Text])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['产出指标', '时效指标'],
      ['产出指标', '成本指标'],
      ['效益指标', '经济效益'],
      ['效益指标', '社会效益'],
      ['效益指标', '生态效益'],
      ['效益指标', '可持续影响'],
      [null, '服务对象满意度'],
    ]);
  });

  it('reports exactly the realigned rows, each once', () => {
    const realigned = doc.diagnostics.filter((d) => d.code === 'row-realigned').map((d) => d.source.line);
    expect(realigned).toEqual([
      28, 43, 44, 45, 85, 86, 163, 164, 165, 166, 209, 210, 251, 252, 253, 293, 294, 295, 336, 337, 338,
    ]);
    expect(
      doc.diagnostics.filter((d) => d.code === 'row-realigned').every((d) => d.severity === 'info'),
    ).toBe(true);
  });

  it('department form: long level-1 cells, the garbled header of line 118, satisfaction under 效益指标 as printed', () => {
    const list = doc.departmentForms[0]?.indicators ?? [];
    expect(rows(list)).toEqual([
      [
        114,
        '产出指标',
        '数量指标',
        '1. 发布、办理公文数量 2. 各战线调研单位次数',
        '1、办理公文数量780次 2. 各战线调研单位约220次',
        null,
      ],
      [115, '产出指标', '质量指标', '1. 督导落实率 2. 提案建议回复率', '100%', null],
      [116, '产出指标', '时效指标', '2023. 01-2023. 12', '全年', null],
      [117, '产出指标', '成本指标', '控制在预算内', '控制在预算内', null],
      [
        119,
        '效益指标',
        '社会效益指标',
        '1. 提高党员形象，提高干部素质，净化党员干部，营造风清气正，为人民服务的良好社会风气 2. 民生发展关注率',
        '100%',
        null,
      ],
      [120, '效益指标', '可持续影响指标', '促进政府工作正常运转', '100%', null],
      // 效益指标（…包括…服务对象满意度等） says satisfaction belongs to it: kept as printed.
      [121, '效益指标', '服务对象满意度指标', '1. 党员满意度 2. 群众满意度', '98%', null],
    ]);
    expect(list[0]?.level1Text).toBe('产出指标（预期提供的公共产品或服务，包括数量、质量、时效、成本等）');
  });
});
