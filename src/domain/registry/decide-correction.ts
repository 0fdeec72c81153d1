// Item correction (T12: clear wrong, missing and inconsistent items). The event keeps both before and after, so
// the 户口档案 shows what the record said and what it says now. A relation correction never makes or unmakes a head.
import { z } from 'zod';
import { HEAD_RELATION, isMemberRelation } from '../codes/relationships.ts';
import { DomainError } from '../errors.ts';
import { parseIssues } from '../validation.ts';
import type { CommandInput } from './commands.ts';
import { idNumberSchema, personItemsSchema } from './commands.ts';
import type { RegistryEventBody } from './events.ts';
import type { RegistryState } from './model.ts';
import { checkNoActiveHolder, checkVersion, findPerson } from './guards.ts';
import { demand } from './rules.ts';

const VALUE_SCHEMAS: Record<string, z.ZodType> = {
  ...personItemsSchema.shape,
  idNumber: idNumberSchema,
  relation: z.string().refine(isMemberRelation, '与户主关系代码未知或不允许（户主 02 只能通过变更户主产生）'),
};

export function decideCorrection(
  state: RegistryState,
  c: CommandInput<'correct-item'>,
  today: string,
): RegistryEventBody {
  const p = findPerson(state, c.personId, 'personId');
  checkVersion(p.version, c.version, 'version');
  // The value is checked alone, so its issues are the field's own: all are named `after`.
  const parsed = parseIssues(VALUE_SCHEMAS[c.field]!, c.after);
  if (!parsed.ok)
    throw DomainError.invalid(parsed.issues.map((i) => ({ path: 'after', message: i.message })));
  const after = (parsed.data as string | null) ?? null;
  const before = (p[c.field] as string | null) ?? null;
  demand(after !== before, 'correction-changes-something', 'after');
  if (c.field === 'birthDate') demand(after !== null && after <= today, 'birth-not-in-future', 'after');
  if (c.field === 'idNumber' && p.status === 'active')
    checkNoActiveHolder(state, after!, 'after', p.personId);
  if (c.field === 'relation') {
    demand(p.status === 'active', 'person-active', 'personId');
    demand(p.relation !== HEAD_RELATION, 'head-only-by-head-change', 'field');
  }
  const householdId = c.field === 'relation' ? p.householdId : null;
  return { kind: 'item-corrected', personId: p.personId, householdId, field: c.field, before, after };
}
