// `yusuan user add NAME --role ROLE [--region CODE] [--department CODE] [--unit CODE] --password-stdin`
// and `yusuan token create NAME` (prints the new API token alone on stdout).
import type { Command } from 'commander';
import { addUser, createToken, YusuanError } from '../../app/index.js';
import { guarded } from '../output.js';
import { addStoreOption, withStore } from '../store-options.js';
import type { StoreFlags } from '../store-options.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface UserFlags extends StoreFlags {
  role: string;
  region?: string;
  department?: string;
  unit?: string;
  passwordStdin?: boolean;
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('用户管理');
  addStoreOption(
    user
      .command('add')
      .description('新建用户')
      .argument('<name>', '用户名')
      .requiredOption(
        '--role <role>',
        '角色：admin、reviewer（财政局，需 --region）、department（主管部门）、unit（预算单位）',
      )
      .option('--region <code>', '行政区划代码（6 位）')
      .option('--department <code>', '部门代码（3 位，单位代码的前三位）')
      .option('--unit <code>', '单位代码（6 位）')
      .option('--password-stdin', '从标准输入读取密码（第一行）'),
  ).action(
    guarded(async (name: string, flags: UserFlags) => {
      if (!flags.passwordStdin) throw new YusuanError('usage', '请用 --password-stdin 从标准输入提供密码');
      const password = (await readStdin()).split(/\r?\n/)[0] ?? '';
      const created = await withStore(flags, (store) =>
        addUser(store, {
          name,
          role: flags.role,
          region: flags.region,
          department: flags.department,
          unit: flags.unit,
          password,
        }),
      );
      const scope = [created.region, created.department, created.unit].filter(Boolean).join(' ');
      process.stderr.write(`已新建用户 ${created.name}（${created.role}${scope ? ' ' + scope : ''}）\n`);
    }),
  );

  const token = program.command('token').description('API 令牌');
  addStoreOption(
    token
      .command('create')
      .description('为用户新建 API 令牌，只在标准输出打印令牌本身')
      .argument('<name>', '用户名')
      .option('--label <text>', '令牌的名称', 'cli'),
  ).action(
    guarded(async (name: string, flags: StoreFlags & { label: string }) => {
      const t = await withStore(flags, (store) => createToken(store, name, flags.label));
      process.stdout.write(t + '\n');
    }),
  );
}
