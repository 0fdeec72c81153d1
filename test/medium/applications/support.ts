// Builders for settlement-application tests: a rental case at 凤凰街道 (昭阳区, the central city) that is
// eligible under T2/T4, and its variants.
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import type { TestApp } from '../../support/app.ts';

export function rentalApplication(
  seq: number,
  overrides: { rentalRegistered?: boolean; birthDate?: string; origin?: string } = {},
) {
  const birthDate = overrides.birthDate ?? '1990-01-01';
  const origin = overrides.origin ?? '530627';
  return {
    channel: 'counter',
    basis: 'residence',
    consent: true,
    applicant: {
      name: '毖谰耪锨',
      idNumber: makeIdNumber(origin, birthDate, seq),
      sex: seq % 2 === 1 ? '1' : '2',
      ethnicity: '01',
      birthDate,
      hukou: { divisionCode: origin, rural: true, address: '乌峰街道' },
      ruralRights: ['land-contract', 'homestead'],
    },
    destination: { divisionCode: '530602001003', kind: 'central-city', address: `龙泉路${seq}号` },
    residence: {
      tenure: 'rented',
      legal: true,
      actuallyResiding: true,
      rentalRegistered: overrides.rentalRegistered ?? true,
      ownerConsent: true,
      otherHouseholdAtAddress: false,
      sharedOrSublet: false,
    },
    companions: [],
  };
}

export const PDF_BYTES = Buffer.from('%PDF-1.4\n% test scan\n');

export function client(t: TestApp, cookie: string | null) {
  const headers = (extra: Record<string, string> = {}) => ({ ...(cookie ? { cookie } : {}), ...extra });
  return {
    post: (url: string, payload?: object, extra: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, ...(payload ? { payload } : {}), headers: headers(extra) }),
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: headers() }),
  };
}

/** Approving with checklist materials not uploaded needs the approver's reason (kept with the approval). */
export const APPROVE_MISSING = { missingMaterialsReason: '原件已当场核验，复印件随后补传（测试）' };
