// PLACEHOLDER — being written (helper D).
import type { Narrative } from '../../../core/model/narrative.js';
import type { ImportContext } from '../../context.js';
import type { SourceLine } from '../../lines.js';

export function parseNarrative(_ctx: ImportContext, _lines: readonly SourceLine[]): Narrative {
  return {
    sections: [],
    facts: [],
    classAmounts: [],
    unitsListed: [],
    onlyOwnLevel: false,
    threePublicChangeReason: null,
    otherMatters: {},
  };
}
