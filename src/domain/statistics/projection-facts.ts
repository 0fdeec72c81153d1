// The projection's facts (issue 16, T1): what the register records about a person turned into the settlement
// engine's facts, and nothing more. Pure.
//
// How an UNKNOWN fact is treated. The register records where a person lives and since when, the hukou's unit,
// and for a permit holder the residence registration's grounds, the permit's endorsements and the facts 人社
// sent. It does not record whether a home is owned or rented, whether it is legal (title or a registered lease),
// the owner's consent, 一址一户 or subletting, nor — for most holders — social-insurance years. The engine meets a
// requirement only on a fact that says so (the explained path's `=== true` / `=== false` checks, the batch path's
// bits), so a fact not given is a requirement NOT met: each person is decided twice,
//   known       — every unknown fact left unmet: who the register alone shows to be eligible (the projection);
//   favourable  — every unknown fact taken as met: who could be eligible if the missing facts turned out well
//                 (an upper bound, reported beside the projection, never as a fact about anyone).
// A person eligible only in the favourable pass is "undetermined": the register cannot tell.
//
// One premise is the projection's own, not a fact: P2 consent. The question is what the policy would do if the
// people already here settled where they live, so each is taken as applying of their own will.
import { BASES, DESTINATION_KINDS } from '../policy/case-schema.ts';
import { F } from '../policy/batch/population.ts';
import { destinationKindOfTown } from '../permits/settlement-draft.ts';
import { standingOn } from '../permits/lifecycle.ts';
import type { PermitState } from '../permits/states.ts';
import { ageOn } from '../policy/dates.ts';
import type { ParameterSet } from '../policy/parameters.ts';

export const RESIDENCE_BASIS = BASES.indexOf('residence');
export const PERMIT_BASIS = BASES.indexOf('residence-permit');

/** Insurance years standing for "unknown, taken as met" in the favourable pass (above any threshold). */
export const ENOUGH_YEARS = 255;

/** A person with hukou in the city living in another, urban, unit of the city (人户分离). */
export interface ApartPerson {
  /** Whether the hukou's unit is urban (1xx): the engine reads the hukou as rural otherwise. */
  hukouUrban: boolean;
  /** Where the person lives: a 12-digit unit of the city, urban by selection. */
  residenceUnit: string;
}

/** A holder of a valid residence permit, with what the registration and 人社 recorded. */
export interface PermitHolder {
  residenceUnit: string;
  hukouRural: boolean;
  /** The registration's grounds (employment | residence | study). */
  grounds: readonly string[];
  /** Continuous residence years counted from the permit's issue and endorsements (Decree 663 art. 10). */
  continuousYears: number;
  /** The latest social-insurance years 人社 sent; null = none received (unknown). */
  insuranceYears: number | null;
}

/** One row of engine facts: the known flags and the favourable ones, and the numbers each pass reads. */
export interface EngineFacts {
  basis: number;
  /** 9-digit town code of the destination (parameters are per county or town) and its kind for the rules. */
  town: string;
  kind: number;
  known: number;
  favourable: number;
  permitYears: number;
  insuranceKnown: number;
  insuranceFavourable: number;
}

const kindOf = (unit: string) => DESTINATION_KINDS.indexOf(destinationKindOfTown(unit));
// Facts every evaluated person holds: a hukou means a citizen (T12 registers citizens only) who is not on active
// service (active servicemen's hukou is cancelled); P2 is the projection's premise (see above).
const CITIZEN = F.consent | F.nationalityCN | F.hasHukou;

/** 人户分离: basis residence (T2, T4) at the unit they live in. Known: they live there (the register says so). */
export function apartFacts(p: ApartPerson): EngineFacts {
  const hukouRural = p.hukouUrban ? 0 : F.hukouRural | F.applicantRural;
  const known = CITIZEN | hukouRural | F.residing;
  // Unknown: tenure, legality and the rental's conditions. Left unmet, a rental's 一址一户 and no-sublet facts are
  // "not shown to hold" (their bits say the address is shared); taken as met, the home is owned and legal.
  const unmetRental = F.otherHousehold | F.shared;
  return {
    basis: RESIDENCE_BASIS,
    town: p.residenceUnit.slice(0, 9),
    kind: kindOf(p.residenceUnit),
    known: known | unmetRental,
    favourable: known | F.owned | F.legal,
    permitYears: 0,
    insuranceKnown: 0,
    insuranceFavourable: 0,
  };
}

/** A permit holder: basis residence-permit (T11.1) at the registered residence. */
export function permitFacts(h: PermitHolder): EngineFacts {
  const rural = h.hukouRural ? F.hukouRural | F.applicantRural : 0;
  // The query selects valid permits only; a legal stable residence is known when the registration's grounds
  // name it (the clerk saw the evidence), unknown otherwise.
  const known = CITIZEN | rural | F.permitValid;
  const residence = h.grounds.includes('residence') ? F.permitResidence : 0;
  return {
    basis: PERMIT_BASIS,
    town: h.residenceUnit.slice(0, 9),
    kind: kindOf(h.residenceUnit),
    known: known | residence,
    favourable: known | F.permitResidence,
    permitYears: Math.min(h.continuousYears, 254),
    insuranceKnown: Math.min(h.insuranceYears ?? 0, 254),
    insuranceFavourable: h.insuranceYears === null ? ENOUGH_YEARS : Math.min(h.insuranceYears, 254),
  };
}

/** Whether a stored permit is valid on the day and its continuous residence years then (the entitlement walk). */
export function permitOnDay(
  p: { status: string; issuedOn: string | null; endorsements: string[]; countyCode: string },
  asOf: string,
  set: ParameterSet,
): { valid: boolean; continuousYears: number } {
  const facts = { state: p.status as PermitState, issuedOn: p.issuedOn, endorsements: p.endorsements };
  const { state, standing } = standingOn(facts, asOf, set, p.countyCode);
  if (state !== 'valid' || !standing) return { valid: false, continuousYears: 0 };
  return { valid: true, continuousYears: ageOn(standing.continuitySince, asOf) };
}
