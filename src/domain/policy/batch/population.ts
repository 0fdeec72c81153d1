// A population of settlement cases held as columnar typed arrays: the shape the batch evaluator reads at
// memory speed. One row per case; enums are indexes into the schema's value lists; booleans are bits.
import {
  BASES,
  DESTINATION_KINDS,
  KEY_GROUP_CATEGORIES,
  KEY_GROUP_TARGETS,
  KIN_RELATIONS,
  MILITARY_RELATIONS,
  MILITARY_TARGETS,
  RIGHTS_HOLDERS,
  STUDENT_STAGES,
  STUDENT_TARGETS,
  UNREGISTERED_CATEGORIES,
} from '../case-schema.ts';

/** Bit positions in `flags`. */
export const F = {
  consent: 1 << 0,
  activeMilitary: 1 << 1,
  nationalityCN: 1 << 2,
  hasHukou: 1 << 3,
  hukouRural: 1 << 4,
  owned: 1 << 5,
  legal: 1 << 6,
  residing: 1 << 7,
  rentalRegistered: 1 << 8,
  ownerConsent: 1 << 9,
  otherHousehold: 1 << 10,
  shared: 1 << 11,
  kinCoResiding: 1 << 12,
  kinHostHukou: 1 << 13,
  schoolInCity: 1 << 14,
  followsArmy: 1 << 15,
  withElders: 1 << 16,
  soldierOwns: 1 << 17,
  milCoResiding: 1 << 18,
  voluntary: 1 << 19,
  laborContract: 1 << 20,
  kgHasResidence: 1 << 21,
  previouslyMoved: 1 << 22,
  originResiding: 1 << 23,
  applicantRural: 1 << 24,
  spouseRural: 1 << 25,
  coupleResides: 1 << 26,
  permitValid: 1 << 27,
  permitResidence: 1 << 28,
} as const;

/** Bits of rural rights and of attached conditions (same order as RURAL_RIGHTS / CONDITIONS). */
export const RIGHT_BITS = { 'land-contract': 1, homestead: 2, 'collective-income': 4 } as const;

export interface Population {
  size: number;
  /** One decision date for the whole population (parameters are resolved once for it). */
  asOf: string;
  /** Destination divisions referenced by `division`. */
  divisions: string[];
  basis: Uint8Array;
  flags: Uint32Array;
  division: Uint16Array;
  kind: Uint8Array;
  /** Birth date as YYYYMMDD. */
  birth: Int32Array;
  /** Basis-specific enum: kin relation, student stage, military relation, key-group category, rights holder, unregistered category. */
  enumA: Uint8Array;
  /** Basis-specific enum: student target, military target, key-group target. */
  enumB: Uint8Array;
  /** Key-group months employed. */
  months: Uint16Array;
  /** Permit: continuous years, social-insurance years; permit last valid day as YYYYMMDD (0 = not given). */
  permitYears: Uint8Array;
  insuranceYears: Uint8Array;
  validUntil: Int32Array;
  /** Kin: the host's per-capita housing area (NaN = not given). */
  area: Float32Array;
  ruralRights: Uint8Array;
  returnRights: Uint8Array;
  conditions: Uint8Array;
}

export function allocatePopulation(size: number, asOf: string, divisions: string[]): Population {
  return {
    size,
    asOf,
    divisions,
    basis: new Uint8Array(size),
    flags: new Uint32Array(size),
    division: new Uint16Array(size),
    kind: new Uint8Array(size),
    birth: new Int32Array(size),
    enumA: new Uint8Array(size),
    enumB: new Uint8Array(size),
    months: new Uint16Array(size),
    permitYears: new Uint8Array(size),
    insuranceYears: new Uint8Array(size),
    validUntil: new Int32Array(size),
    area: new Float32Array(size),
    ruralRights: new Uint8Array(size),
    returnRights: new Uint8Array(size),
    conditions: new Uint8Array(size),
  };
}

const keyToIso = (k: number) =>
  `${String(Math.floor(k / 10000)).padStart(4, '0')}-${String(Math.floor(k / 100) % 100).padStart(2, '0')}-${String(k % 100).padStart(2, '0')}`;
const rightsOf = (mask: number) =>
  (Object.keys(RIGHT_BITS) as (keyof typeof RIGHT_BITS)[]).filter((r) => mask & RIGHT_BITS[r]);

/** Row i as the JSON case of the contract: the bridge that lets the explained single path judge the same case. */
export function decodeCase(p: Population, i: number): Record<string, unknown> {
  const f = p.flags[i]!;
  const has = (bit: number) => (f & bit) !== 0;
  const a = p.enumA[i]!;
  const b = p.enumB[i]!;
  const basis = BASES[p.basis[i]!]!;
  const c: Record<string, unknown> = {
    asOf: p.asOf,
    basis,
    applicant: {
      birthDate: keyToIso(p.birth[i]!),
      nationality: has(F.nationalityCN) ? 'CN' : 'VN',
      activeMilitary: has(F.activeMilitary),
      consent: has(F.consent),
      hukou: has(F.hasHukou) ? { divisionCode: '530627', rural: has(F.hukouRural) } : null,
      ruralRights: rightsOf(p.ruralRights[i]!),
    },
    destination: { divisionCode: p.divisions[p.division[i]!]!, kind: DESTINATION_KINDS[p.kind[i]!] },
    conditions: rightsOf(p.conditions[i]!).map((r) => `surrender-${r}`),
  };
  switch (basis) {
    case 'residence':
      c.residence = has(F.owned)
        ? { tenure: 'owned', legal: has(F.legal), actuallyResiding: has(F.residing) }
        : {
            tenure: 'rented',
            legal: has(F.legal),
            actuallyResiding: has(F.residing),
            rentalRegistered: has(F.rentalRegistered),
            ownerConsent: has(F.ownerConsent),
            otherHouseholdAtAddress: has(F.otherHousehold),
            sharedOrSublet: has(F.shared),
          };
      break;
    case 'kin': {
      const area = p.area[i]!;
      c.kin = {
        relation: KIN_RELATIONS[a],
        coResiding: has(F.kinCoResiding),
        hostHukouAtDestination: has(F.kinHostHukou),
        ...(Number.isNaN(area) ? {} : { perCapitaHousingAreaM2: area }),
      };
      break;
    }
    case 'student':
      c.student = { stage: STUDENT_STAGES[a], schoolInCity: has(F.schoolInCity), target: STUDENT_TARGETS[b] };
      break;
    case 'military-family':
      c.military = {
        relation: MILITARY_RELATIONS[a],
        followsArmy: has(F.followsArmy),
        target: MILITARY_TARGETS[b],
        coResidingWithElders: has(F.withElders),
        soldierOwnsResidence: has(F.soldierOwns),
        coResiding: has(F.milCoResiding),
      };
      break;
    case 'key-group':
      c.keyGroup = {
        category: KEY_GROUP_CATEGORIES[a],
        voluntary: has(F.voluntary),
        laborContract: has(F.laborContract),
        monthsEmployed: p.months[i],
        hasLegalStableResidence: has(F.kgHasResidence),
        target: KEY_GROUP_TARGETS[b],
      };
      break;
    case 'return-to-origin':
      c.returnToOrigin = {
        previouslyMovedToTown: has(F.previouslyMoved),
        rightsHolder: RIGHTS_HOLDERS[a],
        rights: rightsOf(p.returnRights[i]!),
        actuallyResiding: has(F.originResiding),
      };
      break;
    case 'marriage':
      c.marriage = {
        applicantHukouRural: has(F.applicantRural),
        spouseHukouRural: has(F.spouseRural),
        coupleResidesAtDestination: has(F.coupleResides),
      };
      break;
    case 'residence-permit':
      c.residencePermit = {
        valid: has(F.permitValid),
        continuousYears: p.permitYears[i],
        socialInsuranceYears: p.insuranceYears[i],
        hasLegalStableResidence: has(F.permitResidence),
        ...(p.validUntil[i] ? { validUntil: keyToIso(p.validUntil[i]!) } : {}),
      };
      break;
    case 'unregistered':
      c.unregistered = { category: UNREGISTERED_CATEGORIES[a] };
      break;
  }
  return c;
}
