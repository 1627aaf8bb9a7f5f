// What every pattern reader gets: the indicator as read (target value, direction, per cent or not)
// and a list to which it adds the readings it had to choose (notes, in Chinese). A reader answers
// with a rule, with the reason the text cannot be read its way, or with null (not its pattern).

import type { Decimal } from '../decimal.js';
import type { Direction, ScoringRule, StandardInput, TargetValue } from './types.js';

export interface ReadContext {
  input: StandardInput;
  target: TargetValue;
  direction: Direction;
  percent: boolean;
  /** The weight the rule scores within: the document's, else the one the text states. */
  weight: Decimal | null;
  notes: string[];
}

export type ReadResult = { rule: ScoringRule } | { unreadable: string } | null;

export const unreadable = (reason: string): ReadResult => ({ unreadable: reason });

/** The target as a number, when the 指标值 is one. */
export function targetNumber(ctx: ReadContext): Decimal | null {
  return ctx.target.kind === 'number' ? ctx.target.value : null;
}
