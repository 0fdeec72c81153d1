// The ordered pass of the whole-register scan (T12): every active person once, in (birth date, sex) order. Each row
// gets the single-record checks; rows of one birth date and sex gather into a block that is searched for probable
// duplicates when the next block begins. Rows stay as text fields until a detector needs a record.
import {
  checkPerson, findDuplicatesInBlock, idNumberPlainlyAgrees, missingItems,
  type CandidateRow, type Finding, type QualityParameters,
} from '../../domain/quality/index.ts';
import { COLUMN, streamOrderedPersons, type ScanFields, type StreamOptions } from '../../db/repositories/quality/person-stream.ts';
import type { Database } from '../../db/connection.ts';
import { IdNumberBodies } from './shared-numbers.ts';

export interface PassResult {
  persons: number;
  /** Birth-date ranges the register was read in. */
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

export async function runOrderedPass(
  database: Database,
  params: QualityParameters,
  notDuplicates: ReadonlySet<string>,
  options: StreamOptions & { onBatch?: (persons: number) => void } = {},
): Promise<PassResult> {
  const out: PassResult = { persons: 0, ranges: 0, findings: [], gray: [], comparedPairs: 0, skippedBlocks: 0, sharedNumbers: [] };
  const bodies = new IdNumberBodies();
  const required = params.requiredItems;
  let block: CandidateRow[] = [];
  let blockDate: string | null = null;
  let blockSex: string | null = null;
  const flush = () => {
    if (block.length > 1) {
      const r = findDuplicatesInBlock(block, params.duplicate, notDuplicates, { deferToContext: true });
      for (const f of r.findings) out.findings.push(f);
      for (const g of r.gray) out.gray.push(g);
      out.comparedPairs += r.comparedPairs;
      out.skippedBlocks += r.skippedBlocks;
    }
    block = [];
  };
  const read = await streamOrderedPersons(
    database,
    (rows) => {
      for (const f of rows) {
        const row = candidateOf(f);
        bodies.add(row.idNumber);
        // Most records are sound: a quick test of the number against the row spares the full check for them.
        if (!idNumberPlainlyAgrees(row.idNumber, row.birthDate, row.sex) || missingItems(row, required).length) {
          for (const finding of checkPerson(row, required)) out.findings.push(finding);
        }
        if (!row.name || !row.name.trim() || !row.birthDate || !row.sex) continue;
        if (row.birthDate !== blockDate || row.sex !== blockSex) {
          flush();
          blockDate = row.birthDate;
          blockSex = row.sex;
        }
        block.push(row);
      }
      options.onBatch?.(rows.length);
    },
    options,
  );
  flush();
  out.persons = read.persons;
  out.ranges = read.ranges;
  out.sharedNumbers = bodies.shared();
  return out;
}
