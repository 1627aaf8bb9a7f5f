// The model paths the work area edits through, checked against the server's own edit code (core's
// applyEdits) and review: every editable field of the target tables names the indicator it shows, a
// figure of the explanation is found in its sentence, and editing it changes the value, the sentence
// and the phrases the review quotes together. The demo city's draft (示例市人民政府办公室, 2025) and a
// corpus document.
import { describe, expect, it } from 'vitest';
import { documentToJson } from '../../src/core/codec/index.js';
import type { DepartmentBudgetDocument } from '../../src/core/model/document.js';
import { applyEdits } from '../../src/core/workflow/edits.js';
import { demoCity } from '../../src/demo/index.js';
import { importDocument } from '../../src/importers/index.js';
import { review } from '../../src/rules/engine.js';
import { importCorpus } from '../../src/test-support/corpus.js';
import type { EditOp } from '../src/api';
import { editOps, inputProblem } from '../src/layout/edit-fields';
import type { Cell } from '../src/layout/grid';
import { paragraphPieces, statedEdits, statedPlaces, statedPreview } from '../src/layout/narrative-layout';
import { INDICATOR_FIELDS, projectTargetsGrid, unitTargetsGrid } from '../src/layout/target-layout';
import type { BudgetDocJson } from '../src/model/json';

const [file] = [...demoCity({ years: [2025], departments: 1 })];
if (!file) throw new Error('no demo file');
const imported = importDocument(file.bytes, { file: file.fileName });
if (!imported.ok || imported.document.kind !== 'department-budget') throw new Error('demo not imported');
const model: DepartmentBudgetDocument = imported.document;
const json = (d: DepartmentBudgetDocument) => JSON.parse(documentToJson(d)) as BudgetDocJson;
const doc = json(model);

function edited(ops: EditOp[]): DepartmentBudgetDocument {
  const r = applyEdits(model, ops);
  if (!r.ok) throw new Error(r.error.message);
  if (r.document.kind !== 'department-budget') throw new Error('kind');
  return r.document;
}

const cells = (g: { body: { cells: Cell[] }[] }) => g.body.flatMap((r) => r.cells).filter((c) => c.path);

describe('indicator fields and their model paths', () => {
  const grid = projectTargetsGrid(doc, null);

  it('names the indicator of every editable cell', () => {
    const editable = cells(grid);
    const first = doc.projectTargets[0];
    const indicators = doc.projectTargets.reduce((n, p) => n + p.indicators.length, 0);
    // Seven fields per indicator row, and per project its name, amount and goal.
    expect(editable.length).toBe(indicators * 7 + doc.projectTargets.length * 3);
    const weight = editable.find((c) => c.path === 'projectTargets[0].indicators[2].weight');
    expect(weight).toMatchObject({
      text: '20',
      value: '20',
      edit: { kind: 'points', label: '权重', unit: '分' },
      target: { table: '项目支出绩效目标表', project: '政务督查督办', indicator: '服务人次', column: '权重' },
    });
    expect(first?.indicators[2]?.name).toBe('服务人次');
    expect(editable.find((c) => c.path === 'projectTargets[0].indicators[0].valueType')?.edit).toEqual(
      INDICATOR_FIELDS.valueType,
    );
    const units = cells(unitTargetsGrid(doc.unitTargets));
    expect(units.find((c) => c.path === 'unitTargets[0].funding.total')?.amount?.value).toBe(
      doc.unitTargets[0]?.funding['total']?.value,
    );
  });

  it('each field edit, applied as the server applies it, changes that field of that indicator', () => {
    const values: Record<string, string> = {
      name: '督办事项办结数',
      value: '≥98',
      content: '年度督办事项按期办结',
      scoring: '完成计满分，每少1%扣1分',
      unit: '件',
      valueType: '≤',
      weight: '25',
    };
    for (const c of cells(grid).filter((x) => x.path?.startsWith('projectTargets[0].indicators[3].'))) {
      const field = c.path?.split('.').pop() ?? '';
      const d = json(
        edited(editOps(doc, c.path ?? '', c.edit ?? INDICATOR_FIELDS.name, values[field] ?? '')),
      );
      const i = d.projectTargets[0]?.indicators[3];
      expect(i?.[field as keyof typeof i], field).toBe(values[field]);
      if (field === 'valueType') expect(i?.comparator).toBe('≤');
    }
  });

  it('a row that only said 社会成本指标 does not apply becomes an indicator once named', () => {
    expect(doc.projectTargets[0]?.indicators[1]).toMatchObject({
      level2: '社会成本指标',
      name: null,
      placeholder: true,
    });
    const path = 'projectTargets[0].indicators[1].name';
    const ops = editOps(doc, path, INDICATOR_FIELDS.name, '社会成本控制');
    expect(ops).toEqual([
      { op: 'set', path, value: '社会成本控制' },
      { op: 'set', path: 'projectTargets[0].indicators[1].placeholder', value: false },
    ]);
    const d = edited(ops);
    expect(d.projectTargets[0]?.indicators[1]).toMatchObject({ name: '社会成本控制', placeholder: false });
    expect(review(d)).toEqual([]);
    // Counted now: made quantitative without a value, the review asks for one.
    const typed = [
      ...ops,
      ...editOps(doc, 'projectTargets[0].indicators[1].valueType', INDICATOR_FIELDS.valueType, '≥'),
    ];
    expect(review(edited(typed)).map((f) => f.message)).toEqual([
      '项目“政务督查督办”的指标“社会成本控制”的指标值类型为“≥”，指标值却为“（空）”',
    ]);
    expect(
      editOps(doc, 'projectTargets[0].indicators[2].name', INDICATOR_FIELDS.name, '服务人数'),
    ).toHaveLength(1);
  });

  it('a weight of 25 instead of 20 breaks the weight total, and the review says so', () => {
    const ops = editOps(doc, 'projectTargets[0].indicators[2].weight', INDICATOR_FIELDS.weight, '25');
    expect(ops).toEqual([
      { op: 'set', path: 'projectTargets[0].indicators[2].weight', value: '25' },
      { op: 'set', path: 'projectTargets[0].indicators[2].weightText', value: null },
    ]);
    expect(review(edited(ops)).map((f) => f.message)).toEqual([
      '项目“政务督查督办”的指标分值合计 105 分，应为 100 分，相差 +5',
    ]);
  });

  it('checks input in Chinese before it is sent', () => {
    expect(inputProblem(INDICATOR_FIELDS.weight, '二十')).toBe('权重应为数字，如 15 或 12.5');
    expect(inputProblem(INDICATOR_FIELDS.weight, '120')).toBe('权重应在 0 到 100 分之间');
    expect(inputProblem(INDICATOR_FIELDS.weight, ' 12.5 ')).toBeNull();
    expect(inputProblem(INDICATOR_FIELDS.valueType, '约')).toBe(
      '请选择指标值类型（≥、≤、=、>、<、定性、定量）',
    );
    expect(inputProblem({ kind: 'figure', label: '说明中的数字', required: true }, '')).toBe(
      '请填写说明中的数字',
    );
    expect(inputProblem(INDICATOR_FIELDS.scoring, '')).toBeNull();
  });
});

describe('what the explanation states', () => {
  const narrative = doc.narrative;
  const at = (key: string) => narrative.facts.findIndex((f) => f.key === key);

  it('finds each figure in its sentence, twice-printed phrases in order', () => {
    const places = statedPlaces(narrative);
    const total = places.find((p) => p.fact === at('threePublic.total'));
    const para = narrative.sections[total?.section ?? -1]?.paragraphs[total?.paragraph ?? -1];
    expect(para?.text.slice(total?.start, total?.end)).toBe('26.08');
    // 项目支出0.00万元 is stated for meetings and for training in one paragraph: two places.
    const project = places.filter((p) => p.context === '项目支出0.00万元');
    expect(project.map((p) => p.fact)).toEqual([at('meeting.project'), at('training.project')]);
    expect(project[0]?.start).not.toBe(project[1]?.start);
    // 无政府性基金安排的支出 states 0 without printing it: no place.
    expect(places.some((p) => p.fact === at('fund.total'))).toBe(false);
    const pieces = paragraphPieces(
      para?.text ?? '',
      places.filter((p) => p.paragraph === total?.paragraph && p.section === total.section),
    );
    expect(pieces.map((p) => p.text).join('')).toBe(para?.text);
    expect(pieces.find((p) => p.place?.fact === at('threePublic.total'))?.text).toBe('26.08');
  });

  it('editing the stated 三公 total changes the value, the sentence and the finding that quotes it', () => {
    const i = at('threePublic.total');
    const ops = statedEdits(narrative, `narrative.facts[${i}].value`, '26.58');
    const d = edited(ops);
    const fact = d.narrative.facts[i];
    expect(fact?.value.toString()).toBe('26.58');
    expect(fact?.text).toBe('“三公”经费预算数为26.58万元');
    expect(
      d.narrative.sections
        .flatMap((s) => s.paragraphs)
        .some((p) => p.text.includes('“三公”经费预算数为26.58万元')),
    ).toBe(true);
    expect(review(d).map((f) => f.message)).toEqual([
      '部门预算说明““三公”经费预算数为26.58万元”与公务接待费 + 公务用车购置及运行费 + 因公出国（境）费 26.08 万元 不一致，相差 +0.50',
      '部门预算说明““三公”经费预算数为26.58万元”与一般公共预算“三公”经费支出表“合计”小计 26.08 万元 不一致，相差 +0.50',
    ]);
  });

  it('the amounts and shares stated per functional class, and the reason for the change of 三公 经费', () => {
    const places = statedPlaces(narrative);
    const general = narrative.classAmounts.findIndex(
      (c) => c.scope === 'general' && c.name === '一般公共服务支出',
    );
    const share = places.find((p) => p.path === `narrative.classAmounts[${general}].share`);
    expect(share).toMatchObject({
      value: '75.11',
      unit: '%',
      context: '一般公共服务支出4699.39万元，占75.11%',
    });
    expect(places.find((p) => p.path === `narrative.classAmounts[${general}].amount`)?.value).toBe('4699.39');
    // Stated per class for 支出预算 (no share), 一般公共预算拨款支出 and 项目支出: every one is found.
    expect(places.filter((p) => p.path.endsWith('.amount')).length).toBe(narrative.classAmounts.length);
    expect(statedPreview(narrative, share?.path ?? '', '75.00')).toBe(
      '一般公共服务支出4699.39万元，占75.00%',
    );
    expect(review(edited(statedEdits(narrative, share?.path ?? '', '75.00'))).map((f) => f.message)).toEqual([
      '部门预算说明“一般公共服务支出占75.00%”与一般公共预算支出表 201 一般公共服务支出 总计 4,699.39 ÷ 合计 6,257.00 = 75.11% 不一致，相差 -0.11',
    ]);
    const reason = places.find((p) => p.path === 'narrative.threePublicChangeReason');
    expect(reason?.kind).toBe('text');
    const d = edited(statedEdits(narrative, reason?.path ?? '', '主要是公务接待标准调整'));
    expect(d.narrative.threePublicChangeReason?.value).toBe('主要是公务接待标准调整');
    expect(
      d.narrative.sections
        .flatMap((s) => s.paragraphs)
        .some((p) => p.text.endsWith('较2024年增加1.07万元，主要是公务接待标准调整。')),
    ).toBe(true);
  });

  it('a change that turns negative turns its direction word, and every phrase over it follows', () => {
    const i = at('income.change');
    const d = edited(statedEdits(narrative, `narrative.facts[${i}].value`, '-27.8'));
    expect(d.narrative.facts[i]?.value.toString()).toBe('-27.8');
    expect(d.narrative.facts[i]?.text).toBe('收入较去年减少27.80万元');
    expect(d.narrative.facts[at('income.changePct')]?.text).toBe('收入较去年减少27.80万元，上升0.45%');
  });

  it('keeps the line offsets of a sentence joined over a page break', () => {
    const corpus = JSON.parse(documentToJson(importCorpus('bangongting'))) as BudgetDocJson;
    const places = statedPlaces(corpus.narrative).filter((p) => p.fact !== undefined);
    const joined = places.find((p) =>
      corpus.narrative.sections[p.section]?.paragraphs[p.paragraph]?.segments?.some(
        (s) => s.offset > p.start,
      ),
    );
    // 长沙市人民政府办公厅 states 51 of its 52 facts in print, 21 of them before a page break.
    expect(places.length).toBe(51);
    if (!joined) throw new Error('no sentence joined over a page break');
    const para = corpus.narrative.sections[joined.section]?.paragraphs[joined.paragraph];
    const ops = statedEdits(corpus.narrative, joined.path, '123456.78');
    const seg = ops.find((o) => o.path.endsWith('.segments'));
    const delta = '123456.78'.length - (joined.end - joined.start);
    expect(seg && seg.op === 'set' ? seg.value : null).toEqual(
      para?.segments?.map((s) => (s.offset > joined.start ? { ...s, offset: s.offset + delta } : s)),
    );
  });
});
