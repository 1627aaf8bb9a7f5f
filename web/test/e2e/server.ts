// `yusuan serve` for browser tests: a temporary embedded data directory, accounts added with
// `yusuan user add` first, the server on a free port (read from its start-up line), stopped and its
// data removed afterwards. Runs the CLI from source through tsx (no build of the library needed).
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './browser';

const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const CLI = join(ROOT, 'web/test/e2e/run-cli.ts');

export interface TestUser {
  name: string;
  password: string;
  role: 'admin' | 'reviewer' | 'department' | 'unit';
  region?: string;
  department?: string;
  unit?: string;
}

export interface RunningServer {
  url: string;
  data: string;
  log: () => string;
  stop: () => Promise<void>;
}

function cli(args: string[], data: string, input?: string): string {
  return execFileSync(process.execPath, [TSX, CLI, ...args, '--data', data], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, YUSUAN_DATA: data },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export async function startServer(
  options: { demo?: boolean; users?: TestUser[] } = {},
): Promise<RunningServer> {
  const data = mkdtempSync(join(tmpdir(), 'yusuan-web-e2e-'));
  cli(['db', 'migrate'], data);
  for (const u of options.users ?? []) {
    const scope = [
      ...(u.region ? ['--region', u.region] : []),
      ...(u.department ? ['--department', u.department] : []),
      ...(u.unit ? ['--unit', u.unit] : []),
    ];
    cli(['user', 'add', u.name, '--role', u.role, ...scope, '--password-stdin'], data, `${u.password}\n`);
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [TSX, CLI, 'serve', '--port', '0', '--data', data, ...(options.demo ? ['--demo'] : [])],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, YUSUAN_DATA: data } },
  );
  let log = '';
  child.stdout?.on('data', (b: Buffer) => (log += b.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 170_000);
    child.stderr?.on('data', (b: Buffer) => {
      log += b.toString();
      const m = /(http:\/\/[\d.]+:\d+)/.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${log}`));
    });
  });
  return {
    url,
    data,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/** A signed-in API client for test set-up (the session cookie and the CSRF token, as the web app uses them). */
export async function apiSession(url: string, name: string, password: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (!login.ok) throw new Error(`login ${name}: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
}
