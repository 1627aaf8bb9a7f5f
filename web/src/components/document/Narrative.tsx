// Part 1, the explanation: its sections as printed, each paragraph tagged with its first source line
// (findings about a sentence are pinned there). The figures its facts state are marked in the text:
// clicking one (or Enter on it) shows where it came from and, in the work area, lets the unit change
// it. A paragraph holding a small table's row (cells separated by tabs) is shown as cells.
import type { KeyboardEvent, MouseEvent } from 'react';
import { useMemo } from 'react';
import type { EditField } from '../../layout/edit-fields';
import type { FactPlace, NarrativeJson } from '../../layout/narrative-layout';
import { factPlaces, paragraphPieces } from '../../layout/narrative-layout';
import { usePinned, useShowSource } from './source-context';

const FIGURE: Omit<EditField, 'unit'> = { kind: 'figure', label: '说明中的数字', required: true };

export function Narrative({ narrative }: { narrative: NarrativeJson }) {
  const pinned = usePinned();
  const showSource = useShowSource();
  const places = useMemo(() => {
    const m = new Map<string, FactPlace[]>();
    for (const p of factPlaces(narrative)) {
      const k = `${p.section}.${p.paragraph}`;
      m.set(k, [...(m.get(k) ?? []), p]);
    }
    return m;
  }, [narrative]);
  const { sections, facts } = narrative;
  if (sections.length === 0) return <p className="muted">本文件没有部门预算说明。</p>;
  const open = (target: EventTarget) => {
    const el = (target as HTMLElement).closest<HTMLElement>('[data-fact]');
    const i = Number(el?.dataset['fact']);
    const f = facts[i];
    if (!el || !f || !showSource) return;
    showSource({
      ref: { line: f.source.line },
      label: el.textContent ?? f.value,
      path: `narrative.facts[${i}].value`,
      value: f.value,
      edit: {
        ...FIGURE,
        unit: f.unit,
        // Changes are signed: 减少 and 下降 are negative (the sentence's word turns with the sign).
        ...(/\.change(Pct)?$/.test(f.key) ? { hint: '减少、下降的变动数填负数' } : {}),
      },
      context: f.text,
    });
  };
  const onClick = (e: MouseEvent) => open(e.target);
  const onKey = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).dataset['fact'] !== undefined) {
      e.preventDefault();
      open(e.target);
    }
  };
  return (
    <div className="narrative" onClick={onClick} onKeyDown={onKey}>
      {sections.map((s, i) => (
        <section key={i} aria-labelledby={`sec-${i}`}>
          <h3 id={`sec-${i}`} data-line={s.heading.source.line}>
            {s.heading.value}
          </h3>
          {s.paragraphs.map((p, j) => {
            const sev = pinned.get(p.lines.first);
            const cls = sev ? `has-finding finding-${sev}` : undefined;
            return p.text.includes('\t') ? (
              <p key={j} className={`cells ${cls ?? ''}`} data-line={p.lines.first}>
                {p.text.split('\t').map((c, k) => (
                  <span key={k}>{c}</span>
                ))}
              </p>
            ) : (
              <p key={j} className={cls} data-line={p.lines.first}>
                {paragraphPieces(p.text, places.get(`${i}.${j}`) ?? []).map((x, k) =>
                  x.fact === undefined ? (
                    x.text
                  ) : (
                    <span
                      key={k}
                      className="fact"
                      role="button"
                      tabIndex={0}
                      data-fact={x.fact}
                      title={`来源：第 ${facts[x.fact]?.source.line ?? ''} 行`}
                    >
                      {x.text}
                    </span>
                  ),
                )}
              </p>
            );
          })}
        </section>
      ))}
    </div>
  );
}
