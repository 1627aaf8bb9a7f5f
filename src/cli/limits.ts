// The options every command that reads input shares: the largest input (--max-size, YUSUAN_MAX_SIZE),
// the time per file (--time-limit, YUSUAN_TIME_LIMIT, seconds) and the memory of the worker thread
// that reads it (YUSUAN_MAX_MEMORY, megabytes); for runs over files the threads (--jobs, YUSUAN_JOBS).
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES, YusuanError } from '../app/index.js';

export interface InputLimits {
  maxBytes: number;
  jobs: number;
  timeLimitMs: number;
  maxMemoryMb: number;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 };

/** "50MB", "500k", "1000000" → bytes; null when it is not a size. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(text);
  if (!m) return null;
  const unit = UNITS[(m[2] ?? '').toLowerCase()];
  return unit === undefined ? null : Math.round(Number(m[1]) * unit);
}

function positiveInt(text: string, what: string, min: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min)
    throw new YusuanError('usage', `${what}应为不小于 ${min} 的整数，而不是“${text}”`);
  return Number(text);
}

export function addSizeOption(cmd: Command): Command {
  return cmd.option(
    '--max-size <size>',
    '单个输入文件的大小上限（如 50MB、500KB；默认 50MB，或环境变量 YUSUAN_MAX_SIZE）',
  );
}

const TIME_LIMIT: [string, string] = [
  '--time-limit <seconds>',
  '单个文件的处理时间上限，秒（默认 60，0 为不限；或环境变量 YUSUAN_TIME_LIMIT）',
];

/** --max-size and --time-limit: the limits of a command that reads one file (inspect, publish). */
export function addFileOptions(cmd: Command): Command {
  return addSizeOption(cmd).option(...TIME_LIMIT);
}

export function addBatchOptions(cmd: Command): Command {
  return addSizeOption(cmd)
    .option('-j, --jobs <n>', '并行线程数（默认每个 CPU 核心一个，或环境变量 YUSUAN_JOBS）')
    .option(...TIME_LIMIT);
}

export interface LimitFlags {
  maxSize?: string;
  jobs?: string;
  timeLimit?: string;
}

/** The limits from flags, else the environment, else the defaults; a bad value is a usage error. */
export function readLimits(flags: LimitFlags, env: NodeJS.ProcessEnv = process.env): InputLimits {
  const sizeText = flags.maxSize ?? env['YUSUAN_MAX_SIZE'];
  let maxBytes = DEFAULT_MAX_BYTES;
  if (sizeText !== undefined) {
    const parsed = parseSize(sizeText);
    if (parsed === null || parsed < 1)
      throw new YusuanError('usage', `--max-size 应为大小（如 50MB、500KB 或字节数），而不是“${sizeText}”`);
    maxBytes = parsed;
  }
  const jobsText = flags.jobs ?? env['YUSUAN_JOBS'];
  const jobs = jobsText === undefined ? availableParallelism() : positiveInt(jobsText, '--jobs ', 1);
  const timeText = flags.timeLimit ?? env['YUSUAN_TIME_LIMIT'];
  const timeLimitMs = timeText === undefined ? 60_000 : positiveInt(timeText, '--time-limit ', 0) * 1000;
  const memText = env['YUSUAN_MAX_MEMORY'];
  const maxMemoryMb = memText === undefined ? 2048 : positiveInt(memText, 'YUSUAN_MAX_MEMORY ', 64);
  return { maxBytes, jobs, timeLimitMs, maxMemoryMb };
}
