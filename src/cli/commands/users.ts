// hukou users add|list|passwd: user administration from the terminal (the first admin of a real install).
import type { Command } from 'commander';
import { addUser, listAllUsers } from '../../app/users/manage-users.ts';
import { resetPassword, setUserActive } from '../../app/users/administer-user.ts';
import { CLI_CONTEXT, printJson, runCommand, withDeps } from '../run.ts';

export function register(program: Command) {
  const users = program.command('users').description('用户管理 / manage users');
  users
    .command('add')
    .description('新增用户 / add a user')
    .requiredOption('--username <name>')
    .requiredOption('--name <displayName>', '姓名 / display name')
    .requiredOption(
      '--role <role>',
      'admin | station-clerk | county-officer | city-officer | department-officer | supervisor',
    )
    .requiredOption('--jurisdiction <code>', '辖区区划代码 / division code (4, 6 or 9 digits)')
    .option('--department <name>', '部门 / department (for department-officer)')
    .option('--password <password>', '密码 (或环境变量 HUKOU_PASSWORD) / password (or env HUKOU_PASSWORD)')
    .action((o) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const r = await addUser(deps, CLI_CONTEXT, {
            username: o.username,
            displayName: o.name,
            role: o.role,
            jurisdiction: o.jurisdiction,
            department: o.department ?? null,
            password: o.password ?? process.env.HUKOU_PASSWORD ?? '',
          });
          printJson({ id: r.id, username: o.username });
        }),
      ),
    );
  users
    .command('list')
    .description('列出用户 / list users')
    .action(() => runCommand(() => withDeps(async (deps) => printJson(await listAllUsers(deps)))));
  users
    .command('passwd')
    .description('修改密码 / change a password')
    .argument('<username>')
    .option('--password <password>', '新密码 (或环境变量 HUKOU_PASSWORD)')
    .action((username: string, o) =>
      runCommand(() =>
        withDeps(async (deps) => {
          await resetPassword(deps, CLI_CONTEXT, username, {
            password: o.password ?? process.env.HUKOU_PASSWORD ?? '',
          });
          printJson({ username, changed: true });
        }),
      ),
    );
  for (const [name, active] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    users
      .command(name)
      .description(
        active
          ? '启用用户 / enable a user'
          : '停用用户（立即结束其会话）/ disable a user (ends their sessions)',
      )
      .argument('<username>')
      .action((username: string) =>
        runCommand(() =>
          withDeps(async (deps) => {
            await setUserActive(deps, CLI_CONTEXT, username, active);
            printJson({ username, active });
          }),
        ),
      );
  }
}
