// Coalescing of concurrent callers' statements: items that arrive while the statements in flight run wait and go
// together in the next one. One round trip then serves many callers — on a loaded 2-core machine each round trip
// costs the database more CPU (protocol, system calls, a snapshot) than a small indexed read itself
// (docs/PERFORMANCE.md, Registry). With nothing in flight an item goes at once: a quiet server adds no latency.
// Used for grouped reads (registry slices) and, through GroupCommit, for grouped writes.

/** A flush's answer for an item it refused; the item's caller gets `error`. */
export class Refused {
  constructor(readonly error: unknown) {}
}

/** Handle a group: one answer per item, in order. Throwing fails every item of the group. */
export type Flush<I, R> = (items: I[]) => Promise<Array<R | Refused>>;

export interface CoalesceOptions {
  /** Items per group: bounds one statement's size (and a transaction's locks). */
  maxGroup: number;
  /** Groups in flight at once, each on its own connection. */
  maxInFlight: number;
}

interface Waiting<I, R> {
  item: I;
  resolve(value: R): void;
  reject(e: unknown): void;
}

export class Coalescer<I, R> {
  private queue: Array<Waiting<I, R>> = [];
  private inFlight = 0;

  constructor(
    private readonly flush: Flush<I, R>,
    private readonly options: CoalesceOptions,
  ) {}

  /** The item's answer, once its group's flush has finished. */
  submit(item: I): Promise<R> {
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
        let answers: Array<R | Refused>;
        try {
          answers = await this.flush(group.map((w) => w.item));
          if (answers.length !== group.length)
            throw new Error(`coalesce: ${answers.length} answers for ${group.length} items`);
        } catch (e) {
          for (const w of group) w.reject(e);
          continue;
        }
        group.forEach((w, i) => {
          const answer = answers[i]!;
          if (answer instanceof Refused) w.reject(answer.error);
          else w.resolve(answer);
        });
      }
    } finally {
      this.inFlight--;
    }
  }
}
