// Demo mode: generated village and community units for every town (the real table is imported), and one family
// in 凤凰街道 so a clerk has a household to work on at once.
import { generateAllUnits } from '../../domain/divisions/units.ts';
import { makeIdNumber } from '../../domain/identity/id-number.ts';
import { countDivisionUnits, upsertDivisionUnits } from '../../db/repositories/registry/divisions.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { recordChange } from './record-change.ts';
import { systemJob } from '../../domain/access/principal.ts';

export const DEMO_HEAD_ID_NUMBER = makeIdNumber('530602', '1980-02-22', 131);

export async function seedDemoRegistry(deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  if ((await countDivisionUnits(db)) === 0) await upsertDivisionUnits(db, generateAllUnits());
  const existing = await db
    .selectFrom('person')
    .select('person_id')
    .where('id_number', '=', DEMO_HEAD_ID_NUMBER)
    .executeTakeFirst();
  if (existing) return;
  const ctx: RequestContext = { principal: systemJob('demo-seed'), requestId: 'demo-seed', ip: 'local' };
  const created = await recordChange(deps, ctx, 'create-household', {
    kind: 'family',
    address: { divisionCode: '530602001001', detail: '凤凰路1号' },
    from: '四川省宜宾市',
    reason: '演示数据',
    head: {
      type: 'newcomer',
      person: {
        idNumber: DEMO_HEAD_ID_NUMBER,
        name: '张三',
        sex: '1',
        birthDate: '1980-02-22',
        ethnicity: '01',
      },
    },
  });
  const household = created.households[0]!;
  await recordChange(deps, ctx, 'move-in', {
    householdId: household.householdId,
    version: household.version,
    relation: '12',
    from: '鲁甸县',
    reason: '演示数据',
    arrival: {
      type: 'newcomer',
      person: {
        idNumber: makeIdNumber('530621', '1982-05-16', 242),
        name: '李梅',
        sex: '2',
        birthDate: '1982-05-16',
        ethnicity: '03',
      },
    },
  });
}
