// Part 1, the explanation: its sections as printed, each paragraph tagged with its first source line
// (findings about a sentence are pinned there). A paragraph holding a small table's row (cells
// separated by tabs) is shown as cells.
import type { SectionJson } from '../../model/json';
import { usePinned } from './source-context';

export function Narrative({ sections }: { sections: readonly SectionJson[] }) {
  const pinned = usePinned();
  if (sections.length === 0) return <p className="muted">本文件没有部门预算说明。</p>;
  return (
    <div className="narrative">
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
                {p.text}
              </p>
            );
          })}
        </section>
      ))}
    </div>
  );
}
