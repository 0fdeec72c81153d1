// Registry changes of concurrent callers committed together (group commit, src/db/group-commit.ts): one statement,
// registry_apply_group (migration 0102), writes a group of change documents in one transaction, each in its own
// savepoint. One commit — one WAL flush, measured ~1.5 ms on this machine's disk — then serves the whole group
// instead of one change (docs/PERFORMANCE.md, Registry).
import { sql, type Kysely } from 'kysely';
import type { RegistryEvent } from '../../../domain/registry/events.ts';
import type { RegistryState } from '../../../domain/registry/model.ts';
import { GroupCommit } from '../../group-commit.ts';
import type { DB } from '../../schema.ts';
import type { AuditEntry } from '../audit.ts';
import { changeDocument, mapStale } from './projection.ts';

/** An error reported by registry_apply_group for one change, shaped like the driver's error for the same refusal. */
class GroupedChangeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly constraint: string | undefined,
  ) {
    super(message);
  }
}

type GroupOutcome = { code: string; message: string; constraint: string | null } | null;

/**
 * Write change documents (changeDocument) in one transaction, each in its own savepoint; one outcome per document:
 * null when written, else the error that refused it (nothing of it written). Committed when this resolves.
 */
export async function applyChangeGroup(db: Kysely<DB>, documents: string[]): Promise<Array<Error | null>> {
  // The documents are JSON text already: joined, not parsed and serialised again.
  const r = await sql<{
    outcomes: GroupOutcome[] | string;
  }>`select registry_apply_group(${`[${documents.join(',')}]`}::jsonb) as outcomes`.execute(db);
  const raw = r.rows[0]!.outcomes;
  const outcomes = typeof raw === 'string' ? (JSON.parse(raw) as GroupOutcome[]) : raw;
  return outcomes.map((o) => o && new GroupedChangeError(o.code, o.message, o.constraint ?? undefined));
}

// Groups of at most 64 changes (PostgreSQL caches 64 subtransaction ids per backend; beyond that every snapshot
// gets slower), 4 groups in flight: measured against 2 and 8 on 2 cores (docs/PERFORMANCE.md, Registry).
const groups = new WeakMap<Kysely<DB>, GroupCommit<string>>();

function groupFor(db: Kysely<DB>): GroupCommit<string> {
  let group = groups.get(db);
  if (!group) {
    group = new GroupCommit<string>((documents) => applyChangeGroup(db, documents), {
      maxGroup: 64,
      maxInFlight: 4,
    });
    groups.set(db, group);
  }
  return group;
}

/**
 * As writeEventIn (projection.ts), committed together with the changes of concurrent callers: resolves once committed; a refused
 * change rejects with the same errors as writeEventIn and writes nothing. Only for callers outside a transaction:
 * `db` must be the database itself, not a transaction.
 */
export async function writeEventGrouped(
  db: Kysely<DB>,
  before: RegistryState,
  next: RegistryState,
  event: RegistryEvent,
  audit?: AuditEntry,
) {
  try {
    await groupFor(db).submit(changeDocument(before, next, event, audit));
  } catch (e) {
    throw mapStale(e);
  }
}
