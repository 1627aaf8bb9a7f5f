// Exact arithmetic on the API's decimal strings ("6563.63", "-12.5") for display: sums, differences
// and shares are computed on scaled BigInts, never on binary floating point; the results are strings.
// Only chart drawing turns a value into a number (`toChartNumber`), never to add it up.

interface Scaled {
  units: bigint;
  scale: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d+))?$/;

function parse(text: string): Scaled | null {
  const m = DECIMAL.exec(text.trim().replace(/,/g, ''));
  if (!m || (!m[2] && !m[3])) return null;
  const frac = m[3] ?? '';
  const units = BigInt((m[2] || '0') + frac);
  return { units: m[1] === '-' ? -units : units, scale: frac.length };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

function rescale(a: Scaled, scale: number): bigint {
  return a.units * pow10(scale - a.scale);
}

function text(a: Scaled): string {
  const neg = a.units < 0n;
  const digits = (neg ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const int = digits.slice(0, digits.length - a.scale);
  const frac = a.scale > 0 ? '.' + digits.slice(digits.length - a.scale) : '';
  return (neg ? '-' : '') + int + frac;
}

/** Rounds half away from zero to `scale` decimals. */
function round(a: Scaled, scale: number): Scaled {
  if (scale >= a.scale) return { units: rescale(a, scale), scale };
  const d = pow10(a.scale - scale);
  const neg = a.units < 0n;
  const abs = neg ? -a.units : a.units;
  let q = abs / d;
  if ((abs % d) * 2n >= d) q += 1n;
  return { units: neg ? -q : q, scale };
}

export const isDecimal = (value: string | null | undefined): value is string =>
  typeof value === 'string' && parse(value) !== null;

/** The decimal as the model's JSON writes it ("1,234.50" → "1234.50", "+5" → "5"), or null. */
export function normalized(value: string): string | null {
  const p = parse(value);
  return p ? text(p) : null;
}

/** The exact sum of decimal strings (nulls and unreadable strings count as absent). */
export function sum(values: readonly (string | null | undefined)[]): string {
  const parsed = values.map((v) => (v == null ? null : parse(v))).filter((v): v is Scaled => v !== null);
  const scale = Math.max(0, ...parsed.map((p) => p.scale));
  let units = 0n;
  for (const p of parsed) units += rescale(p, scale);
  return text({ units, scale });
}

/** a − b, exact. */
export function subtract(a: string, b: string): string {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return '0';
  const scale = Math.max(x.scale, y.scale);
  return text({ units: rescale(x, scale) - rescale(y, scale), scale });
}

/** Compares two decimal strings: −1, 0 or 1 (unreadable values sort first). */
export function compare(a: string | null | undefined, b: string | null | undefined): number {
  const x = a == null ? null : parse(a);
  const y = b == null ? null : parse(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  const scale = Math.max(x.scale, y.scale);
  const d = rescale(x, scale) - rescale(y, scale);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export const isZero = (a: string | null | undefined): boolean => a == null || compare(a, '0') === 0;

/** part / whole × 100 with `scale` decimals ("2.41"), or null when the whole is zero. */
export function percent(part: string, whole: string, scale = 2): string | null {
  const p = parse(part);
  const w = parse(whole);
  if (!p || !w || w.units === 0n) return null;
  // (p.units / 10^p.scale) / (w.units / 10^w.scale) × 100, computed at scale + 1 then rounded.
  const extra = scale + 1;
  const num = p.units * pow10(w.scale + 2 + extra);
  const den = w.units * pow10(p.scale);
  return text(round({ units: num / den, scale: extra }, scale));
}

/** Fixed decimals ("6563.6" → "6563.60"), rounded half away from zero. */
export function toFixed(value: string, scale = 2): string {
  const p = parse(value);
  return p ? text(round(p, scale)) : value;
}

/** Thousands separators and two decimals, as the tables print amounts: "6,563.63". */
export function grouped(value: string | null | undefined, scale = 2): string {
  if (value == null || value === '') return '';
  const p = parse(value);
  if (!p) return value;
  const s = text(round(p, scale));
  const neg = s.startsWith('-');
  const [int = '0', frac] = (neg ? s.slice(1) : s).split('.');
  return (
    (neg ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '')
  );
}

/** An amount in 元 shown in 万元 (÷ 10,000, exact). */
export function yuanToWan(value: string): string {
  const p = parse(value);
  return p ? text({ units: p.units, scale: p.scale + 4 }) : value;
}

/** For drawing only (chart geometry): never add these up. */
export function toChartNumber(value: string | null | undefined): number {
  return value == null ? 0 : Number(value.replace(/,/g, '')) || 0;
}
