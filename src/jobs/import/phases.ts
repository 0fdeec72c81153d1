// Where an import's time goes, phase by phase, in its result: an operator sees what a slow load spent its time on,
// and the bulk-load bench (bench/scale-out.ts) reports it beside the raw-copy baseline.

export interface Phases {
  /** Close the running phase (if any) and start `name`. */
  begin(name: string): void;
  /** Seconds per phase, to a tenth, in the order they ran; the running phase is closed first. */
  seconds(): Record<string, number>;
}

export function startPhases(clock: () => number = () => performance.now()): Phases {
  const spent = new Map<string, number>();
  let running: { name: string; at: number } | null = null;
  const close = () => {
    if (!running) return;
    const now = clock();
    spent.set(running.name, (spent.get(running.name) ?? 0) + (now - running.at));
    running = null;
  };
  return {
    begin(name) {
      close();
      running = { name, at: clock() };
    },
    seconds() {
      close();
      return Object.fromEntries([...spent].map(([name, ms]) => [name, Math.round(ms / 100) / 10]));
    },
  };
}
