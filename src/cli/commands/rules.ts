// PLACEHOLDER — being written (helper E): `yusuan rules`.
import type { Command } from 'commander';

export function registerRules(_program: Command): void {}
