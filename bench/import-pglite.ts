// Import a generated city into a fresh embedded database (PGlite on disk) with the CLI; persons/s and peak memory.
// Usage: node --import tsx bench/import-pglite.ts [--persons 1000000] [--city DIR]
import { rmSync } from 'node:fs';
import { arg, ensureCity, hukou, machine } from './import-support.ts';

const persons = Number(arg('persons', '1000000'));
const city = arg('city', `/tmp/hukou-bench/city-${persons}`);
ensureCity(persons, city);
const dataDir = `/tmp/hukou-bench/pglite-${persons}`;
rmSync(dataDir, { recursive: true, force: true });
// Open and migrate first, so the timed run is the import alone (plus process start).
const m = hukou(['migrate'], { HUKOU_DATA_DIR: dataDir, DATABASE_URL: '' });
if (m.status !== 0) throw new Error(m.stderr);
const r = hukou(['import', '--dir', city], { HUKOU_DATA_DIR: dataDir, DATABASE_URL: '' });
if (r.status !== 0) throw new Error(r.stderr);
const result = JSON.parse(r.stdout);
console.log(JSON.stringify({
  persons: result.counts.persons,
  households: result.counts.households,
  importSeconds: result.seconds,
  processSeconds: Math.round(r.seconds * 10) / 10,
  personsPerSecond: Math.round(result.counts.persons / result.seconds),
  peakMiB: r.peakMiB,
  machine: machine(),
}, null, 2));
