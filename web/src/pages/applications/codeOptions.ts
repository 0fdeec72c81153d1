// Select options from the code tables (GB/T 3304 民族, GB/T 4761 与户主关系): the names are data and stay Chinese.
import { ETHNICITY_CODES } from '../../../../src/domain/codes/ethnicity.ts';
import { RELATIONSHIP_CODES, isMemberRelation } from '../../../../src/domain/codes/relationships.ts';

const withCode = (table: Readonly<Record<string, string>>, keep: (code: string) => boolean = () => true) =>
  Object.entries(table)
    .filter(([code]) => keep(code))
    .map(([code, name]) => ({ value: code, label: `${code} ${name}` }));

export const ETHNICITY_OPTIONS = withCode(ETHNICITY_CODES);
export const MEMBER_RELATION_OPTIONS = withCode(RELATIONSHIP_CODES, isMemberRelation);
