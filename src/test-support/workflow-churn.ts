// A child process for the kill test: opens the store given on the command line and moves one
// document back and forth along the chain (submit, return with an opinion, …) until it is killed.
// Prints "ready" once the first action is done, so the parent kills it mid-stream.
import { openStore, workflowAction } from '../app/index.js';
import type { Actor } from '../app/index.js';

const [kind, where, schema, id] = process.argv.slice(2);
const store = await openStore(
  kind === 'postgres'
    ? { kind: 'postgres', url: where ?? '', ...(schema ? { schema } : {}), poolSize: 2 }
    : { kind: 'pglite', dataDir: where ?? '' },
);
const admin: Actor = {
  kind: 'user',
  id: 1,
  name: 'churn',
  role: 'admin',
  region: null,
  department: null,
  unit: null,
};
let n = 0;
for (;;) {
  const ctx = { actor: admin, address: '127.0.0.1', now: new Date().toISOString() };
  await workflowAction(store, ctx, id ?? '', 'submit', null);
  await workflowAction(store, ctx, id ?? '', 'return', `第 ${++n} 次退回`);
  if (n === 1) process.stdout.write('ready\n');
}
