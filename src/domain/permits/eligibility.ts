// Who may apply for a residence permit (Decree 663 art. 2, widened by T11.1 to moves between counties of
// 昭通): lived at the residence ≥ 6 months, one ground (employment, residence, study), hukou elsewhere.
import { checkIdNumber } from '../identity/id-number.ts';
import { countyCodeOf, divisionPath } from '../divisions/index.ts';
import { DomainError } from '../errors.ts';
import { monthsBetween } from '../policy/dates.ts';
import { Evaluation, type Reason } from '../policy/evaluation.ts';
import type { ParameterSet } from '../policy/parameters.ts';
import { parseOrThrow } from '../validation.ts';
import { permitApplicationSchema } from './schema.ts';

export const PERMIT_MESSAGES: Record<string, readonly [string, string]> = {
  'rp.citizen': ['具有中华人民共和国国籍', '居住证只发给中国公民'],
  'rp.hukou-elsewhere': [
    '户口在{hukou}，居住在另一个县级行政区',
    '户口和居住地在同一个县级行政区，不需要办理居住证',
  ],
  'rp.has-hukou': ['有常住户口登记', '没有户口登记：请先按第12条登记户口'],
  'rp.months-resided': ['在居住地已居住{months}个月，满{min}个月', '在居住地居住{months}个月，不满{min}个月'],
  'rp.ground': [
    '有合法稳定就业、合法稳定住所或连续就读',
    '需要有合法稳定就业、合法稳定住所或连续就读中的一项',
  ],
};

const GROUND_MATERIALS: Record<string, { code: string; name: string }> = {
  employment: { code: 'employment-proof', name: '劳动合同、营业执照或单位出具的劳动关系证明' },
  residence: { code: 'residence-proof', name: '房屋租赁合同、房屋产权证明或购房合同' },
  study: { code: 'study-proof', name: '学生证或学校出具的就读证明' },
};

export interface PermitEligibility {
  eligible: boolean;
  clauses: string[];
  reasons: Reason[];
  materials: { code: string; name: string }[];
  policy: { id: string; version: string };
}

export function evaluatePermitApplication(input: unknown, set: ParameterSet): PermitEligibility {
  const c = parseOrThrow(permitApplicationSchema, input);
  if (c.applicant.idNumber !== undefined) {
    const id = checkIdNumber(c.applicant.idNumber);
    if (!id.valid || id.facts.birthDate !== c.applicant.birthDate) {
      throw DomainError.invalid([
        {
          path: 'applicant.idNumber',
          message: id.valid
            ? '与 birthDate 不一致 / birth date differs'
            : `身份号码无效 / invalid ID number (${id.problem})`,
        },
      ]);
    }
  }
  const ev = new Evaluation(set, c.asOf, c.residence.divisionCode, false, PERMIT_MESSAGES);
  const version = ev.param('policy.version');
  ev.check({ clause: 'T11.1', code: 'rp.citizen', met: c.applicant.nationality === 'CN' });
  const hukou = c.applicant.hukou;
  if (ev.check({ clause: 'T11.1', code: 'rp.has-hukou', met: hukou !== null }) && hukou) {
    const home = countyCodeOf(hukou.divisionCode) ?? hukou.divisionCode.slice(0, 6);
    const here = countyCodeOf(c.residence.divisionCode) ?? c.residence.divisionCode.slice(0, 6);
    ev.check({
      clause: 'T11.1',
      code: 'rp.hukou-elsewhere',
      met: home !== here,
      vars: { hukou: divisionPath(hukou.divisionCode).join('') || hukou.divisionCode },
    });
  }
  const min = ev.param('rp.minResidenceMonths');
  const months = monthsBetween(c.residence.since, c.asOf);
  ev.check({
    clause: 'T11.1',
    code: 'rp.months-resided',
    met: months >= ev.num(min),
    vars: { months, min: ev.num(min) },
  });
  ev.check({ clause: 'T11.1', code: 'rp.ground', met: c.grounds.length > 0 });
  const { outcome, clauses } = ev.outcome();
  return {
    eligible: outcome === 'eligible',
    clauses,
    reasons: ev.reasons,
    materials: [
      { code: 'id-card', name: '居民身份证' },
      { code: 'photo', name: '近期免冠照片' },
      ...[...new Set(['residence', ...c.grounds])].map((g) => GROUND_MATERIALS[g]!),
    ],
    policy: { id: set.id, version: String(version.value) },
  };
}
