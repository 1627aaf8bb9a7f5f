import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../core/model/common.js';
import type { Narrative } from '../../../core/model/narrative.js';
import { HUNAN } from '../../../core/templates/hunan.js';
import { corpusText, mutateLine } from '../../../test-support/corpus.js';
import { ImportContext } from '../../context.js';
import { splitLines } from '../../lines.js';
import { matchTitle } from '../pages.js';
import { parseNarrative } from './index.js';

function readPart1(text: string): { narrative: Narrative; diagnostics: Diagnostic[]; lineCount: number } {
  const lines = splitLines(text);
  const end = lines.findIndex((l) => matchTitle(l, HUNAN) !== null);
  const ctx = new ImportContext('test.txt', lines);
  const narrative = parseNarrative(ctx, lines.slice(0, end < 0 ? lines.length : end));
  return { narrative, diagnostics: ctx.diagnostics, lineCount: lines.length };
}

/** The corpus text with the given 1-based lines emptied (line numbers of the rest are kept). */
function blankLines(name: 'bangongting' | 'beijing', from: number, to: number): string {
  return corpusText(name)
    .split('\n')
    .map((l, i) => (i + 1 >= from && i + 1 <= to ? '' : l))
    .join('\n');
}

const fact = (n: Narrative, key: string) => n.facts.find((f) => f.key === key);

describe('a document without section 五', () => {
  const doc = readPart1(blankLines('bangongting', 106, 108));

  it('reports the missing section by name, where it was expected', () => {
    const missing = doc.diagnostics.filter((d) => d.code === 'section-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.severity).toBe('warning');
    expect(missing[0]?.message).toContain('政府性基金预算支出');
    expect(missing[0]?.message).toContain('四、一般公共预算拨款支出');
    expect(missing[0]?.source.line).toBe(110);
  });

  it('keeps the other six sections and states no fund figure', () => {
    expect(doc.narrative.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(doc.narrative.sections[3]?.lines).toEqual({ first: 98, last: 104 });
    expect(fact(doc.narrative, 'fund.total')).toBeUndefined();
  });
});

describe('the reader reports what is written', () => {
  it('reads a changed increase "154.64" as written, only where it was changed', () => {
    const doc = readPart1(mutateLine('bangongting', 81, (l) => l.replace('154.46', '154.64')));
    expect(fact(doc.narrative, 'income.change')?.value.toString()).toBe('154.64');
    expect(fact(doc.narrative, 'income.change')?.text).toBe('收入较去年增加154.64万元');
    expect(fact(doc.narrative, 'expenditure.change')?.value.toString()).toBe('154.46');
  });

  it('reads a decrease as negative, in amount and per cent', () => {
    const doc = readPart1(
      mutateLine('bangongting', 90, (l) =>
        l.replace('支出较去年增加154.46万元，上升2.41%', '支出较去年减少154.46万元，下降2.41%'),
      ),
    );
    expect(fact(doc.narrative, 'expenditure.change')?.value.toString()).toBe('-154.46');
    expect(fact(doc.narrative, 'expenditure.changePct')?.value.toString()).toBe('-2.41');
  });

  it('warns about a stated amount it cannot read, and states no value for it', () => {
    const doc = readPart1(
      mutateLine('bangongting', 81, (l) => l.replace('收入预算6563.63万元', '收入预算6563..63万元')),
    );
    const warnings = doc.diagnostics.filter((d) => d.code === 'cell-unreadable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.source.line).toBe(81);
    expect(warnings[0]?.message).toContain('6563..63');
    expect(fact(doc.narrative, 'income.total')).toBeUndefined();
    expect(fact(doc.narrative, 'income.general')?.value.toString()).toBe('6563.63');
  });

  it('reads a figure whose words are broken by spaces ("会 议费预算 27.8 万 元")', () => {
    const doc = readPart1(
      mutateLine('bangongting', 118, (l) => l.replace('会议费预算 27.8 万元', '会 议费预算 27.8 万 元')),
    );
    expect(fact(doc.narrative, 'meeting.total')?.value.toString()).toBe('27.8');
  });

  it('reads a stated fund amount instead of "无政府性基金"', () => {
    const doc = readPart1(
      mutateLine('bangongting', 108, () => '2024年本部门政府性基金预算支出 12.50 万元。'),
    );
    expect(fact(doc.narrative, 'fund.total')?.value.toString()).toBe('12.50');
    expect(fact(doc.narrative, 'fund.total')?.source.line).toBe(108);
  });

  it('drops the item of 六 that is deleted, and its facts', () => {
    const doc = readPart1(blankLines('bangongting', 120, 120));
    expect(doc.narrative.otherMatters.procurement).toBeUndefined();
    expect(doc.narrative.otherMatters.assets).toEqual({ line: 122 });
    expect(fact(doc.narrative, 'procurement.total')).toBeUndefined();
  });
});

describe('any document', () => {
  // Part 1 and the first table title are within the first 140 lines of both documents.
  const head = (text: string) => text.split('\n').slice(0, 140).join('\n');
  const texts = { bangongting: head(corpusText('bangongting')), beijing: head(corpusText('beijing')) };

  it('never throws, and points only at lines that exist, whatever lines are deleted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('bangongting' as const, 'beijing' as const),
        fc.uniqueArray(fc.integer({ min: 0, max: 140 }), { maxLength: 80 }),
        (name, deleted) => {
          const drop = new Set(deleted);
          const text = texts[name]
            .split('\n')
            .filter((_, i) => !drop.has(i))
            .join('\n');
          const doc = readPart1(text);
          const lines = [
            ...doc.narrative.sections.flatMap((s) => [s.lines.first, s.lines.last]),
            ...doc.narrative.facts.map((f) => f.source.line),
            ...doc.diagnostics.map((d) => d.source.line),
          ];
          expect(lines.every((l) => l >= 1 && l <= doc.lineCount)).toBe(true);
          for (const s of doc.narrative.sections) expect(s.lines.first).toBeLessThanOrEqual(s.lines.last);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on noise typed into Part 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 132 }), fc.string({ maxLength: 40 }), (line, noise) => {
        const lines = texts.bangongting.split('\n');
        lines[line] = (lines[line] ?? '').slice(0, 20) + noise + (lines[line] ?? '').slice(20);
        const doc = readPart1(lines.join('\n'));
        expect(doc.narrative.sections.length).toBeLessThanOrEqual(7);
      }),
      { numRuns: 300 },
    );
  });
});
