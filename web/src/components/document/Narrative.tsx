// Part 1, the explanation: its sections as printed, each paragraph tagged with its first source line
// (findings about a sentence are pinned there). What the model reads from it (the facts' figures, the
// amounts and shares per functional class, the reason for the change of “三公” 经费) is marked in the
// text: clicking one (or Enter on it) shows where it came from and, in the work area, lets the unit
// change it. A paragraph holding a small table's row (cells separated by tabs) is shown as cells.
import type { KeyboardEvent, MouseEvent } from 'react';
import { useMemo } from 'react';
import type { EditField } from '../../layout/edit-fields';
import type { NarrativeJson, StatedPlace } from '../../layout/narrative-layout';
import { paragraphPieces, statedPlaces } from '../../layout/narrative-layout';
import { usePinned, useShowSource } from './source-context';

function editOf(p: StatedPlace): EditField {
  if (p.kind === 'text') return { kind: 'long-text', label: '说明中的文字', required: true };
  return {
    kind: 'figure',
    label: '说明中的数字',
    unit: p.unit,
    required: true,
    // The sentence's direction word turns with the sign.
    ...(p.signed ? { hint: '减少、下降的变动数填负数' } : {}),
  };
}

export function Narrative({ narrative }: { narrative: NarrativeJson }) {
  const pinned = usePinned();
  const showSource = useShowSource();
  const places = useMemo(() => statedPlaces(narrative), [narrative]);
  const byParagraph = useMemo(() => {
    const m = new Map<string, StatedPlace[]>();
    for (const p of places) {
      const k = `${p.section}.${p.paragraph}`;
      m.set(k, [...(m.get(k) ?? []), p]);
    }
    return m;
  }, [places]);
  const { sections } = narrative;
  if (sections.length === 0) return <p className="muted">本文件没有部门预算说明。</p>;
  const open = (target: EventTarget) => {
    const el = (target as HTMLElement).closest<HTMLElement>('[data-stated]');
    const p = places[Number(el?.dataset['stated'])];
    if (!el || !p || !showSource) return;
    showSource({
      ref: { line: p.line },
      label: el.textContent ?? p.value,
      path: p.path,
      value: p.value,
      edit: editOf(p),
      context: p.context,
    });
  };
  const onClick = (e: MouseEvent) => open(e.target);
  const onKey = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).dataset['stated'] !== undefined) {
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
                {paragraphPieces(p.text, byParagraph.get(`${i}.${j}`) ?? []).map((x, k) =>
                  x.place === undefined ? (
                    x.text
                  ) : (
                    <span
                      key={k}
                      className={x.place.kind === 'figure' ? 'fact' : 'fact fact-text'}
                      role="button"
                      tabIndex={0}
                      data-stated={places.indexOf(x.place)}
                      title={`来源：第 ${x.place.line} 行`}
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
