// T5 (return to the rural origin; urban–rural marriage), T11.1 (residence-permit holders), T12 (the unregistered).
import type { SettlementCase } from '../case-schema.ts';
import type { Evaluation } from '../evaluation.ts';

export function returnRule(c: SettlementCase, ev: Evaluation): void {
  const r = c.returnToOrigin!;
  const kinds = ev.param('settlement.urbanKinds');
  ev.check({
    clause: 'T5',
    code: 'return.previously-moved',
    met: r.previouslyMovedToTown,
    inputs: { 'returnToOrigin.previouslyMovedToTown': r.previouslyMovedToTown },
  });
  // The plan names land-contract and homestead rights as the means of living that allow the return.
  const held = r.rightsHolder !== 'none' && r.rights.some((x) => x === 'land-contract' || x === 'homestead');
  ev.check({
    clause: 'T5',
    code: 'return.rights-held',
    met: held,
    inputs: { 'returnToOrigin.rightsHolder': r.rightsHolder, 'returnToOrigin.rights': r.rights },
  });
  ev.check({
    clause: 'T5',
    code: 'return.actually-residing',
    met: r.actuallyResiding,
    inputs: { 'returnToOrigin.actuallyResiding': r.actuallyResiding },
  });
  ev.check({
    clause: 'T5',
    code: 'return.destination-rural',
    met: !ev.list(kinds).includes(c.destination.kind),
    inputs: { 'destination.kind': c.destination.kind },
    params: [kinds],
  });
}

export function marriageRule(c: SettlementCase, ev: Evaluation): void {
  const m = c.marriage!;
  ev.check({
    clause: 'T5',
    code: 'marriage.urban-rural',
    met: m.applicantHukouRural !== m.spouseHukouRural,
    inputs: {
      'marriage.applicantHukouRural': m.applicantHukouRural,
      'marriage.spouseHukouRural': m.spouseHukouRural,
    },
  });
  ev.check({
    clause: 'T5',
    code: 'marriage.couple-resides',
    met: m.coupleResidesAtDestination,
    inputs: { 'marriage.coupleResidesAtDestination': m.coupleResidesAtDestination },
  });
}

export function permitRule(c: SettlementCase, ev: Evaluation): void {
  const p = c.residencePermit!;
  const validOnDay = p.valid && (p.validUntil === undefined || c.asOf <= p.validUntil);
  ev.check({
    clause: 'T11.1',
    code: 'permit.valid',
    met: validOnDay,
    vars: { asOf: c.asOf },
    inputs: {
      'residencePermit.valid': p.valid,
      'residencePermit.validUntil': p.validUntil ?? null,
      asOf: c.asOf,
    },
  });
  ev.check({
    clause: 'T11.1',
    code: 'permit.legal-stable-residence',
    met: p.hasLegalStableResidence,
    inputs: { 'residencePermit.hasLegalStableResidence': p.hasLegalStableResidence },
  });
  const years = ev.param('t11.settlementMinContinuousYears');
  ev.check({
    clause: 'T11.1',
    code: 'permit.continuous-years',
    met: p.continuousYears >= ev.num(years),
    vars: { years: p.continuousYears, min: ev.num(years) },
    inputs: { 'residencePermit.continuousYears': p.continuousYears },
    params: [years],
  });
  const insurance = ev.param('t11.settlementMinSocialInsuranceYears');
  ev.check({
    clause: 'T11.1',
    code: 'permit.insurance-years',
    met: p.socialInsuranceYears >= ev.num(insurance),
    vars: { years: p.socialInsuranceYears, min: ev.num(insurance) },
    inputs: { 'residencePermit.socialInsuranceYears': p.socialInsuranceYears },
    params: [insurance],
  });
}

export function unregisteredRule(c: SettlementCase, ev: Evaluation): void {
  const hukou = c.applicant.hukou ?? null;
  ev.check({
    clause: 'T12',
    code: 'unregistered.no-hukou',
    met: hukou === null,
    inputs: { 'applicant.hukou': hukou, 'unregistered.category': c.unregistered!.category },
  });
}
