// The intake of a person without hukou refuses identity facts the web form refuses (issue 17): a wrong check
// character, a birth after today, a sex or birth date the ID number contradicts, a unit that does not exist — each
// a 400 naming its field, and nothing written. Properties: any valid number with a changed check character, and
// any birth date after today, are refused on their field.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeUnregistered } from '../../../src/app/quality/unregistered.ts';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { localDate } from '../../../src/domain/applications/deadlines.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { checkCharacter, makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { makeContext } from '../../support/deps.ts';
import { ENGINES } from '../../support/databases.ts';

const RUNS = 25;

/** A complete intake of a woman born 2012-05-01 with her own number; a test changes one thing. */
function intake(overrides: Record<string, unknown> = {}) {
  return {
    category: 'unplanned-birth',
    name: '王小花',
    sex: '2',
    birthDate: '2012-05-01',
    idNumber: makeIdNumber('530602', '2012-05-01', 62),
    divisionCode: '530602001003',
    address: '西街9号',
    destinationKind: 'central-city',
    ...overrides,
  };
}

/** The fields a refusal names. */
async function refusedFields(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DomainError);
  expect((e as DomainError).code).toBe('invalid-input');
  return (e as DomainError).issues.map((i) => i.path);
}

describe.each(ENGINES)('the unregistered intake checks identity facts on %s', (kind) => {
  let t: TestApp;
  let cookie: string;
  const ctx = makeContext();
  const count = async () =>
    Number(
      (
        await t.deps.database.db
          .selectFrom('quality_unregistered')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    cookie = await t.login('clerk');
  });
  afterAll(async () => t?.close());

  it('answers 400 naming each field over HTTP, and writes nothing', async () => {
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/quality/unregistered', payload, headers: { cookie } });
    const good = intake().idNumber;
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ idNumber: good.slice(0, 17) + (good[17] === '0' ? '1' : '0') }, 'idNumber', /校验码/],
      [{ birthDate: '2999-01-01' }, 'birthDate', /晚于今天/],
      [{ sex: '1' }, 'sex', /性别不一致/],
      [{ birthDate: '2012-05-02' }, 'birthDate', /出生日期不一致/],
      [{ idNumber: '' }, 'idNumber', /18位/],
      [{ divisionCode: '530602001399' }, 'divisionCode', /没有这个村/],
      [{ divisionCode: '530699001001' }, 'divisionCode', /区划代码/],
    ];
    const before = await count();
    for (const [change, field, words] of cases) {
      const r = await post(intake(change));
      expect(r.statusCode, `${JSON.stringify(change)}: ${r.body}`).toBe(400);
      const issues = r.json().error.issues as Array<{ path: string; message: string }>;
      expect(issues.map((i) => i.path)).toContain(field);
      expect(issues.find((i) => i.path === field)!.message).toMatch(words);
    }
    expect(await count()).toBe(before);
    // The same intake without the mistake is taken in.
    expect((await post(intake())).statusCode).toBe(201);
  });

  it('refuses any valid number whose check character was changed, on idNumber', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(...'0123456789X'),
        async (born, sequence, typo) => {
          const birthDate = born.toISOString().slice(0, 10);
          const good = makeIdNumber('530602', birthDate, sequence);
          fc.pre(typo !== checkCharacter(good.slice(0, 17)));
          const sex = sequence % 2 === 1 ? '1' : '2';
          const fields = await refusedFields(
            intakeUnregistered(t.deps, ctx, intake({ idNumber: good.slice(0, 17) + typo, birthDate, sex })),
          );
          expect(fields).toEqual(['idNumber']);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses any birth date after today, on birthDate (and a number born then, on idNumber)', async () => {
    const today = localDate(t.deps.now());
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 20_000 }), async (days) => {
        const later = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000);
        const birthDate = later.toISOString().slice(0, 10);
        const withoutNumber = await refusedFields(
          intakeUnregistered(t.deps, ctx, intake({ birthDate, idNumber: undefined })),
        );
        expect(withoutNumber).toEqual(['birthDate']);
        const withNumber = await refusedFields(
          intakeUnregistered(
            t.deps,
            ctx,
            intake({ birthDate, idNumber: makeIdNumber('530602', birthDate, 2) }),
          ),
        );
        expect(withNumber.sort()).toEqual(['birthDate', 'idNumber']);
      }),
      { numRuns: RUNS },
    );
  });
});
