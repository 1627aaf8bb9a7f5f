// The file system behind the FileSource and FileSink ports. Reads are bounded (a device such as
// /dev/zero or a pipe is read only up to the limit); folders expand recursively in a stable
// (code-point) order; writes go to a temporary file in the target folder, are flushed, and are
// renamed into place (or linked, when an existing file must not be replaced), so nothing is ever
// half-written and a failure leaves the old file as it was.
import { randomBytes } from 'node:crypto';
import { link, open, opendir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isYusuanError, tooLargeInfo, YusuanError } from '../core/errors.js';

const CHUNK = 1 << 20;

function systemReason(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? '未知原因';
}

function readError(path: string, e: unknown): YusuanError {
  if (isYusuanError(e)) return e;
  const code = systemReason(e);
  if (code === 'ENOENT') return new YusuanError('file-not-found', `文件不存在：${path}`, { file: path });
  if (code === 'EISDIR') return new YusuanError('is-directory', `是目录而不是文件：${path}`, { file: path });
  return new YusuanError('file-unreadable', `无法读取文件：${path}（${code}）`, { file: path, reason: code });
}

function tooLarge(path: string, maxBytes: number, size?: number): YusuanError {
  return YusuanError.from(tooLargeInfo(path, maxBytes, size));
}

/** Reads at most `maxBytes` bytes of a file; more is `too-large`, whatever kind of file it is. */
export async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw readError(path, e);
  }
  try {
    const s = await handle.stat();
    if (s.isDirectory()) throw new YusuanError('is-directory', `是目录而不是文件：${path}`, { file: path });
    if (s.isFile() && s.size > maxBytes) throw tooLarge(path, maxBytes, s.size);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buf = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total) || 1);
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, maxBytes);
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    }
    if (chunks.length === 1 && chunks[0]) return chunks[0];
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch (e) {
    throw readError(path, e);
  } finally {
    await handle.close();
  }
}

/** Every file under a folder, recursively, in code-point order of names; hidden entries included. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries: { name: string; isDir: boolean }[] = [];
  for await (const d of await opendir(dir)) {
    let isDir = d.isDirectory();
    if (d.isSymbolicLink()) isDir = (await stat(join(dir, d.name)).catch(() => null))?.isDirectory() ?? false;
    entries.push({ name: d.name, isDir });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDir) yield* walk(path);
    else yield path;
  }
}

/** The given paths with each folder replaced by its files; files and missing paths pass through. */
export async function* expandPaths(paths: readonly string[]): AsyncGenerator<string> {
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) yield* walk(p);
    else yield p;
  }
}

export async function fileIdentity(path: string): Promise<string | null> {
  const s = await stat(path).catch(() => null);
  return s ? `${s.dev}:${s.ino}` : null;
}

function writeError(path: string, e: unknown): YusuanError {
  if (isYusuanError(e)) return e;
  const code = systemReason(e);
  return new YusuanError('cannot-write', `无法写入输出文件：${path}（${code}）`, {
    file: path,
    reason: code,
  });
}

/** All-or-nothing write through a temporary file in the same folder. */
export async function writeAtomic(
  path: string,
  bytes: Uint8Array,
  options: { overwrite: boolean },
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
  } catch (e) {
    throw writeError(path, e);
  }
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await rename(temp, path);
    } else {
      // link() refuses an existing target, so a file that appeared meanwhile is never replaced.
      await link(temp, path).catch((e: unknown) => {
        if (systemReason(e) === 'EEXIST')
          throw new YusuanError('output-exists', `输出文件已存在：${path}（用 --force 覆盖）`, {
            file: path,
          });
        throw e;
      });
      await unlink(temp);
    }
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw writeError(path, e);
  }
}
