// Bad rows (spec/data-exchange.md): every one reported as file:line: column: reason; without --skip-invalid nothing
// lands; with it the good rows land and rejects.csv holds the rest. Quality problems are not bad rows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, createTestDatabase, type TestDatabase } from '../../support/databases.ts';
import { generateCity } from '../../../src/jobs/generate/run.ts';
import { importDirectory } from '../../../src/jobs/import/run.ts';

function corrupt(dir: string) {
  const persons = readFileSync(join(dir, 'persons.csv'), 'utf8').trimEnd().split('\n');
  const cells = (i: number) => persons[i]!.split(',');
  const bad = [
    [...cells(3).slice(0, 3), '1990-13-01', ...cells(3).slice(4)], // line 4: bad birth_date
    [...cells(5).slice(0, 5), 'NOSUCHHOUSEHOLD', ...cells(5).slice(6)], // line 6: unknown household
    cells(7).slice(0, 5), // line 8: wrong number of fields
    [...cells(9).slice(0, 2), '7', ...cells(9).slice(3)], // line 10: unknown sex code
  ];
  persons[3] = bad[0]!.join(',');
  persons[5] = bad[1]!.join(',');
  persons[7] = bad[2]!.join(',');
  persons[9] = bad[3]!.join(',');
  // A quality problem, not a bad row: a wrong check character and an empty name land as written.
  const q = cells(11);
  q[0] = q[0]!.slice(0, 17) + (q[0]![17] === '0' ? '1' : '0');
  q[1] = '';
  persons[11] = q.join(',');
  writeFileSync(join(dir, 'persons.csv'), persons.join('\n') + '\n');
  const households = readFileSync(join(dir, 'households.csv'), 'utf8').trimEnd().split('\n');
  const h = households[2]!.split(',');
  h[2] = '530602999999';
  households[2] = h.join(',');
  writeFileSync(join(dir, 'households.csv'), households.join('\n') + '\n');
  return { badHousehold: h[0]!, quality: q[0]! };
}

describe.each(ENGINES)('bad rows on %s', (engine) => {
  let database: TestDatabase;
  let dir: string;
  let facts: ReturnType<typeof corrupt>;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'hukou-bad-'));
    await generateCity({ persons: 400, seed: 'bad-rows', dir, rates: {} });
    facts = corrupt(dir);
  }, 60_000);
  afterAll(async () => {
    await database.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists each bad row with its line and lands nothing', async () => {
    const messages: string[] = [];
    const result = await importDirectory(database, { dir, actor: 'test', onReject: (m) => messages.push(m) });
    expect(result.status).toBe('failed');
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^households\.csv:3: division_code: /),
        expect.stringMatching(/^persons\.csv:4: birth_date: /),
        expect.stringMatching(/^persons\.csv:6: household_no: /),
        expect.stringMatching(/^persons\.csv:8: \(row\): /),
        expect.stringMatching(/^persons\.csv:10: sex: /),
      ]),
    );
    const persons = await sql<{ n: number }>`select count(*)::int as n from person`.execute(database.db);
    const households = await sql<{ n: number }>`select count(*)::int as n from household`.execute(
      database.db,
    );
    expect([persons.rows[0]!.n, households.rows[0]!.n]).toEqual([0, 0]);
  });

  it('with skip-invalid lands the good rows, quality problems included, and writes rejects.csv', async () => {
    const result = await importDirectory(database, { dir, actor: 'test', skipInvalid: true });
    expect(result.status).toBe('committed');
    const rejects = readFileSync(join(dir, 'rejects.csv'), 'utf8').trimEnd().split('\n');
    expect(rejects[0]).toBe('file,line,column,reason,row');
    const located = rejects.slice(1).map((l) => l.split(',').slice(0, 2).join(':'));
    expect(located).toEqual(
      expect.arrayContaining([
        'households.csv:3',
        'persons.csv:4',
        'persons.csv:6',
        'persons.csv:8',
        'persons.csv:10',
      ]),
    );
    // The members of the rejected household are rejected too: their household does not exist.
    const orphans = rejects.filter((l) => l.includes(facts.badHousehold) && l.startsWith('persons.csv'));
    expect(orphans.length).toBeGreaterThan(0);
    expect(result.counts.rejected).toBe(rejects.length - 1);
    const landed = await sql<{
      name: string;
    }>`select name from person where id_number = ${facts.quality}`.execute(database.db);
    expect(landed.rows).toEqual([{ name: '' }]);
  });
});
