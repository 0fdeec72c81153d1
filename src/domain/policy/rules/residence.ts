// T2 and T4: settlement on a legal stable residence, owned or rented, and the co-resident direct relatives
// who move with the applicant (随迁).
import type { SettlementCase } from '../case-schema.ts';
import { Evaluation, type Reason } from '../evaluation.ts';
import { RELATION_ZH } from '../messages.ts';
import { checkUrbanDestination } from './common.ts';

export function residenceRule(c: SettlementCase, ev: Evaluation): void {
  const r = c.residence!;
  checkUrbanDestination(c, ev, 'T2');
  ev.check({
    clause: 'T2',
    code: 'residence.legal',
    met: r.legal,
    inputs: { 'residence.legal': r.legal, 'residence.tenure': r.tenure },
  });
  // Actually living there: a rental's condition is T4's (租赁住所须实际居住), an owned home's T2's.
  ev.check({
    clause: r.tenure === 'rented' ? 'T4' : 'T2',
    code: 'residence.actually-residing',
    met: r.actuallyResiding,
    inputs: { 'residence.actuallyResiding': r.actuallyResiding },
  });
  if (r.tenure !== 'rented') return;
  ev.check({
    clause: 'T4',
    code: 'rental.registered',
    met: r.rentalRegistered === true,
    inputs: { 'residence.rentalRegistered': r.rentalRegistered },
  });
  ev.check({
    clause: 'T4',
    code: 'rental.owner-consent',
    met: r.ownerConsent === true,
    inputs: { 'residence.ownerConsent': r.ownerConsent },
  });
  ev.check({
    clause: 'T4',
    code: 'rental.one-address-one-household',
    met: r.otherHouseholdAtAddress === false,
    inputs: { 'residence.otherHouseholdAtAddress': r.otherHouseholdAtAddress },
  });
  ev.check({
    clause: 'T4',
    code: 'rental.not-shared',
    met: r.sharedOrSublet === false,
    inputs: { 'residence.sharedOrSublet': r.sharedOrSublet },
  });
}

/** Relations that count as direct relatives for moving together (spouse included, as in 国发〔2014〕25号). */
export const COMPANION_RELATIONS: readonly string[] = [
  'spouse',
  'parent',
  'child',
  'grandparent',
  'grandchild',
  'great-grandparent',
  'great-grandchild',
];

/** Bases whose clause lets co-resident direct relatives settle with the applicant. */
export const COMPANION_BASES: readonly string[] = ['residence', 'residence-permit'];

export interface CompanionDecision {
  index: number;
  eligible: boolean;
  clauses: string[];
  reasons: Reason[];
}

export function companionDecisions(
  c: SettlementCase,
  applicantEligible: boolean,
  parent: Evaluation,
): CompanionDecision[] {
  return c.companions.map((p, index) => {
    const ev = new Evaluation(parent.set, parent.asOf, parent.division, false);
    if (!COMPANION_BASES.includes(c.basis)) {
      ev.check({ clause: 'T2', code: 'companion.basis-not-covered', met: false });
    } else {
      const relation = RELATION_ZH[p.relation] ?? p.relation;
      ev.check({ clause: 'T2', code: 'companion.applicant-eligible', met: applicantEligible });
      ev.check({
        clause: 'T2',
        code: 'companion.direct-relative',
        met: COMPANION_RELATIONS.includes(p.relation),
        vars: { relation },
      });
      ev.check({ clause: 'T2', code: 'companion.co-residing', met: p.coResiding });
    }
    const { outcome, clauses } = ev.outcome();
    return { index, eligible: outcome === 'eligible', clauses, reasons: ev.reasons };
  });
}
