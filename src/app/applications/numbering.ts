// Drawing application (LH) and permit (ZQ) numbers. The six digits after county and year are random, not a
// counter: a counter made every number walkable at /verify (the next permit is the last one plus one) and told
// anyone how many applications a county had. The format and its check character are unchanged
// (src/domain/applications/numbers.ts). A number is drawn only in the statement sequence that stores it, so a
// refused request uses none. Eight candidates are checked at once; with a million per county and year all eight
// being taken needs a county near a million applications a year, and the unique index stays the last guard.
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { firstUnusedNumber } from '../../db/repositories/applications/applications.ts';
import { applicationNumber, permitNumber } from '../../domain/applications/index.ts';
import { DomainError } from '../../domain/errors.ts';

const CANDIDATES = 8;

/** The first of eight random candidates that no stored record holds (the unique index stays the last guard). */
export async function drawUnused(
  candidate: () => string,
  firstUnused: (candidates: string[]) => Promise<string | undefined>,
): Promise<string> {
  const number = await firstUnused(Array.from({ length: CANDIDATES }, candidate));
  if (!number)
    throw new DomainError('conflict', '编号暂时无法分配，请重试 / no number available, please retry');
  return number;
}

export async function drawNumber(
  db: Kysely<DB>,
  kind: 'LH' | 'ZQ',
  countyCode: string,
  year: number,
): Promise<string> {
  const compose = kind === 'LH' ? applicationNumber : permitNumber;
  return drawUnused(
    () => compose(countyCode, year, randomInt(1, 1_000_000)),
    (candidates) => firstUnusedNumber(db, kind, candidates),
  );
}
