import { describe, expect, it } from 'vitest';
import { HUNAN } from '../../core/templates/hunan.js';
import { corpusText } from '../../test-support/corpus.js';
import { department, mutatedDoc, replace } from '../../test-support/fixtures.js';
import { splitLines } from '../lines.js';
import { readFraming } from './contents.js';

describe('table of contents and part headings', () => {
  it('reads the 2024 contents: two parts, seven sections, ten tables in order and the note', () => {
    const doc = department('bangongting');
    const contents = doc.contents ?? [];
    expect(contents.map((e) => e.kind).join(',')).toBe(
      ['part', ...Array<string>(7).fill('section'), 'part', ...Array<string>(10).fill('table'), 'other'].join(
        ',',
      ),
    );
    expect(contents[0]).toEqual({ text: '第一部分 2024 年部门预算说明', kind: 'part', source: { line: 9 } });
    expect(contents.filter((e) => e.kind === 'table').map((e) => e.table)).toEqual(
      HUNAN.tables.map((t) => t.id),
    );
    expect(contents[9]).toEqual({
      text: '一、部门收支总表',
      kind: 'table',
      table: 'summary',
      source: { line: 21 },
    });
    expect(doc.parts).toEqual([
      { value: '第一部分部门预算公开说明', source: { line: 34 } },
      { value: '第二部分 2024 年部门预算表', source: { line: 134 } },
    ]);
  });

  it('reads markdown contents numbered 1、2、 (Beijing 2023)', () => {
    const contents = department('beijing').contents ?? [];
    expect(contents.filter((e) => e.kind === 'table').map((e) => `${e.source.line} ${e.text}`)).toEqual([
      '20 1、部门收支总表',
      '21 2、部门收入总表',
      '22 3、部门支出总表',
      '23 4、财政拨款收支总表',
      '24 5、一般公共预算支出表',
      '25 6、一般公共预算基本支出表',
      '26 7、一般公共预算“三公”经费支出表',
      '27 8、政府性基金预算支出表',
      '28 9、项目支出绩效目标表',
      '29 10、部门整体支出绩效目标表',
    ]);
  });

  it('drops dot leaders and keeps the page number printed after them', () => {
    const doc = mutatedDoc('bangongting', [
      21,
      replace('- 一、部门收支总表', '1. 2024年部门收支总体情况表 ………………… 12'),
    ]);
    expect(doc.kind === 'department-budget' && doc.contents?.[9]).toEqual({
      text: '1. 2024年部门收支总体情况表',
      kind: 'table',
      table: 'summary',
      page: 12,
      source: { line: 21 },
    });
  });

  it('ends the contents at prose and reads none without a 目录 line', () => {
    const lines = splitLines(
      [
        '上海市普陀区2025年区级部门预算',
        '目 录',
        '一、部门主要职能 ………… 3',
        '二、部门机构设置 …… 4',
        '上海市普陀区人民政府办公室主要职能',
        '主要职能包括：',
      ].join('\n'),
    );
    expect(readFraming(lines, HUNAN).contents).toEqual([
      { text: '一、部门主要职能', kind: 'section', page: 3, source: { line: 3 } },
      { text: '二、部门机构设置', kind: 'section', page: 4, source: { line: 4 } },
    ]);
    expect(readFraming(splitLines(corpusText('bangongting')).slice(40), HUNAN).contents).toEqual([]);
  });

  it('keeps the title and unit line of every page of a table', () => {
    const fiscal = department('bangongting').tables['fiscal-summary'];
    expect(fiscal?.headings?.map((h) => [h.title.source.line, h.title.value, h.department])).toEqual([
      [
        191,
        '2024年财政拨款收支总体情况表',
        { label: '部门名称', value: '长沙市人民政府办公厅', source: { line: 193 } },
      ],
      [
        222,
        '2024年财政拨款收支总体情况表',
        { label: '部门名称', value: '长沙市人民政府办公厅', source: { line: 224 } },
      ],
    ]);
  });

  it('says where each line of a joined paragraph starts', () => {
    const p = department('bangongting').narrative.sections[5]?.paragraphs.find((x) => x.lines.first === 114);
    expect(p?.segments).toEqual([
      { offset: 0, source: { line: 114 } },
      { offset: 213, source: { line: 116 } },
    ]);
    expect(p?.text.slice(213, 218)).toBe('的要求，公');
  });
});
