// The shared reader of 评（扣）分标准 and 指标值. It lives in core because two sibling layers use it:
// the review (rules/: a standard that cannot be applied, bands with gaps, points above the weight) and
// the evaluation (scoring/: actual values to points). Lint forbids those layers to import each other,
// so the one parser sits below both; scoring/ holds the evaluation, rules/ the findings.
export * from './types.js';
export { parseStandard } from './parse.js';
export { standardOf, standardInput } from './memo.js';
export { parseTargetValue, unitOf } from './target-value.js';
export { normaliseScoring } from './normalise.js';
export { inRegion, samePoints, stretchText } from './coverage.js';
export { FULL, ZERO } from './clauses.js';
