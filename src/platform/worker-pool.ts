// An ordered pool of worker threads: inputs go to `jobs` workers, outputs come back in input order
// whatever order the workers finish in, so the result of a run is the same on one thread or many.
// Memory stays flat: at most `window` inputs are in flight or waiting to be emitted, and the next is
// sent only when the emitter (e.g. a write to stdout that waits for the pipe) has taken the oldest.
// Each input has a time limit and each worker a memory limit: a worker past either is terminated and
// replaced, and the input gets the caller's failure output instead of hanging or taking the machine.
import { Worker } from 'node:worker_threads';

export interface PoolOptions<I, O> {
  /**
   * The worker module: it posts { ready: true } once it is set up, then answers each { index, input }
   * message with { index, output }. Time limits count from the input's dispatch to a ready worker.
   */
  workerUrl: URL;
  jobs: number;
  /** Per input, in milliseconds; 0 for none. */
  timeoutMs: number;
  /** Old-generation heap limit of each worker, in megabytes. */
  maxMemoryMb: number;
  /** The output of an input whose worker ran out of time, memory, or died. */
  failure(input: I, reason: 'time-limit' | 'memory-limit' | 'crash', detail: string): O;
  /** Inputs in flight or waiting to be emitted, at most (default 8 per job). */
  window?: number;
}

interface Slot<I> {
  worker: Worker;
  /** The worker has said it is ready: its start-up does not count against an input's time. */
  ready: boolean;
  index: number | null;
  input: I | null;
  timer: NodeJS.Timeout | null;
}

/** Runs every input through the workers; `emit` is called once per input, in input order. */
export function mapOrdered<I, O>(
  inputs: readonly I[],
  options: PoolOptions<I, O>,
  emit: (output: O, index: number) => Promise<void>,
): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, inputs.length || 1));
  const window = options.window ?? jobs * 8;
  const done = new Map<number, O>();
  let next = 0;
  let nextEmit = 0;
  let emitting = false;
  let finished = false;
  return new Promise<void>((resolveAll, rejectAll) => {
    const slots: Slot<I>[] = [];

    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      for (const s of slots) {
        if (s.timer) clearTimeout(s.timer);
        void s.worker.terminate();
      }
      if (error) rejectAll(error instanceof Error ? error : new Error(JSON.stringify(error)));
      else resolveAll();
    };

    const flush = async () => {
      if (emitting) return;
      emitting = true;
      try {
        while (done.has(nextEmit)) {
          const out = done.get(nextEmit) as O;
          done.delete(nextEmit);
          await emit(out, nextEmit);
          nextEmit++;
          for (const s of slots) if (s.index === null) dispatch(s);
        }
      } catch (e) {
        finish(e);
        return;
      } finally {
        emitting = false;
      }
      if (nextEmit >= inputs.length) finish();
    };

    const settle = (slot: Slot<I>, output: O) => {
      if (slot.timer) clearTimeout(slot.timer);
      done.set(slot.index as number, output);
      slot.index = null;
      slot.input = null;
      slot.timer = null;
      dispatch(slot);
      void flush();
    };

    const dispatch = (slot: Slot<I>) => {
      if (
        finished ||
        !slot.ready ||
        slot.index !== null ||
        next >= inputs.length ||
        next - nextEmit >= window
      )
        return;
      const index = next++;
      slot.index = index;
      slot.input = inputs[index] as I;
      if (options.timeoutMs > 0) {
        slot.timer = setTimeout(() => {
          const input = slot.input as I;
          replace(slot);
          settle(slot, options.failure(input, 'time-limit', `${options.timeoutMs} ms`));
        }, options.timeoutMs);
      }
      slot.worker.postMessage({ index, input: slot.input });
    };

    const start = (slot: Slot<I>) => {
      const worker = new Worker(options.workerUrl, {
        resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
        stdout: false,
        stderr: false,
      });
      slot.worker = worker;
      slot.ready = false;
      worker.on('message', (m: { ready?: true; index: number; output: O }) => {
        if (slot.worker !== worker) return;
        if (m.ready) {
          slot.ready = true;
          dispatch(slot);
        } else if (m.index === slot.index) settle(slot, m.output);
      });
      const died = (reason: 'memory-limit' | 'crash', detail: string) => {
        if (slot.worker !== worker || finished) return;
        const input = slot.input;
        replace(slot);
        if (input !== null) settle(slot, options.failure(input, reason, detail));
        else dispatch(slot);
      };
      worker.on('error', (e: Error & { code?: string }) =>
        died(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory-limit' : 'crash', e.message),
      );
      worker.on('exit', (code) => died('crash', `exit ${code}`));
    };

    const replace = (slot: Slot<I>) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      const old = slot.worker;
      start(slot);
      void old.terminate();
    };

    if (inputs.length === 0) return finish();
    for (let i = 0; i < jobs; i++) {
      const slot = { index: null, input: null, timer: null, ready: false } as unknown as Slot<I>;
      start(slot);
      slots.push(slot);
      dispatch(slot);
    }
  });
}
