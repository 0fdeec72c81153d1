// The terminal's progress display for long commands (import, export, generate, scans, simulate, audit verify):
// the CLI's own, since only a terminal shows a bar. The engines report through the Progress contract of
// src/jobs/progress.ts and never know how it is shown.
import cliProgress from 'cli-progress';
import { ProgressTracker, type Progress } from '../jobs/progress.ts';

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
