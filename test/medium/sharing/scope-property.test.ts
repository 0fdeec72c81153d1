// Property over (department × field × endpoint), through the HTTP app: whatever a department officer gets back is
// within its scope — person items ⊆ scope.person (names and ID numbers masked), household items ⊆ scope.household,
// events only of the scope's kinds, memberships only if the scope has them — or the read is refused (403); a reveal
// succeeds exactly when the field is in the scope.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentCode } from '../../../src/domain/access/departments.ts';
import { FIELD_SCOPES, PERSON_FIELDS, type FieldScope } from '../../../src/domain/access/field-scopes.ts';
import { ENGINES } from '../../support/databases.ts';
import { createSharingFixture, type Client, type SharingFixture } from './support.ts';

const OFFICERS: Record<string, DepartmentCode> = {
  edu: 'education',
  hrss: 'hrss',
  health: 'health',
  civil: 'civil-affairs',
  housing: 'housing',
  army: 'military',
};
const ENDPOINTS = ['lookup', 'person', 'household', 'reveal'] as const;

function within(scope: FieldScope, body: Record<string, unknown>, raw: { name: string; idNumber: string }) {
  const persons = [
    ...((body.persons ?? body.members ?? []) as object[]),
    ...(body.person ? [body.person] : []),
  ] as Record<string, unknown>[];
  for (const p of persons) {
    for (const k of Object.keys(p)) expect(scope.person).toContain(k);
    expect(p.name).not.toBe(raw.name);
    expect(p.idNumber ?? '').not.toBe(raw.idNumber);
  }
  if (body.household) for (const k of Object.keys(body.household)) expect(scope.household).toContain(k);
  for (const e of (body.events ?? []) as { kind: string }[]) expect(scope.events).toContain(e.kind);
  if (!scope.memberships) expect(body.memberships ?? []).toEqual([]);
}

describe.each(ENGINES)('what a department gets is within its scope, on %s', (kind) => {
  let f: SharingFixture;
  const clients = new Map<string, Client>();
  beforeAll(async () => {
    f = await createSharingFixture(kind);
    for (const u of Object.keys(OFFICERS)) clients.set(u, await f.as(u));
  }, 120_000);
  afterAll(async () => f?.close());

  it('holds for every (department, field, endpoint)', async () => {
    const raw = { name: '测试1', idNumber: f.headIdNumber };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(OFFICERS)),
        fc.constantFrom(...PERSON_FIELDS),
        fc.constantFrom(...ENDPOINTS),
        async (user, field, endpoint) => {
          const scope = FIELD_SCOPES[OFFICERS[user]!];
          const c = clients.get(user)!;
          const r =
            endpoint === 'lookup'
              ? await c.get(`/api/v1/registry/persons/by-id-number/${f.headIdNumber}`)
              : endpoint === 'person'
                ? await c.get(`/api/v1/registry/persons/${f.headId}`)
                : endpoint === 'household'
                  ? await c.get(`/api/v1/registry/households/${f.householdId}`)
                  : await c.post(`/api/v1/registry/persons/${f.headId}/reveal`, {
                      fields: [field],
                      purpose: '属性测试核对',
                    });
          if (!scope || (endpoint === 'household' && scope.household.length === 0)) {
            expect(r.statusCode).toBe(403);
            return;
          }
          if (endpoint === 'reveal') {
            expect(r.statusCode).toBe(scope.person.includes(field) ? 200 : 403);
            if (r.statusCode === 200) expect(Object.keys(r.json().values)).toEqual([field]);
            return;
          }
          expect(r.statusCode).toBe(200);
          within(scope, r.json(), raw);
        },
      ),
      { numRuns: 60 },
    );
  });
});
