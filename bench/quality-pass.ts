// The ordered pass of the quality scan alone, without the server: the rows come from a file holding the same COPY
// text the server streams (written once with psql), so this side's cost per person is measured apart from the sort.
//   psql -d hukou_bench_quality_N -c "\copy (<ORDERED_SELECT of person-stream.ts>) to FILE"
//   node --import tsx bench/quality-pass.ts --file FILE [--cpu-prof]
// The command to write FILE is printed when it is missing. Figures go to docs/PERFORMANCE.md (Quality).
import { createReadStream, existsSync } from 'node:fs';
import { copyRows } from '../src/db/copy-text.ts';
import { ORDERED_SELECT } from '../src/db/repositories/quality/person-stream.ts';
import { qualityParameters } from '../src/domain/quality/index.ts';
import { runOrderedPass, type OrderedSource } from '../src/jobs/quality-scan/ordered-pass.ts';
import { loadParameterSet } from '../src/policy-data/load.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const file = arg('file', '/tmp/hukou-quality-6500000/ordered.tsv');
if (!existsSync(file)) {
  const select = ORDERED_SELECT.replace(/\s+/g, ' ');
  console.error(`missing ${file}; write it with:\n  psql -h 127.0.0.1 -U postgres -d hukou_bench_quality_6500000 -c "\\copy (${select}) to ${file}"`);
  process.exit(2);
}

const fromFile: OrderedSource = async (onBatch) => {
  let persons = 0;
  for await (const batch of copyRows(createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>)) {
    persons += batch.length;
    onBatch(batch);
  }
  return { persons, ranges: 1 };
};

const params = qualityParameters(loadParameterSet(), '2023-01-02');
// The first run pays for every distinct name's pinyin and keys (a real scan is always a first run); a second run in
// the same process shows the cost per person once those are known.
for (let run = 1; run <= Number(arg('repeat', '1')); run++) {
const started = process.hrtime.bigint();
const pass = await runOrderedPass(fromFile, params, new Set());
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({
  run, file, persons: pass.persons, seconds: Math.round(seconds * 100) / 100, microsPerPerson: Math.round((seconds * 1e7) / pass.persons) / 10,
  findings: pass.findings.length, grayPairs: pass.gray.length, comparedPairs: pass.comparedPairs, sharedBodies: pass.sharedNumbers.length,
  peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), load: (await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' '),
}));
}
