// Rules on the words of a document (category text): placeholders, years, doubled words and template
// leftovers, direction words, classification names, rates, wording by document kind, names, contents.
import type { Rule } from './rule.js';
import { placeholder } from './text/placeholder.js';
import { yearConsistent } from './text/year-consistent.js';
import { doubledWords } from './text/doubled-words.js';
import { templateLeftover } from './text/template-leftover.js';
import { changeDirection } from './text/change-direction.js';
import { ratePossible } from './text/rate-possible.js';
import { kindWording } from './text/kind-wording.js';
import { unitNameConsistent } from './text/unit-name-consistent.js';
import { contentsMatchTables } from './text/contents-match-tables.js';
import { tablesInOrder } from './text/tables-in-order.js';
import { classNames } from './text/class-names.js';
import { classPurpose } from './text/class-purpose.js';
import { emptyTableExplained } from './text/empty-table-explained.js';
import { moneyUnit } from './text/money-unit.js';

export const TEXT_RULES: readonly Rule[] = [
  placeholder,
  yearConsistent,
  doubledWords,
  templateLeftover,
  changeDirection,
  ratePossible,
  kindWording,
  unitNameConsistent,
  contentsMatchTables,
  tablesInOrder,
  classNames,
  classPurpose,
  emptyTableExplained,
  moneyUnit,
];
