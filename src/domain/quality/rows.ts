// The row shapes the detectors read: what a scan streams out of the register in batches. Strings as stored
// (an imported register holds wrong and empty items as written, spec/data-exchange.md), so nothing is assumed valid.

export interface PersonRow {
  personId: string;
  idNumber: string;
  name: string | null;
  /** '1' | '2' as stored; anything else is itself a finding. */
  sex: string | null;
  /** YYYY-MM-DD or null. */
  birthDate: string | null;
  ethnicity: string | null;
  householdNo: string | null;
  relation: string | null;
  countyCode: string;
}

/** A person with what the duplicate scoring compares. */
export interface CandidateRow extends PersonRow {
  formerName?: string | null;
  birthPlace?: string | null;
  nativePlace?: string | null;
  /** 原户口性质 (agricultural, non-agricultural): a fact of the person a second registration repeats. */
  formerType?: string | null;
  /** 12-digit division code of the household address. */
  addressDivision?: string | null;
  /** Names of the other active members of the person's household (relatives). */
  relativeNames?: string[];
  /** Active members of the person's household, the person included (known once the household is read). */
  householdSize?: number;
  /** Active persons of the register holding this name as written, when the reader counted them (a scan does). */
  nameCount?: number;
  /** The household's kind (family, collective-school, …), when the reader knows it. */
  householdKind?: string | null;
}

export interface HouseholdMemberRow {
  householdNo: string;
  countyCode: string;
  idNumber: string;
  relation: string | null;
}

export interface FeedRow {
  idNumber: string;
  name: string;
  /** death_date or enlisted_on. */
  date: string;
}
