// hukou tokens create|list|revoke: API tokens for department systems (T13.2). The token is printed once, at creation.
import type { Command } from 'commander';
import { createToken } from '../../app/tokens/create-token.ts';
import { listTokens } from '../../app/tokens/list-tokens.ts';
import { revokeToken } from '../../app/tokens/revoke-token.ts';
import { TOKEN_MAX_DAYS, TOKEN_SCOPES } from '../../domain/access/tokens.ts';
import { CLI_CONTEXT, invalidArgument, printJson, runCommand, withDeps } from '../run.ts';

export function register(program: Command) {
  const tokens = program
    .command('tokens')
    .description('部门系统接口令牌 / API tokens for department systems');
  tokens
    .command('create')
    .description('新建令牌（令牌仅显示这一次）/ create a token (shown only once)')
    .requiredOption('--name <name>', '名称，如 教育局学籍系统 / name')
    .requiredOption('--department <department>', '部门，如 教育局 / department')
    .requiredOption('--jurisdiction <code>', '辖区区划代码 / division code (4, 6 or 9 digits)')
    .requiredOption('--scopes <list>', `权限范围，逗号分隔 / comma-separated: ${TOKEN_SCOPES.join(', ')}`)
    .requiredOption('--expires-days <n>', `有效天数（最长 ${TOKEN_MAX_DAYS}）/ days until expiry`)
    .action((o) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const days = Number(o.expiresDays);
          if (!Number.isInteger(days)) throw invalidArgument('expiresInDays', '有效天数须为整数');
          const scopes = String(o.scopes)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          printJson(
            await createToken(deps, CLI_CONTEXT, {
              name: o.name,
              department: o.department,
              jurisdiction: o.jurisdiction,
              scopes,
              expiresInDays: days,
            }),
          );
        }),
      ),
    );
  tokens
    .command('list')
    .description('列出令牌（不含令牌本身）/ list tokens (never the token)')
    .action(() =>
      runCommand(() => withDeps(async (deps) => printJson((await listTokens(deps, CLI_CONTEXT)).tokens))),
    );
  tokens
    .command('revoke')
    .description('吊销令牌 / revoke a token')
    .argument('<id>')
    .action((id: string) =>
      runCommand(() =>
        withDeps(async (deps) => {
          if (!/^\d+$/.test(id)) throw invalidArgument('id', '令牌编号须为数字');
          printJson(await revokeToken(deps, CLI_CONTEXT, Number(id)));
        }),
      ),
    );
}
