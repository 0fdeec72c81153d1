// Group commit: independent writes of concurrent callers, coalesced (coalesce.ts) into one transaction. One commit
// (one WAL flush, one round trip, one statement) then serves many callers, which is what a write-heavy path on few
// cores runs out of first (docs/PERFORMANCE.md, Registry). Items that arrive while the writers are busy wait and go
// together in the next group; with the writers idle an item goes at once, so a quiet server adds no latency.
//
// Contract of the flush: write every item of the group in ONE transaction, each under its own savepoint, and return
// one outcome per item in order — null when written, else the error that refused it (its savepoint rolled back, so
// a refused item writes nothing while the others commit). A caller is answered only after the group's commit: when
// the flush itself fails (the transaction did not commit), every caller of the group gets that error.
import { Coalescer, Refused, type CoalesceOptions } from './coalesce.ts';

export type GroupFlush<I> = (items: I[]) => Promise<Array<unknown | null>>;

export type GroupCommitOptions = CoalesceOptions;

/** The coalescer of writes: resolves once the item is committed; rejects with the item's own error (nothing of it written). */
export class GroupCommit<I> {
  private readonly coalescer: Coalescer<I, void>;

  constructor(flush: GroupFlush<I>, options: GroupCommitOptions) {
    this.coalescer = new Coalescer<I, void>(
      async (items) =>
        (await flush(items)).map((error) =>
          error === null || error === undefined ? undefined : new Refused(error),
        ),
      options,
    );
  }

  submit(item: I): Promise<void> {
    return this.coalescer.submit(item);
  }
}
