// Progress of long jobs: a bar with rows/s and ETA on a terminal (cli-progress), plain lines otherwise (logs, CI,
// a server). Jobs report through the Progress interface so the web import page can show the same figures.
import cliProgress from 'cli-progress';

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

/** A bar on a TTY (stderr), lines on stderr otherwise; totals are in "units" (bytes or rows). */
export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: '{phase} [{bar}] {percentage}% | {rate} 行/s | ETA {eta_formatted}',
        stream,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let t0 = Date.now();
    return {
      start(phase, total) {
        t0 = Date.now();
        bar.start(total ?? 1, 0, { phase, rate: 0 });
      },
      update(done, rows = done) {
        bar.update(done, { rate: Math.round(rows / Math.max(0.001, (Date.now() - t0) / 1000)) });
      },
      stop() {
        bar.stop();
      },
    };
  }
  const tracker = new ProgressTracker(
    (s) => {
      const pct = s.total ? ` ${Math.min(100, Math.floor((s.done / s.total) * 100))}%` : '';
      const eta = s.etaSeconds !== null ? ` ETA ${s.etaSeconds}s` : '';
      stream.write(
        `[${new Date().toISOString().slice(11, 19)}] ${s.phase}: ${s.rows} 行${pct} (${s.rowsPerSecond} 行/s)${eta}\n`,
      );
    },
    Number(process.env.HUKOU_PROGRESS_INTERVAL_MS ?? 2000),
  );
  return tracker;
}

export const silentProgress: Progress = { start() {}, update() {}, stop() {} };
