// The write-output use case: a file that a command produces, written all-or-nothing, never over one
// of the run's inputs (code `output-is-input`), and over an existing file only when the caller says
// so (code `output-exists` otherwise). The caller decides how to ask (a flag, a prompt, an API field).
import { resolve } from 'node:path';
import { YusuanError } from '../core/errors.js';
import type { FileSink, FileSource } from './ports.js';

export type OutputState = 'new' | 'exists';

/** Whether `out` may be written; throws `output-is-input` when it is (or links to) one of `inputs`. */
export async function checkOutput(
  ports: { files: FileSource },
  out: string,
  inputs: readonly string[],
): Promise<OutputState> {
  const outId = await ports.files.identity(out);
  for (const input of inputs) {
    const same =
      resolve(input) === resolve(out) || (outId !== null && outId === (await ports.files.identity(input)));
    if (same) {
      throw new YusuanError('output-is-input', `输出文件不能是输入文件：${out}（请用 -o 指定另一个文件）`, {
        file: out,
        input,
      });
    }
  }
  return outId === null ? 'new' : 'exists';
}

export async function writeOutput(
  ports: { files: FileSource; sink: FileSink },
  out: string,
  bytes: Uint8Array,
  options: { inputs: readonly string[]; overwrite: boolean },
): Promise<void> {
  await checkOutput(ports, out, options.inputs);
  await ports.sink.write(out, bytes, { overwrite: options.overwrite });
}
