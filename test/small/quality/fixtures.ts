import { loadParameterSet } from '../../../src/policy-data/load.ts';
import { qualityParameters, type QualityParameters } from '../../../src/domain/quality/index.ts';
import type { CandidateRow } from '../../../src/domain/quality/index.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';

export const params: QualityParameters = qualityParameters(loadParameterSet(), '2022-12-31');

let n = 0;
export function person(overrides: Partial<CandidateRow> = {}): CandidateRow {
  n++;
  const birthDate = overrides.birthDate ?? '1985-04-12';
  const sex = overrides.sex ?? '1';
  return {
    personId: `p${n}`,
    idNumber: makeIdNumber('530602', birthDate, (n * 2 + (sex === '1' ? 1 : 0)) % 1000),
    name: '张伟',
    sex,
    birthDate,
    ethnicity: '01',
    householdNo: `H${n}`,
    relation: '20',
    countyCode: '530602',
    ...overrides,
  };
}
