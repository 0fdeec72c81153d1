// Group commit: independent writes of concurrent callers, coalesced into one transaction. One commit (one WAL flush,
// one round trip, one statement) then serves many callers, which is what a write-heavy path on few cores runs out
// of first (docs/PERFORMANCE.md, Registry). Items that arrive while the writers are busy wait and go together in the
// next group; with the writers idle an item goes at once, so a quiet server adds no latency (no timer window).
//
// Contract of the flush: write every item of the group in ONE transaction, each under its own savepoint, and return
// one outcome per item in order — null when written, else the error that refused it (its savepoint rolled back, so
// a refused item writes nothing while the others commit). A caller is answered only after the group's commit: when
// the flush itself fails (the transaction did not commit), every caller of the group gets that error.
export type GroupFlush<I> = (items: I[]) => Promise<Array<unknown | null>>;

export interface GroupCommitOptions {
  /** Items per group: keeps one transaction's locks and statement size bounded. */
  maxGroup: number;
  /** Groups in flight at once, each on its own connection. */
  maxInFlight: number;
}

interface Waiting<I> {
  item: I;
  resolve(): void;
  reject(e: unknown): void;
}

export class GroupCommit<I> {
  private queue: Array<Waiting<I>> = [];
  private inFlight = 0;

  constructor(
    private readonly flush: GroupFlush<I>,
    private readonly options: GroupCommitOptions,
  ) {}

  /** Resolves once the item is committed; rejects with the item's own error (nothing of it written). */
  submit(item: I): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.inFlight < this.options.maxInFlight) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.inFlight++;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.options.maxGroup);
        let outcomes: Array<unknown | null>;
        try {
          outcomes = await this.flush(group.map((w) => w.item));
          if (outcomes.length !== group.length) throw new Error(`group commit: ${outcomes.length} outcomes for ${group.length} items`);
        } catch (e) {
          for (const w of group) w.reject(e);
          continue;
        }
        group.forEach((w, i) => {
          const error = outcomes[i];
          if (error === null || error === undefined) w.resolve();
          else w.reject(error);
        });
      }
    } finally {
      this.inFlight--;
    }
  }
}
