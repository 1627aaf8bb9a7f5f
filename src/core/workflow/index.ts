// The workflow's pure part: states and roles, who may do what, the audit hash chain, version diffs,
// edits, and the review gate of submission. The store and the server build on these.
export * from './states.js';
export * from './actors.js';
export * from './machine.js';
export * from './sha256.js';
export * from './audit-chain.js';
export * from './diff.js';
export * from './edits.js';
export * from './review-gate.js';
