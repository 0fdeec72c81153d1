// Generator of the clause registry (src/domain/policy/clauses.data.json) from the shared plan text and clause
// table (clauses-source.ts). Run when ../shared/policy changes: `node --import tsx scripts/policy/gen-clauses.ts`;
// with `--check` it writes nothing and exits 1 when the committed file differs from what the sources give.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildClauses,
  CLAUSES_DATA_FILE,
  clausesJson,
  readSharedPolicy,
  SHARED_POLICY_DIR,
} from './clauses-source.ts';

const shared = readSharedPolicy();
if (!shared) {
  console.error(`${SHARED_POLICY_DIR.pathname}: clauses.md or the plan's text is missing`);
  process.exit(2);
}
const json = clausesJson(buildClauses(shared.table, shared.plan));
if (process.argv.includes('--check')) {
  const same = readFileSync(CLAUSES_DATA_FILE, 'utf8') === json;
  console.log(
    same ? 'clauses.data.json matches ../shared/policy' : 'clauses.data.json is out of date: regenerate it',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(CLAUSES_DATA_FILE, json);
console.log(`${JSON.parse(json).length} clauses written`);
