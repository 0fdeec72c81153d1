// The batch path: the same rules as decide.ts over columnar data, one tight loop, no objects per case.
// It must agree with the explained path case by case (test/small/policy/differential.test.ts checks it).
import { DESTINATION_KINDS, STUDENT_TARGETS } from '../case-schema.ts';
import { HUKOU_REGISTRATION_ART_2 } from '../citation.ts';
import type { BatchTables } from './tables.ts';
import { F, type Population } from './population.ts';

/** Clause bits of a batch result, in this order. */
export const BATCH_CLAUSES = [
  'P2',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T11.1',
  'T12',
  'T14.5',
  // Who may hold hukou at all (nationality, not serving): national law, not a clause of the plan.
  HUKOU_REGISTRATION_ART_2,
] as const;
const P2 = 1,
  T2 = 2,
  T3 = 4,
  T4 = 8,
  T5 = 16,
  T6 = 32,
  T7 = 64,
  T8 = 128,
  T9 = 256,
  T11 = 512,
  T12 = 1024,
  T145 = 2048,
  NATIONAL = 4096;
export const OUTCOMES = ['eligible', 'ineligible', 'refer'] as const;

// Enum indexes fixed by the schema's value lists (case-schema.ts).
const KIN_SPOUSE = 0,
  KIN_PARENT = 1,
  KIN_CHILD = 2;
const MIL_SPOUSE = 0,
  MIL_LINEAL = 2,
  MIL_ELDERS = 0;
const KG_PARK = 4,
  HOLDER_NONE = 4;
const LAND_OR_HOMESTEAD = 1 | 2;

/** Decide rows [from, to) into outcome[i - from] (index into OUTCOMES) and clauses[i - from] (bits of BATCH_CLAUSES). */
export function evaluateRows(
  p: Population,
  t: BatchTables,
  outcome: Uint8Array,
  clauses: Uint16Array,
  from = 0,
  to = p.size,
): void {
  const K = DESTINATION_KINDS.length;
  const NT = STUDENT_TARGETS.length;
  const { flags, basis, division, kind, birth, enumA, enumB } = p;
  for (let i = from; i < to; i++) {
    const f = flags[i]!;
    const d = division[i]!;
    const k = kind[i]!;
    const b = basis[i]!;
    let fail = 0;
    let refer = 0;
    let own = 0;
    if (!(f & F.consent)) fail |= P2;
    if (!(f & F.nationalityCN) || f & F.activeMilitary) fail |= NATIONAL;
    if (t.restrictedBasis[b]) {
      if (t.t2Own[d]) refer |= T2;
      if (t.t3Refer[d * K + k]) refer |= T3;
    }
    switch (b) {
      case 0: // residence: T2, T4
        own = T2;
        if (!t.urbanKind[k] || !(f & F.legal)) fail |= T2;
        // Actually living there is T4's condition for a rental (实际居住), T2's for an owned home.
        if (!(f & F.residing)) fail |= f & F.owned ? T2 : T4;
        if (!(f & F.owned)) {
          own |= T4;
          if (!(f & F.rentalRegistered) || !(f & F.ownerConsent) || f & F.otherHousehold || f & F.shared)
            fail |= T4;
        }
        break;
      case 1: {
        // kin: T6
        own = T6;
        const rel = enumA[i]!;
        const span = t.span[rel]!;
        if (span < 0 || span > t.generationsWithin || !(f & F.kinCoResiding) || !(f & F.kinHostHukou))
          fail |= T6;
        if (span >= 0) {
          const minorChild = rel === KIN_CHILD && Math.floor((t.asOfKey - birth[i]!) / 10000) < t.minorAge;
          if (
            rel !== KIN_SPOUSE &&
            rel !== KIN_PARENT &&
            !minorChild &&
            !(p.area[i]! >= t.housingStandard[d]!)
          )
            fail |= T6;
        }
        break;
      }
      case 2: {
        // student: T7
        own = T7;
        const stage = enumA[i]!;
        if ((t.stageNeedsSchool[stage] && !(f & F.schoolInCity)) || !t.studentAllowed[stage * NT + enumB[i]!])
          fail |= T7;
        break;
      }
      case 3: {
        // military family: T8
        own = T8;
        const rel = enumA[i]!;
        if (rel === MIL_SPOUSE && f & F.followsArmy) refer |= T8;
        else if (enumB[i] === MIL_ELDERS) {
          if (rel === MIL_LINEAL || !(f & F.withElders)) fail |= T8;
        } else if (!t.urbanKind[k] || !(f & F.soldierOwns) || !(f & F.milCoResiding)) fail |= T8;
        break;
      }
      case 4: // key group: T9
        own = T9;
        if (!t.urbanKind[k] || !(f & F.voluntary) || f & F.kgHasResidence) fail |= T9;
        if (enumA[i] === KG_PARK && (!(f & F.laborContract) || p.months[i]! < t.minMonths)) fail |= T9;
        break;
      case 5: // return to origin: T5
        own = T5;
        if (!(f & F.previouslyMoved) || !(f & F.originResiding) || t.urbanKind[k]) fail |= T5;
        if (enumA[i] === HOLDER_NONE || !(p.returnRights[i]! & LAND_OR_HOMESTEAD)) fail |= T5;
        break;
      case 6: // marriage: T5
        own = T5;
        if (!(f & F.applicantRural) === !(f & F.spouseRural) || !(f & F.coupleResides)) fail |= T5;
        break;
      case 7: {
        // residence permit: T11.1
        own = T11;
        const until = p.validUntil[i]!;
        const valid = f & F.permitValid && (until === 0 || t.asOfKey <= until);
        if (
          !valid ||
          !(f & F.permitResidence) ||
          p.permitYears[i]! < t.permitMinYears ||
          p.insuranceYears[i]! < t.permitMinInsurance
        )
          fail |= T11;
        break;
      }
      default: // unregistered: T12
        own = T12;
        if (f & F.hasHukou) fail |= T12;
    }
    const extra = p.conditions[i] ? T145 : 0;
    const j = i - from;
    if (fail) {
      outcome[j] = 1;
      clauses[j] = fail | extra;
    } else if (refer) {
      outcome[j] = 2;
      clauses[j] = refer | extra;
    } else {
      outcome[j] = 0;
      clauses[j] = own | extra;
    }
  }
}
