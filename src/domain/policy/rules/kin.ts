// T6: direct relatives within three generations joining each other and living together, at any age.
// Apart from spouse, minor children and parents, the host's home must meet the housing-difficulty standard.
import type { SettlementCase } from '../case-schema.ts';
import { ageOn } from '../dates.ts';
import { DomainError } from '../../errors.ts';
import type { Evaluation } from '../evaluation.ts';
import { RELATION_ZH } from '../messages.ts';

/** Generations spanned by the applicant and the host, both counted (parent = 2, grandparent = 3). */
export const GENERATION_SPAN: Record<string, number> = {
  spouse: 1,
  parent: 2,
  child: 2,
  grandparent: 3,
  grandchild: 3,
  'great-grandparent': 4,
  'great-grandchild': 4,
};

export function kinRule(c: SettlementCase, ev: Evaluation): void {
  const k = c.kin!;
  const relation = RELATION_ZH[k.relation] ?? k.relation;
  const within = ev.param('t6.generationsWithin');
  const span = GENERATION_SPAN[k.relation];
  ev.check({
    clause: 'T6',
    code: 'kin.within-generations',
    met: span !== undefined && span <= ev.num(within),
    vars: { relation },
    inputs: { 'kin.relation': k.relation },
    params: [within],
  });
  ev.check({
    clause: 'T6',
    code: 'kin.co-residing',
    met: k.coResiding,
    inputs: { 'kin.coResiding': k.coResiding },
  });
  ev.check({
    clause: 'T6',
    code: 'kin.host-hukou',
    met: k.hostHukouAtDestination,
    inputs: { 'kin.hostHukouAtDestination': k.hostHukouAtDestination },
  });
  if (span === undefined) return; // not a direct relative: the area rule has nothing to add

  const minor = ev.param('t6.minorAgeYears');
  const age = ageOn(c.applicant.birthDate, c.asOf);
  const exemptAs =
    k.relation === 'spouse' || k.relation === 'parent'
      ? relation
      : k.relation === 'child' && age < ev.num(minor)
        ? `未成年子女（${age}岁）`
        : null;
  if (exemptAs) {
    ev.check({
      clause: 'T6',
      code: 'kin.housing-area-exempt',
      met: true,
      vars: { who: exemptAs },
      inputs: { 'kin.relation': k.relation, 'applicant.birthDate': c.applicant.birthDate, asOf: c.asOf, age },
      params: k.relation === 'child' ? [minor] : [],
    });
    return;
  }
  const area = k.perCapitaHousingAreaM2;
  if (area === undefined) {
    throw DomainError.invalid([
      {
        path: 'kin.perCapitaHousingAreaM2',
        message: `${relation}投靠必须填写人均住房面积 / required for this relation`,
      },
    ]);
  }
  const standard = ev.param('t6.housingDifficultyStandardM2');
  ev.check({
    clause: 'T6',
    code: 'kin.housing-area',
    met: area >= ev.num(standard),
    vars: { area, standard: ev.num(standard) },
    inputs: { 'kin.perCapitaHousingAreaM2': area, 'kin.relation': k.relation, age },
    params: k.relation === 'child' ? [minor, standard] : [standard],
  });
}
