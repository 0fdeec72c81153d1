// The pass of the whole-register scan (T12) over every active person, read once as COPY text in the table's own
// order. Each row gets the single-record checks as it arrives (while the server is still sending) and leaves
// behind a few numbers: its (birth date, sex) block, its name's id, a hash of its household id. Then the rows are
// grouped by block with a counting sort, each block is searched for probable duplicates, and the pairs that
// household evidence can still decide are decided with the households read from the same held rows.
import {
  NameCounts,
  NameKeyIndex,
  checkPerson,
  decideGrayPairs,
  decidePairs,
  grownInt32,
  idNumberPlainlyAgreesAt,
  type CandidateRow,
  type Finding,
  type PairRows,
  type QualityParameters,
} from '../../domain/quality/index.ts';
import {
  COLUMN,
  SCAN_COLUMNS,
  streamActivePersons,
  type ScanFields,
} from '../../db/repositories/quality/person-stream.ts';
import type { Database } from '../../db/connection.ts';
import { HeldRows, fieldBounds } from './held-rows.ts';
import { IdNumberBodies } from './shared-numbers.ts';
import { Column } from '../import/keyset.ts';
import { householdHashOfBytes, householdMembers, mayBeBlank, unescaped } from './row-bytes.ts';
import { BlockIds } from './block-ids.ts';
import { HouseholdSizes } from './household-sizes.ts';

export interface PassResult {
  persons: number;
  /** Findings of single records and of pairs; householdNos hold household ids until the scan maps them. */
  findings: Finding[];
  comparedPairs: number;
  skippedBlocks: number;
  grayPairs: number;
  /** Numbers under which an ID-number body shared by several active persons may be registered. */
  sharedNumbers: string[][];
  /** Distinct names and name keys of the register. */
  names: number;
  nameKeys: number;
}

/** Where the rows come from: the register, or in a benchmark a file of the same COPY text. */
export type RegisterSource = (onChunk: (chunk: Uint8Array) => void) => Promise<void>;

export function registerSource(database: Database): RegisterSource {
  return (onChunk) => streamActivePersons(database, onChunk);
}

/** A record for the detectors; householdNo carries the household id until the scan maps ids to numbers. */
export function candidateOf(f: ScanFields): CandidateRow {
  return {
    personId: f[COLUMN.person_id]!,
    idNumber: f[COLUMN.id_number] ?? '',
    name: f[COLUMN.name] ?? null,
    sex: f[COLUMN.sex] ?? null,
    birthDate: f[COLUMN.birth_date] ?? null,
    ethnicity: f[COLUMN.ethnicity] ?? null,
    relation: f[COLUMN.relation] ?? null,
    householdNo: f[COLUMN.household_id] ?? null,
    countyCode: f[COLUMN.county_code] ?? '',
    formerName: f[COLUMN.former_name] ?? null,
    birthPlace: f[COLUMN.birth_place] ?? null,
    nativePlace: f[COLUMN.native_place] ?? null,
    householdKind: f[COLUMN.household_kind] || null,
    formerType: f[COLUMN.former_type] || null,
  };
}

const YIELD_EVERY_MS = 50;

/** The registration card's required items as scan columns: a row blank in any gets the full check. */
const REQUIRED_COLUMNS = [
  COLUMN.id_number,
  COLUMN.name,
  COLUMN.sex,
  COLUMN.birth_date,
  COLUMN.ethnicity,
  COLUMN.relation,
  COLUMN.household_id,
];
const {
  id_number: ID,
  name: NAME,
  sex: SEX,
  birth_date: DATE,
  household_id: HOUSEHOLD,
  former_name: FORMER,
} = COLUMN;

export async function runRegisterPass(
  source: RegisterSource,
  params: QualityParameters,
  notDuplicates: ReadonlySet<string>,
  options: { onProgress?: (persons: number) => void } = {},
): Promise<PassResult> {
  const held = new HeldRows();
  const names = new NameKeyIndex();
  const bodies = new IdNumberBodies();
  const blocks = new BlockIds();
  const sizes = new HouseholdSizes();
  const nameCounts = new NameCounts();
  const findings: Finding[] = [];
  // Per row: its block (-1 when it has no name, birth date or sex), its name id, its household hash, a former name.
  const rowBlock = Column.int32();
  const rowName = Column.int32();
  const rowHousehold = Column.int32();
  const rowFormer = Column.uint8();

  /** One row, its fields at bytes[bounds[c], bounds[c + 1] - 1): the checks run on the bytes, no string is made. */
  const take = (b: Buffer, bounds: Int32Array, row: number) => {
    // Field c is bytes [bounds[c], bounds[c + 1] - 1); read into locals, not through small closures (this runs
    // 6.5 million times, and every closure made here is an allocation).
    const id = bounds[ID]!;
    const idEnd = bounds[ID + 1]! - 1;
    const date = bounds[DATE]!;
    const dateEnd = bounds[DATE + 1]! - 1;
    const sex = bounds[SEX]!;
    const sexEnd = bounds[SEX + 1]! - 1;
    const name = bounds[NAME]!;
    const nameEnd = bounds[NAME + 1]! - 1;
    bodies.addAt(b, id, idEnd);
    let blank = false;
    for (let k = 0; k < REQUIRED_COLUMNS.length; k++) {
      const c = REQUIRED_COLUMNS[k]!;
      if (mayBeBlank(b, bounds[c]!, bounds[c + 1]! - 1)) blank = true;
    }
    // Most records are sound: a quick test of the number and of empty fields spares the full check for them.
    if (blank || !idNumberPlainlyAgreesAt(b, id, idEnd, date, dateEnd, sex, sexEnd)) {
      for (const finding of checkPerson(candidateOf(held.fields(row)), params.requiredItems))
        findings.push(finding);
    }
    const household = householdHashOfBytes(b, bounds[HOUSEHOLD]!, bounds[HOUSEHOLD + 1]! - 1);
    rowHousehold.set(row, household);
    sizes.add(household);
    rowFormer.set(row, bounds[FORMER + 1]! - 1 > bounds[FORMER]! ? 1 : 0);
    const noName = mayBeBlank(b, name, nameEnd) && !b.toString('utf8', name, nameEnd).trim();
    if (noName || dateEnd === date || sexEnd === sex) {
      rowBlock.set(row, -1);
      return;
    }
    rowBlock.set(row, blocks.idOf(b, date, dateEnd, sex, sexEnd));
    const nameId = names.idOfBytes(b, name, nameEnd);
    rowName.set(row, nameId);
    nameCounts.add(nameId);
  };

  const bounds = new Int32Array(SCAN_COLUMNS.length + 2);
  const onRow = (bytes: Buffer, start: number, end: number, row: number) => {
    if (fieldBounds(bytes, start, end, bounds) === SCAN_COLUMNS.length) take(bytes, bounds, row);
    else {
      const f = held.fields(row); // an escaped row (rare)
      take(...unescaped(SCAN_COLUMNS.map((_, c) => f[c] ?? null)), row);
    }
  };

  await source((chunk) => {
    const before = held.count;
    held.push(chunk, onRow);
    options.onProgress?.(held.count - before);
  });
  held.end(onRow);

  // Rows grouped by block: a counting sort of the row numbers.
  const blockCount = blocks.count;
  // Persons per name as written, by name id: how common a pair's name is (name-frequency.ts).
  const countOfName = nameCounts.all(names.names.length);
  const starts = new Int32Array(blockCount + 1);
  for (let r = 0; r < held.count; r++) if (rowBlock.get(r) >= 0) starts[rowBlock.get(r) + 1]!++;
  for (let b = 0; b < blockCount; b++) starts[b + 1]! += starts[b]!;
  const order = new Int32Array(starts[blockCount]!);
  const next = starts.slice(0, blockCount);
  for (let r = 0; r < held.count; r++) if (rowBlock.get(r) >= 0) order[next[rowBlock.get(r)]!++] = r;

  const out: PassResult = {
    persons: held.count,
    findings,
    comparedPairs: 0,
    skippedBlocks: 0,
    grayPairs: 0,
    sharedNumbers: [],
    names: 0,
    nameKeys: 0,
  };
  const gray: Array<[CandidateRow, CandidateRow]> = [];
  let memberNames = new Int32Array(1024);
  // The blocks of a city take seconds: the event loop gets a turn every YIELD_EVERY_MS, so a server running a scan
  // still answers its other requests.
  let turn = Date.now();
  for (let b = 0; b < blockCount; b++) {
    if (Date.now() - turn > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = Date.now();
    }
    const from = starts[b]!;
    const n = starts[b + 1]! - from;
    if (n < 2) continue;
    memberNames = grownInt32(memberNames, n);
    for (let p = 0; p < n; p++) memberNames[p] = rowName.get(order[from + p]!);
    const { pairs, skippedBlocks } = names.blockPairs(memberNames, n, params.duplicate.maxBlockSize);
    out.skippedBlocks += skippedBlocks;
    if (!pairs.length) continue;
    const made = new Map<number, CandidateRow>();
    const rows: PairRows = {
      nameOf: (p) => names.names[memberNames[p]!]!,
      formerNameOf: (p) => (rowFormer.get(order[from + p]!) ? (rows.rowAt(p).formerName ?? null) : null),
      rowAt: (p) => {
        let row = made.get(p);
        if (!row) {
          const at = order[from + p]!;
          row = candidateOf(held.fields(at));
          row.householdSize = sizes.get(rowHousehold.get(at));
          row.nameCount = countOfName[rowName.get(at)];
          made.set(p, row);
        }
        return row;
      },
    };
    const r = decidePairs(pairs, rows, params.duplicate, notDuplicates, { deferToContext: true });
    for (const f of r.findings) findings.push(f);
    for (const g of r.gray) gray.push(g);
    out.comparedPairs += r.comparedPairs;
  }
  out.grayPairs = gray.length;
  const members = householdMembers(
    held,
    gray,
    (row) => rowHousehold.get(row),
    (row) => (rowBlock.get(row) >= 0 ? names.names[rowName.get(row)]! : null),
  );
  for (const f of decideGrayPairs(gray, members, params.duplicate)) findings.push(f);
  out.sharedNumbers = bodies.shared();
  const size = names.size();
  out.names = size.names;
  out.nameKeys = size.keys;
  return out;
}
