// Parameters resolved once per population (per division, per kind) into flat lookup tables, through the
// same resolveParameter the explained path uses: the batch never holds a threshold of its own.
import { BASES, DESTINATION_KINDS, KIN_RELATIONS, STUDENT_STAGES, STUDENT_TARGETS } from '../case-schema.ts';
import { resolveParameter, type ParameterSet } from '../parameters.ts';
import { inYiliangCountyTown } from '../rules/common.ts';
import { STAGES_NEEDING_CITY_SCHOOL, STUDENT_TARGETS_BY_STAGE } from '../rules/groups.ts';
import { GENERATION_SPAN } from '../rules/kin.ts';
import type { Population } from './population.ts';

export interface BatchTables {
  asOfKey: number;
  urbanKind: Uint8Array;
  restrictedBasis: Uint8Array;
  t2Own: Uint8Array;
  /** [division * kinds + kind] → in the 彝良 county town and T3 in force. */
  t3Refer: Uint8Array;
  housingStandard: Float64Array;
  minorAge: number;
  generationsWithin: number;
  minMonths: number;
  permitMinYears: number;
  permitMinInsurance: number;
  /** Generation span per kin relation; -1 = not a direct relative. */
  span: Int8Array;
  /** [stage * targets + target] → allowed. */
  studentAllowed: Uint8Array;
  stageNeedsSchool: Uint8Array;
}

export function batchTables(set: ParameterSet, p: Population): BatchTables {
  const at = (name: string, division?: string) => resolveParameter(set, name, p.asOf, division).value;
  const urban = at('settlement.urbanKinds') as string[];
  const bases = at('restriction.bases') as string[];
  const towns = at('t3.countyTown') as string[];
  const t3 = at('t3.ownPolicy') === true;
  const K = DESTINATION_KINDS.length;
  const nDiv = p.divisions.length;
  const t3Refer = new Uint8Array(nDiv * K);
  const t2Own = new Uint8Array(nDiv);
  const housingStandard = new Float64Array(nDiv);
  p.divisions.forEach((code, d) => {
    t2Own[d] = at('t2.ownPolicy', code) === true ? 1 : 0;
    housingStandard[d] = at('t6.housingDifficultyStandardM2', code) as number;
    for (let k = 0; k < K; k++)
      t3Refer[d * K + k] = t3 && inYiliangCountyTown(code, DESTINATION_KINDS[k]!, towns) ? 1 : 0;
  });
  const studentAllowed = new Uint8Array(STUDENT_STAGES.length * STUDENT_TARGETS.length);
  STUDENT_STAGES.forEach((stage, s) =>
    STUDENT_TARGETS.forEach((target, t) => {
      studentAllowed[s * STUDENT_TARGETS.length + t] = STUDENT_TARGETS_BY_STAGE[stage]?.includes(target)
        ? 1
        : 0;
    }),
  );
  return {
    asOfKey: Number(p.asOf.replaceAll('-', '')),
    urbanKind: Uint8Array.from(DESTINATION_KINDS, (k) => (urban.includes(k) ? 1 : 0)),
    restrictedBasis: Uint8Array.from(BASES, (b) => (bases.includes(b) ? 1 : 0)),
    t2Own,
    t3Refer,
    housingStandard,
    minorAge: at('t6.minorAgeYears') as number,
    generationsWithin: at('t6.generationsWithin') as number,
    minMonths: at('t9.minMonthsEmployed') as number,
    permitMinYears: at('t11.settlementMinContinuousYears') as number,
    permitMinInsurance: at('t11.settlementMinSocialInsuranceYears') as number,
    span: Int8Array.from(KIN_RELATIONS, (r) => GENERATION_SPAN[r] ?? -1),
    studentAllowed,
    stageNeedsSchool: Uint8Array.from(STUDENT_STAGES, (s) =>
      STAGES_NEEDING_CITY_SCHOOL.includes(s) ? 1 : 0,
    ),
  };
}
