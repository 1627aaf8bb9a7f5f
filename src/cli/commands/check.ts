// PLACEHOLDER — being written (helper E): `yusuan check FILE… [--json] [--min-severity warning]`.
import type { Command } from 'commander';

export function registerCheck(_program: Command): void {}
