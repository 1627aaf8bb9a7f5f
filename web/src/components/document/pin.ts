// Pinning: scroll to the element(s) rendered from a source line and flash them, so a clicked finding
// shows the cell, row, indicator or sentence it is about.
export function pinLine(line: number, root: ParentNode = document): boolean {
  const els = Array.from(root.querySelectorAll<HTMLElement>(`[data-line="${line}"]`));
  const first = els[0];
  if (!first) return false;
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const el of els) {
    el.classList.remove('pin-flash');
    void el.offsetWidth; // restart the animation
    el.classList.add('pin-flash');
    window.setTimeout(() => el.classList.remove('pin-flash'), 2600);
  }
  return true;
}
