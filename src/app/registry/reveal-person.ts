// Reveal: a department officer sees the unmasked value of items its scope holds (name, ID number), one person at a
// time, for a stated purpose (T13.2: shared by need). The purpose goes into the audit row's purpose column; asking
// for an item outside the scope is refused (403) and audited with the same purpose.
import type { PersonField } from '../../domain/access/field-scopes.ts';
import { revealSchema } from '../../domain/registry/schema.ts';
import { fieldsOutside } from '../../domain/access/views.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { findHousehold, findPersonById } from '../../db/repositories/registry/queries.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { auditRefusal, mayRead, readerView, type ReadAttempt } from './authorize-read.ts';

export async function revealPerson(deps: AppDeps, ctx: RequestContext, personId: string, raw: unknown) {
  const input = parseOrThrow(revealSchema, raw);
  const fields = [...new Set(input.fields)];
  const attempt: ReadAttempt = {
    resourceType: 'person',
    resourceId: personId,
    personIds: [personId],
    detail: { fields, reveal: true },
  };
  const view = await readerView(deps, ctx, attempt);
  const outside = view ? fieldsOutside(view.scope, fields) : [];
  if (view && outside.length) {
    await auditRefusal(
      deps,
      ctx,
      { ...attempt, detail: { ...attempt.detail, outside, view: view.scope.view } },
      'outside-scope',
      input.purpose,
    );
    throw new DomainError(
      'forbidden',
      `本部门的共享范围不含：${outside.join('、')} / outside your department's view`,
      outside.map((f) => ({ path: 'fields', message: f })),
    );
  }
  const person = await findPersonById(deps.database.db, personId);
  const household = person?.householdId
    ? await findHousehold(deps.database.db, person.householdId)
    : undefined;
  if (!person || !mayRead(ctx, household?.address.divisionCode)) {
    await auditRefusal(
      deps,
      ctx,
      { ...attempt, personIds: person ? [personId] : [] },
      person ? 'outside-jurisdiction' : 'not-found',
      input.purpose,
    );
    throw DomainError.notFound('人员');
  }
  const record = { ...person, divisionCode: household?.address.divisionCode ?? null } as Record<
    PersonField,
    unknown
  >;
  const values = Object.fromEntries(fields.map((f) => [f, record[f] ?? null]));
  await recordAudit(deps.database.db, {
    ...auditActor(ctx),
    action: 'registry.reveal',
    resourceType: 'person',
    resourceId: personId,
    countyCode: person.countyCode,
    personIds: [personId],
    purpose: input.purpose,
    detail: { fields, view: view?.scope.view ?? null },
  });
  return { personId, values };
}
