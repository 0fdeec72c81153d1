// The pass of the quality scan alone, without the server: the rows come from a file holding the same COPY text the
// server streams (written once with psql), so this side's cost per person is measured apart from the database.
//   psql -d hukou_bench_quality_N -c "\copy (<ACTIVE_PERSONS_SELECT of person-stream.ts>) to FILE"
//   node --import tsx bench/quality-pass.ts --file FILE [--repeat 2]
// The command to write FILE is printed when it is missing. Figures go to docs/PERFORMANCE.md (Quality).
import { createReadStream, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ACTIVE_PERSONS_SELECT } from '../src/db/repositories/quality/person-stream.ts';
import { forgetNameForms, qualityParameters } from '../src/domain/quality/index.ts';
import { runRegisterPass, type RegisterSource } from '../src/jobs/quality-scan/register-pass.ts';
import { loadParameterSet } from '../src/policy-data/load.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const file = arg('file', '/tmp/hukou-quality-6500000/active.tsv');
if (!existsSync(file)) {
  console.error(
    `missing ${file}; write it with:\n  psql -h 127.0.0.1 -U postgres -d hukou_bench_quality_6500000 -c "\\copy (${ACTIVE_PERSONS_SELECT}) to ${file}"`,
  );
  process.exit(2);
}

const fromFile: RegisterSource = async (onChunk) => {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>)
    onChunk(chunk);
};

const params = qualityParameters(loadParameterSet(), '2023-01-02');
// Every run is a first run, as a real scan is: the name forms are let go after each, as the scan does.
for (let run = 1; run <= Number(arg('repeat', '1')); run++) {
  const started = process.hrtime.bigint();
  const pass = await runRegisterPass(fromFile, params, new Set());
  forgetNameForms();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    JSON.stringify({
      run,
      file,
      persons: pass.persons,
      seconds: Math.round(seconds * 100) / 100,
      microsPerPerson: Math.round((seconds * 1e7) / pass.persons) / 10,
      findings: pass.findings.length,
      grayPairs: pass.grayPairs,
      comparedPairs: pass.comparedPairs,
      sharedBodies: pass.sharedNumbers.length,
      names: pass.names,
      nameKeys: pass.nameKeys,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      load: loadavg()
        .map((x) => x.toFixed(1))
        .join(' '),
    }),
  );
}
