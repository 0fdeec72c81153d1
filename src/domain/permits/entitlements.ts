// What a residence-permit holder is entitled to (T11.2; Decree 663 arts. 10, 12, 13): the permit's status from
// its yearly endorsements, continuous residence years (counted again from a late endorsement), immediate
// rights, and rights that grow with residence and social-insurance years. Thresholds are dated parameters.
import { addMonths, addYears, ageOn } from '../policy/dates.ts';
import { resolveParameter, type ParameterSet } from '../policy/parameters.ts';
import { parseOrThrow } from '../validation.ts';
import { entitlementsInputSchema, type EntitlementsInput } from './schema.ts';

export const IMMEDIATE = [
  'employment',
  'basic-public-education',
  'basic-health',
  'family-planning',
  'public-culture',
  'certificate-services',
] as const;
export const PROGRESSIVE = [
  'vocational-education-aid',
  'employment-assistance',
  'housing-security',
  'elderly-services',
  'social-welfare',
  'social-assistance',
] as const;

export type PermitStatus = 'valid' | 'suspended' | 'expired';

export interface Entitlement {
  code: string;
  clause: 'T11.2';
  granted: boolean;
  needs?: Record<string, number | boolean>;
}

/**
 * Where a permit stands on a date: its status, since when its residence counts as continuous, and the anniversary
 * that decides it (the next one for a valid permit: endorse in the window before it; the missed one otherwise).
 */
export interface PermitStanding {
  status: PermitStatus;
  continuitySince: string;
  anniversary: string;
}

/** Walk the yearly anniversaries: an endorsement within the window keeps the permit valid; a late one resumes it and restarts the count. */
export function permitStatus(
  c: Pick<EntitlementsInput, 'asOf' | 'divisionCode' | 'permit'>,
  set: ParameterSet,
): PermitStanding {
  const at = (name: string) => resolveParameter(set, name, c.asOf, c.divisionCode).value as number;
  const windowMonths = at('rp.endorsementWindowMonths');
  const expiryYears = at('rp.expiryAfterMissedYears');
  const endorsements = [...c.permit.endorsements].filter((e) => e <= c.asOf).sort();
  let since = c.permit.issuedOn;
  for (let k = 1; ; k++) {
    const anniversary = addYears(since, k);
    if (anniversary > c.asOf) return { status: 'valid', continuitySince: since, anniversary };
    const opens = addMonths(anniversary, -windowMonths);
    if (endorsements.some((e) => e >= opens && e <= anniversary)) continue;
    const late = endorsements.find((e) => e > anniversary);
    if (!late) {
      return {
        status: c.asOf >= addYears(anniversary, expiryYears) ? 'expired' : 'suspended',
        continuitySince: since,
        anniversary,
      };
    }
    since = late; // Decree art. 10: continuous residence counts again from the late endorsement
    k = 0;
  }
}

export function evaluateEntitlements(input: unknown, set: ParameterSet) {
  const c = parseOrThrow(entitlementsInputSchema, input);
  const at = (name: string) => resolveParameter(set, name, c.asOf, c.divisionCode).value as number;
  const { status, continuitySince } = permitStatus(c, set);
  const valid = status === 'valid';
  const continuousResidenceYears = valid ? ageOn(continuitySince, c.asOf) : 0;
  const entitlements: Entitlement[] = IMMEDIATE.map((code) => ({
    code,
    clause: 'T11.2',
    granted: valid,
    ...(valid ? {} : { needs: { validPermit: true } }),
  }));
  for (const code of PROGRESSIVE) {
    const residence = at(`rp.${code}.residenceYears`);
    const insurance = at(`rp.${code}.insuranceYears`);
    const needs: Record<string, number | boolean> = {};
    if (!valid) needs.validPermit = true;
    if (continuousResidenceYears < residence) needs.continuousResidenceYears = residence;
    if (c.socialInsuranceYears < insurance) needs.socialInsuranceYears = insurance;
    const granted = Object.keys(needs).length === 0;
    entitlements.push({ code, clause: 'T11.2', granted, ...(granted ? {} : { needs }) });
  }
  const schooling = at('rp.local-entrance-exam.schoolingYears');
  const children = c.children.map((child, index) => {
    const needs: Record<string, number | boolean> = {};
    if (!valid) needs.validPermit = true;
    if (child.continuousSchoolingYears < schooling) needs.continuousSchoolingYears = schooling;
    const granted = Object.keys(needs).length === 0;
    return {
      index,
      age: ageOn(child.birthDate, c.asOf),
      entitlements: [
        { code: 'local-entrance-exam', clause: 'T11.2' as const, granted, ...(granted ? {} : { needs }) },
      ],
    };
  });
  return {
    permitStatus: status,
    continuousResidenceYears,
    continuousResidenceSince: valid ? continuitySince : null,
    entitlements,
    children,
    policy: { id: set.id, version: String(resolveParameter(set, 'policy.version', c.asOf).value) },
  };
}
