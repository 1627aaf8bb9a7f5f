// Running the yusuan command in tests, two ways with one result (exit code, stdout, stderr): the
// installed command (bin/yusuan.js over dist/) in a child process, end to end; or the same program
// in this process with its output captured — faster, for files that run one command many times.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeAll, vi } from 'vitest';
import { buildProgram } from '../cli/main.js';
import { BIN, buildOnce } from './build.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type Yusuan = (...args: string[]) => Promise<CliResult>;

const run = promisify(execFile);

/** The installed command, run in a child process; dist/ is built before the file's tests. */
export function yusuanInstalled(): Yusuan {
  beforeAll(() => buildOnce());
  return async (...args) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
        maxBuffer: 64 * 1024 * 1024,
      });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as CliResult;
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
}

/** The command's program run in this process: stdout and stderr captured, process.exitCode read. */
export function yusuanInProcess(): Yusuan {
  afterEach(() => {
    process.exitCode = 0;
  });
  return async (...args) => {
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      stdout += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
      // publish writes its bytes and waits for the callback before it returns.
      const cb = rest.find((r): r is () => void => typeof r === 'function');
      cb?.();
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    process.exitCode = 0;
    try {
      await buildProgram().parseAsync(['node', 'yusuan', ...args]);
    } finally {
      vi.restoreAllMocks();
    }
    const code = Number(process.exitCode ?? 0);
    process.exitCode = 0;
    return { code, stdout, stderr };
  };
}
