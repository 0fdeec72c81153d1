// Generate a synthetic 昭通 of N persons (default 6.5 million) with the CLI and report wall time and peak memory.
// Usage: node --import tsx bench/generate.ts [--persons 6500000] [--out /tmp/hukou-bench/city-6500000]
import { rmSync } from 'node:fs';
import { arg, hukou, machine } from './import-support.ts';

const persons = Number(arg('persons', '6500000'));
const out = arg('out', `/tmp/hukou-bench/city-${persons}`);
rmSync(out, { recursive: true, force: true });
const r = hukou(['generate', '--persons', String(persons), '--seed', '2017', '--out', out]);
if (r.status !== 0) throw new Error(r.stderr);
const result = JSON.parse(r.stdout);
console.log(
  JSON.stringify(
    {
      persons,
      out,
      wallSeconds: Math.round(r.seconds * 10) / 10,
      peakMiB: r.peakMiB,
      files: result.files,
      summary: result.summary,
      machine: machine(),
    },
    null,
    2,
  ),
);
