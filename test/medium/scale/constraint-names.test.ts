// On the county-partitioned schema a unique violation names the partition's index (<index>_pN, migration 2000):
// the registry still maps it to the rule the index holds, and leaves names it does not know as a conflict.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors.ts';
import { registryDatabaseError } from '../../../src/db/repositories/registry/errors.ts';

const violation = (constraint: string) => ({ code: '23505', constraint, message: 'duplicate key value' });

describe('unique violations of a partition', () => {
  it.each([
    ['person_one_head_p3', 'relation'],
    ['person_one_active_hukou_p0', 'idNumber'],
    ['household_one_family_per_address_p7', 'address.detail'],
    ['person_one_head', 'relation'],
  ])('%s is the rule on %s', (constraint, path) => {
    const e = registryDatabaseError(violation(constraint));
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).issues[0]!.path).toBe(path);
  });

  it('an index it does not know (even with a partition suffix) is a conflict', () => {
    for (const constraint of ['person_pkey', 'membership_one_open_p2', 'person_one_head_px']) {
      const e = registryDatabaseError(violation(constraint)) as DomainError;
      expect(e.code).toBe('conflict');
    }
  });
});
