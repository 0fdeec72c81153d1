// Builders for residence tests: a person from 镇雄县 (not in the register) living in a community of 凤凰街道 (昭阳区).
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import type { TestApp } from '../../support/app.ts';
import { client } from '../applications/support.ts';

export function residenceRegistration(
  seq: number,
  o: { since?: string; birthDate?: string; origin?: string; unitCode?: string } = {},
) {
  const birthDate = o.birthDate ?? '1988-04-12';
  const origin = o.origin ?? '530627';
  return {
    person: {
      idNumber: makeIdNumber(origin, birthDate, seq),
      name: `居住${seq}`,
      sex: seq % 2 === 1 ? '1' : '2',
      birthDate,
      ethnicity: '01',
      hukou: { divisionCode: origin, rural: true, address: '以勒镇' },
    },
    residence: {
      unitCode: o.unitCode ?? '530602001003',
      address: `龙泉路${seq}号`,
      since: o.since ?? '2019-01-01',
    },
    grounds: ['employment', 'residence'],
    evidence: [
      { code: 'employment-proof', reference: `劳动合同 ${seq}` },
      { code: 'residence-proof', reference: `租赁合同 ${seq}` },
    ],
  };
}

/** Move the test clock and sign in again (a session does not outlive a jump of years). */
export async function clerkAt(t: TestApp, instant: string | Date, user = 'clerk') {
  t.clock.set(instant);
  return client(t, await t.login(user));
}
