import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import type { ProjectForm } from '../../core/model/forms.js';
import { importXiangyin } from '../../test-support/corpus.js';

const doc = importXiangyin();
const forms = doc.projectForms;
const form = (i: number): ProjectForm => {
  const f = forms[i];
  if (!f) throw new Error(`no project form ${i + 1}`);
  return f;
};
const amountOf = (
  f: ProjectForm,
  table: 'funding' | 'spending',
  label: string,
  year: 'previous' | 'current',
) => f[table].find((l) => l.label === label)?.[year]?.value.toString() ?? null;

describe('declaration forms: the seven project forms of 湘阴县人民政府办公室 2023', () => {
  it('finds seven project forms and one whole-department form, filled by 湘阴县人民政府办公室', () => {
    expect(forms).toHaveLength(7);
    expect(doc.departmentForms).toHaveLength(1);
    expect(doc.department).toEqual({ value: '湘阴县人民政府办公室', source: { line: 5 } });
    expect(forms.map((f) => f.filler)).toEqual(Array(7).fill('湘阴县人民政府办公室'));
    expect(forms.map((f) => f.unitLeader)).toEqual(Array(7).fill('王锐'));
  });

  it.each([
    [0, '驻京联络维稳工作组', 9, 3],
    [1, '湘阴县平安城市及雪亮工程项目工作协调经费', 55, 49],
    [2, '各战线调研协调工作经费', 131, 125],
    [3, '优化营商环境', 176, 170],
    [4, '争资争项招商协调经费', 220, 214],
    [5, '重点工作专题调研、信息综合工作', 263, 257],
    [6, '政府中心工作经费', 305, 299],
  ])('form %i is “%s” (name on line %i, title on line %i)', (i, name, nameLine, titleLine) => {
    expect(form(i).name).toEqual({ value: name, source: { line: nameLine, column: 3 } });
    expect(form(i).title.source.line).toBe(titleLine);
    expect(form(i).title.value).toBe('2023年度湘阴县人民政府办公室项目支出预算绩效目标申报表');
  });

  it('reads the current-year amounts 50, 15, 120, 30, 65, 20, 120 (sum 420 = 项目支出 of the department form)', () => {
    const current = forms.map((f) => amountOf(f, 'funding', '合计', 'current'));
    expect(current).toEqual(['50', '15', '120', '30', '65', '20', '120']);
    const sum = Decimal.sum(
      forms.map((f) => f.funding.find((l) => l.label === '合计')?.current?.value ?? Decimal.ZERO),
    );
    expect(sum.toString()).toBe('420');
    expect(doc.departmentForms[0]?.expenditure['project']?.value.eq(sum)).toBe(true);
  });

  it('reads the previous-year amounts 68, 15, 60, 25, 30, none, 95', () => {
    expect(forms.map((f) => amountOf(f, 'funding', '合计', 'previous'))).toEqual([
      '68',
      '15',
      '60',
      '25',
      '30',
      null,
      '95',
    ]);
  });

  it('keeps amounts as printed, in 万元, with their cell', () => {
    expect(form(1).funding[0]?.current).toMatchObject({
      text: '15万',
      unit: '万元',
      source: { line: 64, column: 5 },
    });
    expect(form(2).funding[0]?.current).toMatchObject({
      text: '120万元',
      unit: '万元',
      source: { line: 140, column: 5 },
    });
    expect(form(6).funding[0]?.current).toMatchObject({
      text: '120万',
      unit: '万元',
      source: { line: 314, column: 5 },
    });
    expect(form(6).funding[0]?.previous).toMatchObject({ text: '95万元', source: { line: 314, column: 4 } });
  });

  it('reads the five funding lines, 县级资金 carrying the money and the other levels empty', () => {
    const f = form(0);
    expect(
      f.funding.map((l) => [l.label, l.previous?.text ?? null, l.current?.text ?? null, l.source.line]),
    ).toEqual([
      ['合计', '68', '50', 18],
      ['市级资金', null, null, 19],
      ['省级资金', null, null, 20],
      ['中央资金', null, null, 21],
      ['县级资金', '68', '50', 22],
    ]);
    expect(forms.map((x) => amountOf(x, 'funding', '县级资金', 'current'))).toEqual([
      '50',
      '15',
      '120',
      '30',
      '65',
      '20',
      '120',
    ]);
  });

  it('reads spending lines with their basis, realigning line 28 and skipping empty numbered slots', () => {
    expect(form(0).spending.map((l) => [l.label, l.current?.text ?? null, l.basis, l.source.line])).toEqual([
      ['合计', '50', null, 24],
      ['1、房租费用', null, '合同', 25],
      ['2、租车费用', null, '合同', 26],
      ['3、维稳工作费用', null, '上年度实际使用情况', 27],
      ['4、招商、联络工作费用', null, '上年度实际使用情况', 28],
    ]);
    // "⇥⇥2⇥⇥⇥" and "⇥⇥3⇥⇥⇥" (lines 148–149) hold nothing; "⇥⇥1⇥⇥20万元⇥" (line 279) holds 20万元.
    expect(form(2).spending.map((l) => [l.label, l.previous?.text, l.current?.text])).toEqual([
      ['合计', '60万元', '120万元'],
      ['1、各战线协调工作', '60万元', '120万元'],
    ]);
    expect(form(5).spending.map((l) => [l.label, l.previous, l.current?.text, l.source.line])).toEqual([
      ['合计', null, '20万元', 278],
      ['1', null, '20万元', 279],
    ]);
    expect(form(6).spending.map((l) => l.label)).toEqual(['合计']);
    expect(form(3).spending).toEqual([
      expect.objectContaining({ label: '合计', basis: '根据上年度优化营商环境工作经费支出情况测算' }),
    ]);
  });

  it('reads the cut-off basis of line 70 as printed and reports it', () => {
    expect(form(1).spending[0]?.basis).toBe('依据每年向省市工作对接、下乡协调、勘察、');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'text-cut', severity: 'warning', source: { line: 70, column: 6 } }),
    );
  });

  it('reads 项目属性 from the checked box: only form 6 is a 新增项目', () => {
    expect(forms.map((f) => f.attribute)).toEqual([
      '延续项目',
      '延续项目',
      '延续项目',
      '延续项目',
      '延续项目',
      '新增项目',
      '延续项目',
    ]);
  });

  it('reads 项目类型 as the checked options, the typo "其 其他专项类" of line 136 included', () => {
    expect(forms.map((f) => f.projectTypes)).toEqual(Array(7).fill(['其他专项类']));
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'markup-removed', severity: 'info', source: { line: 136, column: 3 } }),
    );
  });

  it('reads competent departments, periods, managers and liaisons as printed', () => {
    expect(forms.map((f) => f.competentDepartment?.value)).toEqual([
      '县政府办',
      '湘阴县政府办',
      '县政府办',
      '县政府办',
      '县政府办',
      '县政府办',
      '县政府办',
    ]);
    expect(forms.map((f) => f.period?.value)).toEqual([
      '2023年1月-12月',
      '202301-202312',
      '2023.01--2023.12',
      '2023年1月—12月',
      '2023.01--2023.12',
      '2023.01--2023.12',
      '2023.01--2023.12',
    ]);
    expect(form(0).period?.source).toEqual({ line: 11, column: 5 });
    expect(forms.map((f) => f.manager?.value)).toEqual([
      '柳旭',
      '王锐',
      '柳旭',
      '黄金魁',
      '柳旭',
      '柳旭',
      '柳旭',
    ]);
    expect(forms.map((f) => f.liaison?.value)).toEqual([
      '郑鑫',
      '蒯婷婷',
      '方小莉',
      '彭小波',
      '方小莉',
      '方小莉',
      '方小莉',
    ]);
    expect(forms.every((f) => f.managerPhone === '2115589' && f.liaisonPhone === '2115589')).toBe(true);
  });

  it('reads overview, basis and measures, leaving blank cells null', () => {
    expect(form(0).overview?.value).toBe('维稳、联络、招商三大工作经费');
    expect(form(0).basis).toEqual({
      value: '湘阴县驻京联络办相关经费建议方案及湘阴县人民政府办公室关于将驻京联络员纳入统一管理文件',
      source: { line: 16, column: 2 },
    });
    expect(form(3).basis?.value).toBe('《关于明确2023年优化营商环境工作预算的请示》');
    expect([form(2), form(4), form(6)].map((f) => [f.overview, f.basis])).toEqual(
      Array(3).fill([null, null]),
    );
    expect(forms.map((f) => f.measures?.value)).toEqual(Array(7).fill('财务制度'));
  });

  it('reads the schedule as printed, "2023/1/12月" of line 32 included', () => {
    expect(form(0).schedule).toEqual([
      {
        content: '维稳、联络、招商工作经费',
        start: { value: '2023年1月1日', source: { line: 32, column: 4 } },
        end: { value: '2023/1/12月', source: { line: 32, column: 5 } },
        source: { line: 32, column: 2 },
      },
    ]);
    // Line 152 puts the header one cell further right; line 283 has no content.
    expect(form(2).schedule.map((s) => [s.content, s.start?.value, s.end?.value])).toEqual([
      ['各战线调研协调工作经费', '2023. 01. 01', '2023. 12. 31'],
    ]);
    expect(form(5).schedule.map((s) => [s.content, s.start?.value, s.end?.value, s.source.line])).toEqual([
      [null, '2023. 01. 01', '2023. 12. 31', 283],
    ]);
    expect(forms.map((f) => f.schedule.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('reads long-term and annual goals, the cut label "本年 度绩 效目" of line 199 included', () => {
    expect(form(3).longTermGoal?.value).toBe(
      '统筹协调有关部门开展优化营商环境工作，举办重要的助力营商环境优化活动，组织开展督查，编撰工作资料，加强工作经费保障。',
    );
    expect(form(3).annualGoal).toEqual({
      value: '弥补营商环境工作经费不足，保障全年工作正常开展。',
      source: { line: 199, column: 3 },
    });
    expect(form(1).annualGoal?.value).toBe('确保平安城市及雪亮工程项目运管正常');
    expect([2, 4, 5, 6].map((i) => [form(i).longTermGoal, form(i).annualGoal])).toEqual(
      Array(4).fill([null, null]),
    );
  });

  it('reads other notes and the finance department opinion with its date as printed, wherever the label sits', () => {
    expect(forms.map((f) => f.otherNotes?.value)).toEqual(Array(7).fill('无'));
    expect(form(2).otherNotes?.source).toEqual({ line: 167, column: 5 });
    expect(forms.map((f) => [f.reviewOpinion?.value, f.reviewOpinion?.source.line])).toEqual([
      ['同意申报，请严格按照绩效目标组织实施 2022年11月28日', 47],
      ['同意申报，请严格按照绩效目标组织实施。 2022年 11 月 28 日', 88],
      ['同意申报，请严格按照绩效目标组织实施 2022年11月 28 日', 168],
      ['同意申报，请严格按照绩效目标组织实施。 2022年 11 月 28 日', 212],
      ['同意申报，请严格按照绩效目标组织实施。 2022年 11 月 28 日', 255],
      ['同意申报，请严格按照绩效目标组织实施。 2022年11月28日', 297],
      ['同意申报，请严格按照绩效目标组织实施。 2022年 11 月28 日', 340],
    ]);
  });

  it('places every line of the corpus: no unplaced line, missing field or truncation', () => {
    const codes = doc.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('unplaced-line');
    expect(codes).not.toContain('field-missing');
    expect(codes).not.toContain('document-truncated');
    // The only unreadable cell is the level-1 cell "社会效益" of line 84 (indicator-list.test.ts).
    expect(doc.diagnostics.filter((d) => d.code === 'cell-unreadable').map((d) => d.source.line)).toEqual([
      84,
    ]);
  });
});
