// Progress of long jobs: jobs report through the Progress interface; the CLI shows it on the terminal
// (src/cli/progress.ts), the web import page reads the tracked state, tests and the server stay silent.

export interface ProgressState {
  phase: string;
  /** Units done (rows, or bytes when the total is known only in bytes). */
  done: number;
  rows: number;
  total: number | null;
  rowsPerSecond: number;
  etaSeconds: number | null;
}

export interface Progress {
  start(phase: string, total: number | null): void;
  /** done in the unit of total; rows (default: done) drives the rows/s figure. */
  update(done: number, rows?: number): void;
  stop(): void;
}

export type ProgressListener = (state: ProgressState) => void;

/** Computes rate and ETA; listeners get at most one call per interval. */
export class ProgressTracker implements Progress {
  state: ProgressState = { phase: '', done: 0, rows: 0, total: null, rowsPerSecond: 0, etaSeconds: null };
  private started = 0;
  private last = 0;

  constructor(
    private readonly listener: ProgressListener,
    private readonly intervalMs = 1000,
  ) {}

  start(phase: string, total: number | null) {
    this.started = Date.now();
    this.last = 0;
    this.state = { phase, done: 0, rows: 0, total, rowsPerSecond: 0, etaSeconds: null };
    this.listener(this.state);
  }

  update(done: number, rows = done) {
    const now = Date.now();
    const elapsed = Math.max(0.001, (now - this.started) / 1000);
    const total = this.state.total;
    const eta = total && done > 0 ? Math.max(0, Math.round((elapsed * (total - done)) / done)) : null;
    this.state = { ...this.state, done, rows, rowsPerSecond: Math.round(rows / elapsed), etaSeconds: eta };
    if (now - this.last >= this.intervalMs) {
      this.last = now;
      this.listener(this.state);
    }
  }

  stop() {
    this.listener({ ...this.state, etaSeconds: 0 });
  }
}

export const silentProgress: Progress = { start() {}, update() {}, stop() {} };
