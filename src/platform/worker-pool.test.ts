// The ordered pool: outputs in input order whatever order workers finish in; an input past its time
// limit, one past the memory limit, and one whose worker dies each get a failure output and the run
// goes on with fresh workers.
import { describe, expect, it } from 'vitest';
import { mapOrdered } from './worker-pool.js';

const workerUrl = new URL('./__fixtures__/pool-worker.mjs', import.meta.url);

async function collect(inputs: string[], jobs: number): Promise<string[]> {
  const out: string[] = [];
  await mapOrdered(
    inputs,
    {
      workerUrl,
      jobs,
      timeoutMs: 6000,
      maxMemoryMb: 64,
      window: 4,
      failure: (input, reason) => `${input}:${reason}`,
    },
    async (o, i) => {
      out.push(`${i}=${o}`);
      await new Promise((r) => setTimeout(r, 1)); // a slow reader: the window holds the workers back
    },
  );
  return out;
}

describe('mapOrdered', () => {
  it('emits in input order on one worker and on three', async () => {
    const inputs = Array.from({ length: 30 }, (_, i) => `x${i}`);
    const expected = inputs.map((x, i) => `${i}=${x}${x}`);
    expect(await collect(inputs, 1)).toEqual(expected);
    expect(await collect(inputs, 3)).toEqual(expected);
  });

  it('gives a hung input, a memory hog and a dying worker their failure, and carries on', async () => {
    const out = await collect(['a', 'hang', 'b', 'hog', 'c', 'die', 'd'], 2);
    expect(out).toEqual([
      '0=aa',
      '1=hang:time-limit',
      '2=bb',
      '3=hog:memory-limit',
      '4=cc',
      '5=die:crash',
      '6=dd',
    ]);
  }, 30_000);

  it('finishes at once with no input', async () => {
    expect(await collect([], 2)).toEqual([]);
  });
});
