// Demo mode: a few people living in 凤凰街道 without a local hukou, taken through the real use cases as the demo
// clerk on a shifted clock, so the 居住证 pages open on permits of every kind: valid for years, due for endorsement
// within the month, overdue (suspended by the sweep), and one application waiting to be issued.
import { addDays, localDate } from '../../domain/applications/deadlines.ts';
import { makeIdNumber } from '../../domain/identity/id-number.ts';
import { addYears } from '../../domain/policy/dates.ts';
import { contextAsUser } from '../applications/queries.ts';
import type { AppDeps } from '../context.ts';
import { applyForPermit } from './apply-permit.ts';
import { registerResidence } from './register-residence.ts';
import { endorsePermit, issuePermit } from './permit-actions.ts';
import { sweepLapsedPermits } from './sweep.ts';

interface DemoHolder {
  seq: number;
  name: string;
  origin: string;
  /** Days before today the person started living here, and the permit was issued (null: not yet issued). */
  livedDays: number;
  issuedDaysAgo: number | null;
  /** Endorse at each anniversary (true) or let the last one lapse. */
  endorse: boolean;
}

const HOLDERS: DemoHolder[] = [
  { seq: 301, name: '王建国', origin: '530627', livedDays: 1500, issuedDaysAgo: 1085, endorse: true },
  { seq: 302, name: '陈秀英', origin: '530621', livedDays: 900, issuedDaysAgo: 345, endorse: true },
  { seq: 303, name: '杨成', origin: '510521', livedDays: 1200, issuedDaysAgo: 400, endorse: false },
  { seq: 304, name: '马丽', origin: '530624', livedDays: 260, issuedDaysAgo: null, endorse: true },
];

const at = (deps: AppDeps, day: string): AppDeps => ({ ...deps, now: () => new Date(`${day}T02:00:00Z`) });

export async function seedDemoResidence(deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  if (await db.selectFrom('residence_registration').select('id').limit(1).executeTakeFirst()) return;
  const ctx = await contextAsUser(deps, 'clerk', 'demo-seed');
  const today = localDate(deps.now());
  for (const h of HOLDERS) {
    const since = addDays(today, -h.livedDays);
    const birthDate = `19${80 + (h.seq % 10)}-0${1 + (h.seq % 9)}-1${h.seq % 10}`;
    const registered = await registerResidence(at(deps, since), ctx, {
      person: {
        idNumber: makeIdNumber(h.origin, birthDate, h.seq),
        name: h.name,
        sex: h.seq % 2 ? '1' : '2',
        birthDate,
        ethnicity: '01',
        hukou: { divisionCode: h.origin, rural: true },
      },
      residence: { unitCode: '530602001002', address: `凤凰路${h.seq}号`, since },
      grounds: ['employment', 'residence'],
      evidence: [
        { code: 'employment-proof', reference: `劳动合同 ${h.seq}` },
        { code: 'residence-proof', reference: `房屋租赁合同 ${h.seq}` },
      ],
    });
    const issuedOn = h.issuedDaysAgo === null ? today : addDays(today, -h.issuedDaysAgo);
    const permit = await applyForPermit(at(deps, addDays(issuedOn, -3)), ctx, {
      registrationId: registered.id,
    });
    if (h.issuedDaysAgo === null) continue;
    await issuePermit(at(deps, issuedOn), ctx, permit.id, {});
    for (let year = 1; addYears(issuedOn, year) <= today; year++) {
      const anniversary = addYears(issuedOn, year);
      if (!h.endorse && addYears(issuedOn, year + 1) > today) break;
      await endorsePermit(at(deps, addDays(anniversary, -10)), ctx, permit.id, {});
    }
  }
  await sweepLapsedPermits(deps, 'demo-seed');
}
