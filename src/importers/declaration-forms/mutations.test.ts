import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DeclarationFormsDocument } from '../../core/model/document.js';
import { corpusText, mutateLine } from '../../test-support/corpus.js';
import { ImportContext } from '../context.js';
import { splitLines } from '../lines.js';
import { importDeclarationForms } from './index.js';

/** Imports text as declaration forms directly (no kind detection: mutations may remove the titles). */
function importForms(text: string): { doc: DeclarationFormsDocument; ctx: ImportContext } {
  const lines = splitLines(text);
  const ctx = new ImportContext('xiangyin.txt', lines);
  const doc = importDeclarationForms(ctx, {
    source: { file: 'xiangyin.txt', encoding: 'utf-8', lineCount: lines.length, flavour: 'plain' },
    title: null,
    year: 2023,
    department: null,
  });
  return { doc, ctx };
}

const corpus = corpusText('xiangyin');
const baseline = importForms(corpus).doc;
const currentTotal = (doc: DeclarationFormsDocument, i: number) =>
  doc.projectForms[i]?.funding.find((l) => l.label === '合计')?.current?.value.toString() ?? null;

describe('declaration forms: mutated documents', () => {
  it('a form without its 项目资金情况 row (line 139 blanked) reports the missing field; the other forms are intact', () => {
    const { doc } = importForms(mutateLine('xiangyin', 139, () => ''));
    const form3 = doc.projectForms[2];
    expect(form3?.name.value).toBe('各战线调研协调工作经费');
    expect(form3?.funding).toEqual([]);
    // The spending table has its own header (line 145) and is still read.
    expect(form3?.spending.map((l) => [l.label, l.current?.text])).toEqual([
      ['合计', '120万元'],
      ['1、各战线协调工作', '120万元'],
    ]);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'field-missing', severity: 'warning', source: { line: 125 } }),
    );
    expect(doc.diagnostics.find((d) => d.code === 'field-missing')?.message).toContain(
      '项目资金申请（万元）',
    );
    // The orphaned funding rows 140–144 are reported, not silently dropped.
    const unplaced = doc.diagnostics.filter((d) => d.code === 'unplaced-line').map((d) => d.source.line);
    expect(unplaced).toEqual([140, 141, 142, 143, 144]);
    for (const i of [0, 1, 3, 4, 5, 6]) expect(doc.projectForms[i]).toEqual(baseline.projectForms[i]);
    expect(doc.departmentForms).toEqual(baseline.departmentForms);
  });

  it('with the row removed outright, the later forms keep their figures on shifted lines', () => {
    const lines = corpus.split('\n');
    lines.splice(138, 1);
    const { doc } = importForms(lines.join('\n'));
    expect(doc.projectForms.map((_, i) => currentTotal(doc, i))).toEqual([
      '50',
      '15',
      null,
      '30',
      '65',
      '20',
      '120',
    ]);
    expect(doc.projectForms[3]?.name.source.line).toBe(175);
    expect(doc.diagnostics.filter((d) => d.code === 'field-missing')).toHaveLength(1);
  });

  it('a file cut in the middle of form 4 (inside line 201) yields forms 1–3 complete and form 4 partial', () => {
    const lines = corpus.split('\n');
    const cut = [...lines.slice(0, 200), (lines[200] ?? '').slice(0, 20)].join('\n');
    const { doc } = importForms(cut);
    expect(doc.projectForms).toHaveLength(4);
    expect(doc.projectForms.slice(0, 3)).toEqual(baseline.projectForms.slice(0, 3));
    expect(doc.departmentForms).toEqual(baseline.departmentForms);
    const form4 = doc.projectForms[3];
    expect(form4?.name.value).toBe('优化营商环境');
    expect(currentTotal(doc, 3)).toBe('30');
    expect(form4?.schedule.map((s) => s.end?.value)).toEqual(['2023年12月']);
    expect(form4?.annualGoal?.value).toBe('弥补营商环境工作经费不足，保障全年工作正常开展。');
    expect(form4?.indicators.map((i) => [i.source.line, i.level2, i.name, i.value])).toEqual([
      [201, '数量指标', '共涉及18个指标', null],
    ]);
    expect([form4?.otherNotes, form4?.reviewOpinion]).toEqual([null, null]);
    const truncated = doc.diagnostics.filter((d) => d.code === 'document-truncated');
    expect(truncated).toEqual([expect.objectContaining({ severity: 'error', source: { line: 201 } })]);
    expect(truncated[0]?.message).toContain('其他说明的问题、财政部门审核意见');
    expect(doc.diagnostics.filter((d) => d.code === 'field-missing')).toEqual([]);
  });

  it('a file cut after form 4’s funding header (line 184) still yields its name and basic facts', () => {
    const { doc } = importForms(corpus.split('\n').slice(0, 184).join('\n'));
    const form4 = doc.projectForms[3];
    expect([form4?.name.value, form4?.attribute, form4?.period?.value]).toEqual([
      '优化营商环境',
      '延续项目',
      '2023年1月—12月',
    ]);
    expect(form4?.funding).toEqual([]);
    const truncated = doc.diagnostics.find((d) => d.code === 'document-truncated');
    expect(truncated?.source.line).toBe(184);
    expect(truncated?.message).toContain('支出明细预算（万元）');
  });

  it('a project form missing its review opinion in the middle of the file is a field-missing warning', () => {
    const { doc } = importForms(mutateLine('xiangyin', 47, () => ''));
    expect(doc.projectForms[0]?.reviewOpinion).toBeNull();
    const missing = doc.diagnostics.filter((d) => d.code === 'field-missing');
    expect(missing).toEqual([expect.objectContaining({ severity: 'warning', source: { line: 3 } })]);
    expect(missing[0]?.message).toContain('驻京联络维稳工作组');
    expect(doc.diagnostics.filter((d) => d.code === 'document-truncated')).toEqual([]);
  });

  it('a value that is not an amount is reported with its cell and left null', () => {
    const { doc } = importForms(mutateLine('xiangyin', 18, (l) => l.replace('\t50\t', '\t五十\t')));
    expect(doc.projectForms[0]?.funding[0]?.current).toBeNull();
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'cell-unreadable',
        severity: 'warning',
        source: { line: 18, column: 5 },
      }),
    );
  });

  it('never throws on random line deletions and duplications, and every value points at its own cell', () => {
    const original = corpus.split('\n');
    const edit = fc.record({
      at: fc.nat({ max: original.length - 1 }),
      op: fc.constantFrom('delete', 'duplicate'),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const lines = [...original];
        for (const { at, op } of edits) {
          const i = at % Math.max(1, lines.length);
          if (op === 'delete') lines.splice(i, 1);
          else lines.splice(i, 0, lines[i] ?? '');
        }
        const { doc, ctx } = importForms(lines.join('\n'));
        const cell = (line: number, column: number | undefined) =>
          column === undefined ? undefined : ctx.line(line)?.cells[column - 1]?.text;
        for (const d of doc.diagnostics) {
          expect(d.source.line).toBeGreaterThanOrEqual(1);
          expect(d.source.line).toBeLessThanOrEqual(Math.max(1, ctx.lines.length));
          expect(d.message).toMatch(/[\u4e00-\u9fff]/);
        }
        for (const form of [...doc.projectForms, ...doc.departmentForms])
          for (const i of form.indicators)
            if (i.name !== null) expect(cell(i.source.line, i.source.column)).toBe(i.name);
        for (const form of doc.projectForms)
          for (const line of [...form.funding, ...form.spending])
            for (const amount of [line.previous, line.current])
              if (amount) expect(cell(amount.source.line, amount.source.column)).toBe(amount.text);
      }),
      { numRuns: 150 },
    );
  });
});
