// `hukou audit verify` (issue 13): walk both hash chains in chain order over one snapshot, recompute every row's
// hash from its content and the hash before it, and name the first row edited, deleted, inserted out of place or
// reordered, or a truncated tail. Rows are streamed (src/db/repositories/audit-chain.ts), never held.
import type { AppDeps } from '../context.ts';
import { withChainReader } from '../../db/repositories/audit-chain.ts';
import { CHAIN_TABLES, type ChainTable } from '../../domain/audit/chain.ts';
import { ChainWalker, type Anomaly } from '../../domain/audit/walk.ts';
import { silentProgress, type Progress } from '../../jobs/progress.ts';

export interface ChainSummary {
  table: ChainTable;
  rows: number;
  ok: boolean;
  lastSeq: number;
  /** The hash of the last row: written down elsewhere (logs), it anchors the chain against a rewrite from a point. */
  headHash: string;
}

export interface VerifyResult {
  chains: ChainSummary[];
  /** The first anomaly found, in the order of CHAIN_TABLES; null when both chains are intact. */
  anomaly: Anomaly | null;
}

export async function verifyAudit(
  deps: Pick<AppDeps, 'database'>,
  progress: Progress = silentProgress,
): Promise<VerifyResult> {
  return withChainReader(deps.database, async (reader) => {
    const chains: ChainSummary[] = [];
    let anomaly: Anomaly | null = null;
    for (const table of CHAIN_TABLES) {
      const walker = new ChainWalker(table);
      const head = reader.heads.get(table) ?? null;
      if (!anomaly) {
        progress.start(`核验 / verify ${table}`, head?.lastSeq ?? null);
        await reader.rows(table, (row) => {
          if (walker.push(row)) return false;
          if (walker.rows % 10_000 === 0) progress.update(walker.rows);
        });
        progress.update(walker.rows);
        progress.stop();
        anomaly = walker.finish(head);
      }
      const ok = !walker.anomaly && !anomaly;
      chains.push({ table, rows: walker.rows, ok, lastSeq: walker.lastSeq, headHash: walker.headHash });
    }
    return { chains, anomaly };
  });
}
