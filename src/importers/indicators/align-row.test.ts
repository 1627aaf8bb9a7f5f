import { describe, expect, it } from 'vitest';
import { corpusText } from '../../test-support/corpus.js';
import type { CorpusName } from '../../test-support/corpus.js';
import { splitLines } from '../lines.js';
import type { SourceLine } from '../lines.js';
import { alignRow, rowAligner } from './align-row.js';
import type { RowAlignment } from './align-row.js';
import { isHeaderRow } from './header-rows.js';
import { KEY_PROJECTS_LAYOUT, PROJECT_TARGETS_LAYOUT, UNIT_TARGETS_LAYOUT } from './layouts.js';
import type { TargetLayout } from './layouts.js';

const cache = new Map<CorpusName, SourceLine[]>();
function line(name: CorpusName, no: number): SourceLine {
  let lines = cache.get(name);
  if (!lines) {
    lines = splitLines(corpusText(name));
    cache.set(name, lines);
  }
  const l = lines[no - 1];
  if (!l) throw new Error(`no line ${no} in ${name}`);
  return l;
}

const shown = (a: RowAlignment) => ({
  fields: Object.entries(a.fields).map(([k, c]) => `${k}:${c?.text ?? ''}@${c?.column ?? 0}`),
  dropped: a.dropped.map((c) => c.column),
  moved: a.moved.map((m) => `${m.key}@${m.column}`),
  usesHead: a.usesHead,
});

/** key → "text@printed column" for the placed cells named in `expected`. */
function placed(name: CorpusName, no: number, layout: TargetLayout, keys: readonly string[]) {
  const a = alignRow(line(name, no), layout);
  return Object.fromEntries(
    keys.map((k) => [k, a.fields[k] ? `${a.fields[k].text}@${a.fields[k].column}` : null]),
  );
}

describe('alignRow puts shifted cells back under their header', () => {
  it.each([
    {
      what: '2024 line 348 starts with 效益指标 in column 1',
      doc: 'bangongting' as const,
      no: 348,
      layout: PROJECT_TARGETS_LAYOUT,
      expected: {
        level1: '效益指标@1',
        level2: '经济效益指标@2',
        name: '此项目不产生经济效益@3',
        valueType: '定性@8',
      },
    },
    {
      what: '2024 line 401 starts one cell early',
      doc: 'bangongting' as const,
      no: 401,
      layout: PROJECT_TARGETS_LAYOUT,
      expected: { level1: '满意度指标@2', level2: '服务对象满意度指标@3', value: '95@5', weight: '10@10' },
    },
    {
      what: '2024 line 518: a new project shifted right (name in column 5)',
      doc: 'bangongting' as const,
      no: 518,
      layout: PROJECT_TARGETS_LAYOUT,
      expected: {
        code: null,
        targetName: '政策出台前期工作经费@5',
        amount: '591.64@6',
        level1: '成本指标@8',
        weight: '20@16',
      },
    },
    {
      what: '2024 line 519: a level-2 name eight cells in',
      doc: 'bangongting' as const,
      no: 519,
      layout: PROJECT_TARGETS_LAYOUT,
      expected: { level1: null, level2: '社会成本指标@9', name: null },
    },
    {
      what: '2024 line 443: level 2 in column 2 and an extra empty cell before 指标值内容',
      doc: 'bangongting' as const,
      no: 443,
      layout: PROJECT_TARGETS_LAYOUT,
      expected: {
        level2: '社会效益指标@2',
        name: '创造清廉政府@3',
        value: '无@4',
        content: '围绕上级部署开展专项检查@6',
        weight: '10@11',
      },
    },
    {
      what: '2024 line 534: a 三级 name printed in the 一级 column',
      doc: 'bangongting' as const,
      no: 534,
      layout: PROJECT_TARGETS_LAYOUT,
      expected: { level1: null, name: '工作完成及时率@5', value: '98@7', valueType: '≥@11', weight: '5@12' },
    },
    {
      what: '2024 line 571: 指标值类型 "4.00" stays a type, the weight is the last number',
      doc: 'bangongting' as const,
      no: 571,
      layout: PROJECT_TARGETS_LAYOUT,
      expected: { unit: '万元@11', valueType: '4.00@12', weight: '20@14' },
    },
    {
      what: '2024 table 10 line 704: a continuation row starting with its 三级 name',
      doc: 'bangongting' as const,
      no: 704,
      layout: UNIT_TARGETS_LAYOUT,
      expected: { code: null, name: '政府公报差错率@1', valueType: '<@2', value: '1%@3', weight: '2@7' },
    },
    {
      what: '2024 table 10 line 742: funding shifted right by one from 基本支出',
      doc: 'bangongting' as const,
      no: 742,
      layout: UNIT_TARGETS_LAYOUT,
      expected: {
        total: '595.00@3',
        general: '595.00@4',
        basic: '360.56@9',
        project: '234.44@10',
        level1: '产出指标@12',
      },
    },
    {
      what: 'Beijing table 10 line 406: the goal column is empty, indicators one cell left',
      doc: 'beijing' as const,
      no: 406,
      layout: UNIT_TARGETS_LAYOUT,
      expected: {
        goal: null,
        project: '904.71@9',
        level1: '产出指标@10',
        valueType: '=@13',
        value: '12月@14',
      },
    },
    {
      what: 'Beijing table 10 line 415: 成本指标 is the level 2 under 产出指标, 基本支出 the 三级 name',
      doc: 'beijing' as const,
      no: 415,
      layout: UNIT_TARGETS_LAYOUT,
      expected: { level1: null, level2: '成本指标@11', name: '基本支出@12', value: '656.38@14' },
    },
    {
      what: 'Beijing line 383: 满意度指标 one cell right, the weight cut off',
      doc: 'beijing' as const,
      no: 383,
      layout: PROJECT_TARGETS_LAYOUT,
      expected: { level1: '满意度指标@6', valueType: '≥@13', weight: null },
    },
    {
      what: 'key-projects line 304: a new project shifted right by 4, cut after 指标值',
      doc: 'keyProjects' as const,
      no: 304,
      layout: KEY_PROJECTS_LAYOUT,
      expected: {
        department: '长沙市民政局@5',
        amount: '6,200.00@7',
        level2: '社会成本指标@10',
        content: null,
      },
    },
    {
      what: 'key-projects line 305: no project columns, a block of empty cells in the middle',
      doc: 'keyProjects' as const,
      no: 305,
      layout: KEY_PROJECTS_LAYOUT,
      expected: {
        level1: '产出指标@1',
        value: '资料审核100%按规定程序执行到位@4',
        content: null,
        scoring: expect.stringMatching(/@10$/) as unknown,
        weight: '10@13',
      },
    },
    {
      what: 'key-projects line 56: 满意度指标 in column 1',
      doc: 'keyProjects' as const,
      no: 56,
      layout: KEY_PROJECTS_LAYOUT,
      expected: { level1: '满意度指标@1', level2: '服务对象满意度指标@2', weight: '10@9' },
    },
  ])('$what', ({ doc, no, layout, expected }) => {
    expect(placed(doc, no, layout, Object.keys(expected))).toEqual(expected);
  });

  it('keeps rows that are already in place as printed (2024 line 342)', () => {
    const a = alignRow(line('bangongting', 342), PROJECT_TARGETS_LAYOUT);
    expect(a.moved.map((m) => m.key)).toEqual(['weight']); // that page carries an extra empty column before 备注
    expect(a.fields['name']?.text).toBe('110联动单位工作经费下拨');
    expect(a.usesHead).toBe(false);
  });

  it.each([
    { doc: 'bangongting' as const, no: 404, layout: PROJECT_TARGETS_LAYOUT, dropped: ['无@11'] },
    { doc: 'beijing' as const, no: 356, layout: PROJECT_TARGETS_LAYOUT, dropped: ['无@12', '无@13'] },
    { doc: 'keyProjects' as const, no: 259, layout: KEY_PROJECTS_LAYOUT, dropped: ['时效指标@7'] },
  ])('leaves surplus cells out and says which (line $no)', ({ doc, no, layout, dropped }) => {
    const a = alignRow(line(doc, no), layout);
    expect(a.dropped.map((c) => `${c.text}@${c.column}`)).toEqual(dropped);
  });

  it('reads a unit subtotal row as a head row without goal (2024 line 570)', () => {
    const a = alignRow(line('bangongting', 570), PROJECT_TARGETS_LAYOUT);
    expect(a.usesHead).toBe(true);
    expect([
      a.fields['code']?.text,
      a.fields['targetName']?.text,
      a.fields['amount']?.text,
      a.fields['goal'],
    ]).toEqual(['104004', '长沙市人民政府驻深圳办事处', '234.44', undefined]);
  });

  it('aligns every row of a table the same with one aligner as row by row (key projects)', () => {
    const rows = splitLines(corpusText('keyProjects')).filter(
      (l) => l.tabular && !isHeaderRow(l, KEY_PROJECTS_LAYOUT),
    );
    const align = rowAligner(KEY_PROJECTS_LAYOUT, new Map());
    const together = rows.map((l) => shown(align(l)));
    expect(rows).toHaveLength(286);
    expect(together).toEqual(rows.map((l) => shown(alignRow(l, KEY_PROJECTS_LAYOUT))));
    // The 43 rows the import reports as realigned (row-realigned).
    expect(together.filter((a) => a.moved.length > 0 || a.dropped.length > 0)).toHaveLength(43);
  });

  it('reuses a solved row shape for a later row with the later row’s own cells', () => {
    const rows = splitLines(corpusText('keyProjects')).filter(
      (l) => l.tabular && !isHeaderRow(l, KEY_PROJECTS_LAYOUT),
    );
    const align = rowAligner(KEY_PROJECTS_LAYOUT, new Map());
    const shifted = rows.find((l) => align(l).moved.length > 0);
    if (!shifted) throw new Error('no realigned row in the corpus');
    // The same shape again (the same texts in other cell objects, on another line): solved once.
    const again: SourceLine = {
      ...shifted,
      no: shifted.no + 1000,
      cells: shifted.cells.map((c) => ({ ...c })),
    };
    const second = align(again);
    expect(shown(second)).toEqual(shown(alignRow(shifted, KEY_PROJECTS_LAYOUT)));
    expect(second.line).toBe(again);
    for (const m of second.moved) expect(again.cells).toContain(m.cell);
    for (const c of Object.values(second.fields)) expect(again.cells).toContain(c);
  });
});

describe('isHeaderRow', () => {
  it.each([
    { doc: 'bangongting' as const, no: 337, layout: PROJECT_TARGETS_LAYOUT, header: true },
    { doc: 'bangongting' as const, no: 414, layout: PROJECT_TARGETS_LAYOUT, header: true }, // "一级 指标", "度量 单位"
    { doc: 'bangongting' as const, no: 339, layout: PROJECT_TARGETS_LAYOUT, header: false }, // 合计
    { doc: 'bangongting' as const, no: 360, layout: PROJECT_TARGETS_LAYOUT, header: false }, // 可持续影响指标 alone
    { doc: 'bangongting' as const, no: 682, layout: UNIT_TARGETS_LAYOUT, header: true }, // "政府 性基 金拨 款"
    { doc: 'bangongting' as const, no: 721, layout: UNIT_TARGETS_LAYOUT, header: true }, // "计 量 单" cut
    { doc: 'bangongting' as const, no: 722, layout: UNIT_TARGETS_LAYOUT, header: true }, // "政府 性基 金拨" cut
    { doc: 'bangongting' as const, no: 726, layout: UNIT_TARGETS_LAYOUT, header: false },
    { doc: 'keyProjects' as const, no: 26, layout: KEY_PROJECTS_LAYOUT, header: true },
    { doc: 'keyProjects' as const, no: 27, layout: KEY_PROJECTS_LAYOUT, header: true }, // 评(扣)分标准, half width
  ])('line $no of $doc is a header: $header', ({ doc, no, layout, header }) => {
    expect(isHeaderRow(line(doc, no), layout)).toBe(header);
  });
});
