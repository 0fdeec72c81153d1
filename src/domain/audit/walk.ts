// Walking one chain in chain_seq order and naming the FIRST anomaly. Each row is checked two ways: its own hash
// (selfOk: prev_hash, chain_seq and content give row_hash) and its link (linkOk: prev_hash is the hash of the row
// accepted before it). chain_seq is inside the hash, so a row moved to another place fails selfOk there.
//   seq jumps ahead                      → rows deleted (the first missing seq is named)
//   seq repeats                          → a row inserted at an occupied place
//   !linkOk, prev = the hash two back   → the row before it inserted out of place (it was hashed to fit)
//   !linkOk, selfOk                      → the row before it edited and re-hashed
//   !linkOk, !selfOk                     → the row moved here (reordered) or forged
//   linkOk, !selfOk                      → the row edited
// At the end the head must name the last row: fewer rows than the head says is a truncated tail.
import { canonicalContent, GENESIS_HASH, linkHash, type ChainTable } from './chain.ts';

export type TamperKind = 'edited' | 'deleted' | 'inserted' | 'reordered' | 'truncated' | 'head-mismatch';

export interface ChainRow {
  seq: number;
  /** The table's own key (audit_log.id, registry_event.event_seq), as text. */
  key: string;
  prevHash: Buffer;
  rowHash: Buffer;
  /** The canonical field values, in the order of CHAINS[table].fields. */
  values: ReadonlyArray<string | null>;
}

export interface ChainHead {
  lastSeq: number;
  lastHash: Buffer;
}

export interface Anomaly {
  table: ChainTable;
  kind: TamperKind;
  chainSeq: number;
  /** The row named, when there is one (a deleted row is named by its place only). */
  key: string | null;
  message: string;
}

export class ChainWalker {
  rows = 0;
  private expectedSeq = 1;
  private lastHash: Buffer = GENESIS_HASH;
  private beforeLastHash: Buffer | null = null;
  private last: { seq: number; key: string } | null = null;
  anomaly: Anomaly | null = null;

  constructor(readonly table: ChainTable) {}

  private fail(kind: TamperKind, chainSeq: number, key: string | null, what: string): Anomaly {
    const row = key === null ? '' : ` (${this.table === 'audit_log' ? 'id' : 'event_seq'} ${key})`;
    this.anomaly = {
      table: this.table,
      kind,
      chainSeq,
      key,
      message: `${this.table} chain_seq ${chainSeq}${row}: ${kind} — ${what}`,
    };
    return this.anomaly;
  }

  /** Take the next row; returns the first anomaly once found (later rows are not looked at). */
  push(row: ChainRow): Anomaly | null {
    if (this.anomaly) return this.anomaly;
    if (row.seq > this.expectedSeq) {
      const missing = row.seq - this.expectedSeq;
      return this.fail(
        'deleted',
        this.expectedSeq,
        null,
        `${missing} row(s) missing before chain_seq ${row.seq}${this.keyNote(row)}`,
      );
    }
    if (row.seq < this.expectedSeq)
      return this.fail('inserted', row.seq, row.key, 'a second row at an occupied place');
    const selfOk = linkHash(row.prevHash, row.seq, canonicalContent(row.values)).equals(row.rowHash);
    const linkOk = row.prevHash.equals(this.lastHash);
    if (!linkOk && this.last && this.beforeLastHash && row.prevHash.equals(this.beforeLastHash)) {
      return this.fail(
        'inserted',
        this.last.seq,
        this.last.key,
        `the row after it links past it (to chain_seq ${this.last.seq - 1})`,
      );
    }
    if (!linkOk && selfOk && this.last) {
      return this.fail(
        'edited',
        this.last.seq,
        this.last.key,
        'rewritten and re-hashed: the next row does not link to it',
      );
    }
    if (!linkOk)
      return this.fail(
        'reordered',
        row.seq,
        row.key,
        'neither its hash nor its link fits this place: moved here or forged',
      );
    if (!selfOk) return this.fail('edited', row.seq, row.key, 'its content does not match its hash');
    this.beforeLastHash = this.lastHash;
    this.lastHash = row.rowHash;
    this.last = { seq: row.seq, key: row.key };
    this.expectedSeq = row.seq + 1;
    this.rows++;
    return null;
  }

  /** After the last row: the head must name it. */
  finish(head: ChainHead | null): Anomaly | null {
    if (this.anomaly) return this.anomaly;
    const lastSeq = this.expectedSeq - 1;
    if (!head) return this.fail('head-mismatch', lastSeq, null, 'the chain head is missing');
    if (head.lastSeq > lastSeq) {
      return this.fail(
        'truncated',
        lastSeq + 1,
        null,
        `the head says ${head.lastSeq} rows, ${lastSeq} found: the tail from chain_seq ${lastSeq + 1} is gone`,
      );
    }
    if (head.lastSeq < lastSeq)
      return this.fail('inserted', head.lastSeq + 1, null, `rows after the head (chain_seq ${head.lastSeq})`);
    if (!head.lastHash.equals(this.lastHash))
      return this.fail(
        'head-mismatch',
        lastSeq,
        this.last?.key ?? null,
        'the head hash does not match the last row',
      );
    return null;
  }

  get lastSeq(): number {
    return this.expectedSeq - 1;
  }

  get headHash(): string {
    return this.lastHash.toString('hex');
  }

  private keyNote(row: ChainRow): string {
    return ` (the next row present is ${this.table === 'audit_log' ? 'id' : 'event_seq'} ${row.key})`;
  }
}
