// hukou audit verify: check the hash chains of audit_log and registry_event (issue 13). Intact: exit 0 and
// {chains:[{table, rows, ok, lastSeq, headHash}]} on stdout. Broken: exit 7 (integrity-violation) and a message
// naming the table, chain_seq, row and kind of tamper.
import type { Command } from 'commander';
import { verifyAudit } from '../../app/audit/verify-audit.ts';
import { DomainError } from '../../domain/errors.ts';
import { consoleProgress } from '../progress.ts';
import { printJson, runCommand, withDeps } from '../run.ts';

export function register(program: Command) {
  const audit = program.command('audit').description('审计日志 / the audit log');
  audit
    .command('verify')
    .description('核验审计哈希链 / verify the hash chains of audit_log and registry_event')
    .action(() =>
      runCommand(() =>
        withDeps(async (deps) => {
          const result = await verifyAudit(deps, consoleProgress());
          if (result.anomaly) {
            const { table, kind, chainSeq, key } = result.anomaly;
            throw new DomainError(
              'integrity-violation',
              `审计链被篡改 / audit chain broken: ${result.anomaly.message}`,
              [
                {
                  path: `${table}.chain_seq.${chainSeq}`,
                  message: `${kind}${key === null ? '' : ` (row ${key})`}`,
                },
              ],
            );
          }
          printJson({ chains: result.chains });
        }),
      ),
    );
}
