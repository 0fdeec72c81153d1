// Receiving department facts about permit holders (人社: social-insurance years; 教育: schooling years), as JSON or
// CSV. Each fact is kept as received (a new row per change) with its sender; the audit row commits with them.
import { decide, nameOf, principalMay } from '../../domain/access/principal.ts';
import { DomainError } from '../../domain/errors.ts';
import { factsFromCsv, FACT_DEPARTMENTS, maySendFact } from '../../domain/permits/facts.ts';
import { permitFactsInput, type PermitFactInput } from '../../domain/permits/permit-schema.ts';
import { DEPARTMENTS } from '../../domain/access/departments.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { idNumbersWithOpenPermit, insertFacts } from '../../db/repositories/residence/facts.ts';
import { inTransaction } from '../transaction.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';

function senderDepartment(ctx: RequestContext, kind: PermitFactInput['kind']): string {
  const allowed = decide(ctx.principal, {
    // A department system's token sends only the kinds its scopes name (maySendFact checks them).
    staff: ({ actor }) => principalMay(ctx.principal, 'permits.feed') && maySendFact(actor, kind),
    operator: () => true,
    system: () => false,
    public: () => false,
  });
  const department = DEPARTMENTS[FACT_DEPARTMENTS[kind]].name;
  if (!allowed)
    throw new DomainError(
      'forbidden',
      `此类信息须由${department}报送 / only ${DEPARTMENTS[FACT_DEPARTMENTS[kind]].en} may send ${kind}`,
    );
  return department;
}

export async function receivePermitFacts(deps: AppDeps, ctx: RequestContext, raw: unknown, csv?: string) {
  if (ctx.principal.kind === 'public') throw new DomainError('unauthenticated', '请先登录 / please log in');
  const { items } = parseOrThrow(permitFactsInput, csv === undefined ? raw : factsFromCsv(csv));
  const departments = items.map((f) => senderDepartment(ctx, f.kind));
  const now = deps.now();
  const by = nameOf(ctx.principal);
  return inTransaction(deps, async (trx) => {
    await insertFacts(
      trx,
      items.map((f, i) => ({
        id_number: f.idNumber,
        kind: f.kind,
        child_key:
          f.kind === 'child-schooling-years'
            ? (f.child.idNumber ?? `${f.child.name ?? ''}|${f.child.birthDate}`)
            : '',
        child_name: f.kind === 'child-schooling-years' ? (f.child.name ?? null) : null,
        child_birth_date: f.kind === 'child-schooling-years' ? f.child.birthDate : null,
        years: f.years,
        as_of: f.asOf,
        department: departments[i]!,
        received_by: by,
        received_at: now,
      })),
    );
    const holders = await idNumbersWithOpenPermit(trx, [...new Set(items.map((f) => f.idNumber))]);
    const applied = items.filter((f) => holders.has(f.idNumber)).length;
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: 'residence-permits.facts',
      resourceType: 'permit-fact',
      detail: {
        received: items.length,
        applied,
        kinds: [...new Set(items.map((f) => f.kind))],
        csv: csv !== undefined,
      },
    });
    return { received: items.length, applied, withoutPermit: items.length - applied };
  });
}
