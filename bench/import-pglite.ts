// Import a generated city into a fresh embedded database (PGlite on disk) with the CLI; persons/s and peak memory.
// Usage: node --import tsx bench/import-pglite.ts [--persons 1000000] [--city DIR] [--runs 3] [--baseline CHECKOUT]
// --baseline: another checkout of this repository (e.g. `git worktree add /tmp/base <commit>` with node_modules
// linked) whose CLI imports the same city in the same run, alternating with this one, so both see the same load.
import { rmSync } from 'node:fs';
import { arg, ensureCity, hukou, loadAverage, machine, median, ROOT } from './import-support.ts';

const persons = Number(arg('persons', '1000000'));
const city = arg('city', `/tmp/hukou-bench/city-${persons}`);
const runs = Number(arg('runs', '1'));
const baseline = process.argv.includes('--baseline') ? arg('baseline', '') : null;
ensureCity(persons, city);

function importOnce(root: string) {
  const dataDir = `/tmp/hukou-bench/pglite-${persons}`;
  rmSync(dataDir, { recursive: true, force: true });
  // Open and migrate first, so the timed run is the import alone (plus process start).
  const env = { HUKOU_DATA_DIR: dataDir, DATABASE_URL: '' };
  const m = hukou(['migrate'], env, root);
  if (m.status !== 0) throw new Error(m.stderr);
  const load = loadAverage();
  const r = hukou(['import', '--dir', city], env, root);
  if (r.status !== 0) throw new Error(r.stderr);
  const result = JSON.parse(r.stdout);
  return {
    persons: result.counts.persons as number,
    households: result.counts.households as number,
    importSeconds: result.seconds as number,
    processSeconds: Math.round(r.seconds * 10) / 10,
    personsPerSecond: Math.round(result.counts.persons / result.seconds),
    peakMiB: r.peakMiB,
    loadBefore: load,
  };
}

const sides: Array<[string, string]> = baseline
  ? [
      ['this', ROOT],
      ['baseline', baseline],
    ]
  : [['this', ROOT]];
const results: Record<string, Array<ReturnType<typeof importOnce>>> = Object.fromEntries(
  sides.map(([name]) => [name, []]),
);
for (let i = 0; i < runs; i++) {
  for (const [name, root] of sides) {
    const r = importOnce(root);
    results[name]!.push(r);
    console.error(
      `${name} run ${i + 1}: ${r.importSeconds} s, ${r.personsPerSecond} persons/s (load ${r.loadBefore})`,
    );
  }
}
console.log(
  JSON.stringify(
    {
      persons: results.this![0]!.persons,
      households: results.this![0]!.households,
      ...Object.fromEntries(
        sides.map(([name, root]) => [
          name,
          {
            checkout: root,
            medianPersonsPerSecond: median(results[name]!.map((r) => r.personsPerSecond)),
            runs: results[name],
          },
        ]),
      ),
      machine: machine(),
    },
    null,
    2,
  ),
);
