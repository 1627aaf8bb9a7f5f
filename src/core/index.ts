// The core: the model, exact numbers, classification codes and vocabulary. No I/O.
export * from './decimal.js';
export * from './money.js';
export * from './source.js';
export * from './text.js';
export * from './vocabulary.js';
export * from './classification.js';
export * from './templates/template.js';
export * from './templates/hunan.js';
export * from './model/common.js';
export * from './model/tables.js';
export * from './model/targets.js';
export * from './model/narrative.js';
export * from './model/contents.js';
export * from './model/forms.js';
export * from './model/document.js';
