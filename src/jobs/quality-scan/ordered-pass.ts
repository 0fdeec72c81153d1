// The ordered pass of the whole-register scan (T12): every active person once, in (birth date, sex) order. Each row
// gets the single-record checks; rows of one birth date and sex gather into a block that is searched for probable
// duplicates when the next block begins. Rows stay as text fields until a detector needs a record.
import {
  checkPerson, findDuplicatesAmong, idNumberPlainlyAgrees,
  type CandidateRow, type Finding, type QualityParameters,
} from '../../domain/quality/index.ts';
import { COLUMN, streamOrderedPersons, type ScanFields, type StreamOptions } from '../../db/repositories/quality/person-stream.ts';
import type { Database } from '../../db/connection.ts';
import { IdNumberBodies } from './shared-numbers.ts';

export interface PassResult {
  persons: number;
  /** Slices (page ranges) of the person table the register was read in; 1 on PGlite. */
  ranges: number;
  /** Findings of single records and of pairs decided without household evidence; householdNos hold household ids. */
  findings: Finding[];
  /** Pairs household evidence could still decide: rescored once their households are read. */
  gray: Array<[CandidateRow, CandidateRow]>;
  comparedPairs: number;
  skippedBlocks: number;
  /** Numbers under which an ID-number body shared by several active persons may be registered. */
  sharedNumbers: string[][];
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
  };
}

/** Where the ordered rows come from: the register (streamOrderedPersons) or, in a benchmark, a file of them. */
export type OrderedSource = (onBatch: (rows: ScanFields[]) => void) => Promise<{ persons: number; ranges: number }>;

export function registerSource(database: Database, options: StreamOptions = {}): OrderedSource {
  return (onBatch) => streamOrderedPersons(database, onBatch, options);
}

/**
 * Whether any field a required item could read is empty: a superset of missingItems (which then decides), so the
 * usual full row is passed by with one look at each field.
 */
function hasEmptyField(f: ScanFields): boolean {
  for (const i of REQUIRED_ITEM_COLUMNS) if (!f[i] || !f[i]!.trim()) return true;
  return false;
}
const REQUIRED_ITEM_COLUMNS = [COLUMN.name, COLUMN.sex, COLUMN.birth_date, COLUMN.ethnicity, COLUMN.relation, COLUMN.household_id, COLUMN.id_number];

export async function runOrderedPass(
  source: OrderedSource,
  params: QualityParameters,
  notDuplicates: ReadonlySet<string>,
  options: { onBatch?: (persons: number) => void } = {},
): Promise<PassResult> {
  const out: PassResult = { persons: 0, ranges: 0, findings: [], gray: [], comparedPairs: 0, skippedBlocks: 0, sharedNumbers: [] };
  const required = params.requiredItems;
  const bodies = new IdNumberBodies();
  // The current block as text rows and their names; records are made only for rows whose pairs get scored.
  let block: ScanFields[] = [];
  let names: string[] = [];
  let blockDate = '';
  let blockSex = '';
  const flush = () => {
    if (block.length > 1) {
      const made = new Map<number, CandidateRow>();
      const rowAt = (i: number) => {
        let row = made.get(i);
        if (!row) made.set(i, (row = candidateOf(block[i]!)));
        return row;
      };
      const r = findDuplicatesAmong(names, rowAt, params.duplicate, notDuplicates, { deferToContext: true });
      for (const f of r.findings) out.findings.push(f);
      for (const g of r.gray) out.gray.push(g);
      out.comparedPairs += r.comparedPairs;
      out.skippedBlocks += r.skippedBlocks;
    }
    block = [];
    names = [];
  };
  const read = await source(
    (rows) => {
      for (const f of rows) {
        const idNumber = f[COLUMN.id_number] ?? '';
        const birthDate = f[COLUMN.birth_date] ?? '';
        const sex = f[COLUMN.sex] ?? '';
        const name = f[COLUMN.name] ?? '';
        bodies.add(idNumber);
        // Most records are sound: a quick test of the number and of empty fields spares the full check for them.
        if (!idNumberPlainlyAgrees(idNumber, birthDate, sex) || hasEmptyField(f)) {
          const row = candidateOf(f);
          for (const finding of checkPerson(row, required)) out.findings.push(finding);
        }
        if (!name.trim() || !birthDate || !sex) continue;
        if (birthDate !== blockDate || sex !== blockSex) {
          flush();
          blockDate = birthDate;
          blockSex = sex;
        }
        block.push(f);
        names.push(name);
      }
      options.onBatch?.(rows.length);
    },
  );
  flush();
  out.persons = read.persons;
  out.ranges = read.ranges;
  out.sharedNumbers = bodies.shared();
  return out;
}
