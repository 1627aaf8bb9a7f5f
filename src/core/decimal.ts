// An exact decimal number: an integer count of units at a given scale (number of decimals).
// Invariants: `units` is a bigint, `scale` an integer 0..18; the value is units / 10^scale.
// Arithmetic never goes through binary floating point, and keeps the larger scale of its operands,
// so "6,563.63" stays at two decimals and "15" at none: the document's precision is preserved.

const MAX_SCALE = 18;
const DECIMAL = /^\s*([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?\s*$/;
const SPACE = /\s/;

/** The first character of a decimal as Decimal.parse reads it: a digit, sign, point or white space. */
function startsLikeNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return true; // 0-9 + - .
  return text.length > 0 && SPACE.test(text.charAt(0));
}

export class Decimal {
  private constructor(
    readonly units: bigint,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0);

  static of(units: bigint, scale = 0): Decimal {
    if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) throw new RangeError(`scale ${scale}`);
    return new Decimal(units, scale);
  }

  /** Parses plain decimal text: optional sign, digits with optional thousands separators, optional fraction. */
  static parse(text: string): Decimal | null {
    // Text that does not start like a number is rejected before the regular expression runs.
    if (!startsLikeNumber(text)) return null;
    const m = DECIMAL.exec(text);
    if (!m || (m[2] === undefined && m[3] === undefined)) return null;
    const grouped = m[2] ?? '0';
    const intPart = grouped.includes(',') ? grouped.replace(/,/g, '') : grouped;
    const frac = m[3] ?? '';
    if (frac.length > MAX_SCALE) return null;
    const digits = BigInt(intPart + frac);
    return new Decimal(m[1] === '-' ? -digits : digits, frac.length);
  }

  /** Parses text that must be a decimal; throws (a bug) otherwise. For literals in code and tests. */
  static from(text: string | number): Decimal {
    const d = Decimal.parse(String(text));
    if (!d) throw new TypeError(`not a decimal: ${text}`);
    return d;
  }

  static sum(values: Iterable<Decimal>): Decimal {
    let acc = Decimal.ZERO;
    for (const v of values) acc = acc.add(v);
    return acc;
  }

  private rescale(scale: number): bigint {
    if (scale === this.scale) return this.units; // the common case in sums: skip the power of ten
    if (scale < this.scale) throw new RangeError('rescale would lose digits');
    return this.units * 10n ** BigInt(scale - this.scale);
  }

  add(other: Decimal): Decimal {
    const s = Math.max(this.scale, other.scale);
    return new Decimal(this.rescale(s) + other.rescale(s), s);
  }

  sub(other: Decimal): Decimal {
    return this.add(other.neg());
  }

  neg(): Decimal {
    return new Decimal(-this.units, this.scale);
  }

  abs(): Decimal {
    return this.units < 0n ? this.neg() : this;
  }

  mul(other: Decimal): Decimal {
    const s = this.scale + other.scale;
    if (s > MAX_SCALE) return new Decimal(this.units * other.units, s).round(MAX_SCALE);
    return new Decimal(this.units * other.units, s);
  }

  /** this / other rounded half away from zero to `scale` decimals; null when dividing by zero. */
  div(other: Decimal, scale: number): Decimal | null {
    if (other.units === 0n) return null;
    // (a/10^sa) / (b/10^sb) * 10^scale = a * 10^(sb + scale) / (b * 10^sa)
    const num = this.units * 10n ** BigInt(other.scale + scale + 1);
    const den = other.units * 10n ** BigInt(this.scale);
    const q10 = num / den; // one extra digit, truncated toward zero
    const q = (q10 + (q10 >= 0n ? 5n : -5n)) / 10n;
    return new Decimal(q, scale);
  }

  /** Rounds half away from zero to `scale` decimals (or pads when scale is larger). */
  round(scale: number): Decimal {
    if (scale >= this.scale) return new Decimal(this.rescale(scale), scale);
    const f = 10n ** BigInt(this.scale - scale);
    const half = f / 2n;
    const q = this.units >= 0n ? (this.units + half) / f : (this.units - half) / f;
    return new Decimal(q, scale);
  }

  /** The same value without trailing zeros past `minScale` decimals: 6641.000000 → 6641.00 (minScale 2). */
  trimmed(minScale = 0): Decimal {
    let units = this.units;
    let scale = this.scale;
    while (scale > minScale && units % 10n === 0n) {
      units /= 10n;
      scale--;
    }
    return scale === this.scale ? this : new Decimal(units, scale);
  }

  cmp(other: Decimal): -1 | 0 | 1 {
    const s = Math.max(this.scale, other.scale);
    const a = this.rescale(s);
    const b = other.rescale(s);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  eq(other: Decimal): boolean {
    return this.cmp(other) === 0;
  }

  lt(other: Decimal): boolean {
    return this.cmp(other) < 0;
  }

  gt(other: Decimal): boolean {
    return this.cmp(other) > 0;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  /** Canonical text at the value's own scale: "6563.63", "-0.50", "15". */
  toString(): string {
    return this.toFixed(this.scale);
  }

  /** Text with exactly `scale` decimals (rounded half away from zero). */
  toFixed(scale: number): string {
    const r = this.round(scale);
    const neg = r.units < 0n;
    const digits = (neg ? -r.units : r.units).toString().padStart(scale + 1, '0');
    const int = digits.slice(0, digits.length - scale);
    const frac = scale > 0 ? '.' + digits.slice(digits.length - scale) : '';
    return (neg ? '-' : '') + int + frac;
  }

  /** Thousands-separated text with `scale` decimals, as the documents print amounts: "6,563.63". */
  toGrouped(scale = 2): string {
    const s = this.toFixed(scale);
    const neg = s.startsWith('-');
    const [int = '0', frac] = (neg ? s.slice(1) : s).split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (neg ? '-' : '') + grouped + (frac !== undefined ? '.' + frac : '');
  }

  /** For JSON output only: the nearest binary number. Never sum these. */
  toNumber(): number {
    return Number(this.toString());
  }

  toJSON(): string {
    return this.toString();
  }
}
