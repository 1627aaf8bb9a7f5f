// PLACEHOLDER — being written (helper F): `yusuan publish FILE --format html|xlsx|pdf|text [-o OUT]`.
import type { Command } from 'commander';

export function registerPublish(_program: Command): void {}
