// The road from permit to hukou (T11 → basis `residence-permit`): a settlement application prefilled from the
// holder's residence and permit, for the clerk to complete (destination household, companions) and the holder to
// consent to. Pure: the use case supplies the stored facts.
import { TOWNS } from '../divisions/tree.ts';
import type { DESTINATION_KINDS } from '../policy/case-schema.ts';

/** The kind of place a town is, as the settlement rules read it: 街道 of 昭阳区 the central city, other 街道 a county town. */
export function destinationKindOfTown(townCode: string): (typeof DESTINATION_KINDS)[number] {
  const town = TOWNS.get(townCode.slice(0, 9));
  if (!town) return 'rural';
  if (town.kind === '街道') return town.countyCode === '530602' ? 'central-city' : 'county-town';
  return town.kind === '镇' ? 'town' : 'rural';
}

export interface DraftFacts {
  personId: string | null;
  name: string;
  idNumber: string;
  sex: string;
  ethnicity: string | null;
  birthDate: string;
  hukou: { divisionCode: string; rural: boolean; address: string | null };
  residence: { unitCode: string; address: string; grounds: readonly string[] };
  permit: { valid: boolean; continuousYears: number; socialInsuranceYears: number };
}

export function settlementDraft(f: DraftFacts) {
  return {
    channel: 'counter' as const,
    basis: 'residence-permit' as const,
    applicant: {
      ...(f.personId ? { personId: f.personId } : {}),
      name: f.name,
      idNumber: f.idNumber,
      sex: f.sex,
      ethnicity: f.ethnicity ?? '01',
      birthDate: f.birthDate,
      nationality: 'CN',
      activeMilitary: false,
      hukou: {
        divisionCode: f.hukou.divisionCode,
        rural: f.hukou.rural,
        ...(f.hukou.address ? { address: f.hukou.address } : {}),
      },
      ruralRights: [],
    },
    destination: {
      divisionCode: f.residence.unitCode,
      kind: destinationKindOfTown(f.residence.unitCode),
      address: f.residence.address,
    },
    residencePermit: {
      valid: f.permit.valid,
      continuousYears: f.permit.continuousYears,
      socialInsuranceYears: f.permit.socialInsuranceYears,
      hasLegalStableResidence: f.residence.grounds.includes('residence'),
    },
    companions: [],
    // P2: the holder consents at the counter; the draft never consents for them.
    consent: false,
  };
}
