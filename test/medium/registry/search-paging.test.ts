// Registry search reaches the end of its list (issue 17): a total and pages for a surname, the given name alone,
// the last digits of an ID number (migration 1250's indexes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';

const GIVEN = ['伟', '芳', '伟东', '娜', '强', '磊', '洋', '勇', '军', '杰', '涛', '明'];

describe.each(ENGINES)('registry search pages on %s', (kind) => {
  let t: TestApp;
  let cookie: string;
  const ids: string[] = [];
  const get = (q: string, extra = '') =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/registry/persons?q=${encodeURIComponent(q)}${extra}`,
      headers: { cookie },
    });

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    cookie = await t.login('clerk');
    const names = [...GIVEN.map((g) => `王${g}`), '欧阳伟', '李伟'];
    for (const [i, name] of names.entries()) {
      const idNumber = makeIdNumber('530602', '1985-03-04', 100 + i * 2 + 1);
      ids.push(idNumber);
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/registry/households',
        headers: { cookie },
        payload: {
          kind: 'family',
          address: { divisionCode: '530602001001', detail: `搜索路${i}号` },
          from: '本市',
          reason: '测试',
          head: {
            type: 'newcomer',
            person: { idNumber, name, sex: '1', birthDate: '1985-03-04', ethnicity: '01' },
          },
        },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
  });
  afterAll(async () => t?.close());

  it('gives a surname a total and pages that together hold every match once', async () => {
    const first = await get('王', '&pageSize=5');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ total: GIVEN.length, capped: false, page: 1, pageSize: 5 });
    const seen = new Set<string>();
    for (let page = 1; page <= 3; page++) {
      const r = (await get('王', `&pageSize=5&page=${page}`)).json();
      expect(r.persons).toHaveLength(page < 3 ? 5 : GIVEN.length - 10);
      for (const p of r.persons) seen.add(p.personId);
    }
    expect(seen.size).toBe(GIVEN.length);
    expect((await get('王', '&pageSize=5&page=4')).json().persons).toEqual([]);
    expect((await get('王', '&page=0')).statusCode).toBe(400);
  });

  it('finds by the given name alone, after one- and two-character surnames', async () => {
    const names = (await get('伟')).json().persons.map((p: { name: string }) => p.name);
    expect(names.sort()).toEqual(['李伟', '欧阳伟', '王伟', '王伟东'].sort());
  });

  it('finds by the last digits of an ID number', async () => {
    const target = ids[3]!;
    const r = (await get(target.slice(-5))).json();
    expect(r.query).toEqual({ by: 'idSuffix', value: target.slice(-5) });
    expect(r.persons.map((p: { idNumber: string }) => p.idNumber)).toContain(target);
    expect(r.persons.every((p: { idNumber: string }) => p.idNumber.endsWith(target.slice(-5)))).toBe(true);
  });
});
