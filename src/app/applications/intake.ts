// Intake (受理登记): a clerk at the destination station takes an application down as a draft; an online
// application is created and submitted at once. Submission evaluates the case with the policy engine and keeps
// the decision, its explanation, its inputs and the policy version with the application.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import { mayAct } from '../../domain/access/roles.ts';
import { decide, nameOf } from '../../domain/access/principal.ts';
import {
  applicationInputSchema,
  buildCase,
  checkIntakePrinciples,
  localDate,
  type ApplicationInput,
} from '../../domain/applications/index.ts';
import { findOpenApplication, type ApplicationRow } from '../../db/repositories/applications/applications.ts';
import { writeNewApplication } from '../../db/repositories/applications/transition.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { RESOURCE, eventActor, partyOf, transition } from './common.ts';
import { evaluateApplication } from './evaluate.ts';
import { drawNumber } from './numbering.ts';

export interface CreatedApplication {
  id: string;
  number: string;
  state: string;
  version: number;
}

/**
 * An open application of the same person. Staff see its number; an anonymous caller gets one fixed answer that
 * names no number and no state — anyone can type someone else's ID number, and number + ID number opens the
 * tracking page.
 */
function conflictWith(open: ApplicationRow, ctx: RequestContext): DomainError {
  if (ctx.principal.kind !== 'staff') {
    return new DomainError(
      'conflict',
      '该身份证号码已有办理中的申请，请使用原受理编号查询，或到派出所窗口办理 / an application is already open for this ID number',
      [{ path: 'applicant.idNumber', message: '已有办理中的申请 / an application is already open' }],
    );
  }
  return new DomainError('conflict', `该申请人已有办理中的申请 ${open.number} / an open application exists`, [
    { path: 'applicant.idNumber', message: `已有办理中的申请 ${open.number}` },
  ]);
}

/**
 * The channel this principal takes an application through: staff at the counter of their own station, the public
 * online. The operator and the jobs take none (a counter application needs a clerk: the CLI's --as names one).
 */
function intakeChannel(
  ctx: RequestContext,
  input: ApplicationInput,
  stationCode: string,
): 'counter' | 'online' {
  return decide<'counter' | 'online'>(ctx.principal, {
    staff: ({ actor }) => {
      if (!mayAct(actor, 'applications.intake', stationCode)) {
        throw new DomainError(
          'forbidden',
          '只能受理本派出所辖区的落户申请 / only the destination station may take this application',
        );
      }
      if (input.channel !== 'counter')
        throw DomainError.invalid([{ path: 'channel', message: '窗口受理的渠道应为 counter' }]);
      return 'counter';
    },
    public: () => {
      if (input.channel !== 'online')
        throw DomainError.invalid([{ path: 'channel', message: '网上申请的渠道应为 online' }]);
      return 'online';
    },
    operator: () => {
      throw new DomainError('forbidden', '请以工作人员身份受理（--as 用户名） / act as a clerk (--as USER)');
    },
    system: () => {
      throw new DomainError('forbidden', '后台任务不能受理申请 / a job takes no applications');
    },
  });
}

/**
 * Create a draft (counter) or a submitted application (online, no login). `db`: a caller's open transaction when the
 * application must commit with the caller's other writes (the unregistered intake, quality/unregistered.ts).
 */
export async function createApplication(
  deps: AppDeps,
  ctx: RequestContext,
  raw: unknown,
  db: Kysely<DB> = deps.database.db,
): Promise<CreatedApplication> {
  const input = parseOrThrow(applicationInputSchema, raw);
  checkIntakePrinciples(input, localDate(deps.now()));
  const stationCode = input.destination.divisionCode.slice(0, 9);
  const countyCode = input.destination.divisionCode.slice(0, 6);
  const atCounter = intakeChannel(ctx, input, stationCode) === 'counter';
  const now = deps.now();
  buildCase(input, localDate(now)); // validate the facts now: a draft is a complete case
  const open = await findOpenApplication(db, countyCode, input.applicant.idNumber);
  if (open) throw conflictWith(open, ctx);
  // The number is drawn right before the row that carries it is written (numbering.ts): a refused request uses none.
  const year = Number(localDate(now).slice(0, 4));
  try {
    // At the counter the draft is one statement; online it is submitted at once, in the same transaction.
    if (atCounter) {
      const row = await insertDraft(db, ctx, input, { stationCode, countyCode, now, year });
      return { id: row.id, number: row.number, state: row.state, version: row.version };
    }
    const submit = async (trx: Kysely<DB>) =>
      submitRow(trx, deps, ctx, await insertDraft(trx, ctx, input, { stationCode, countyCode, now, year }));
    return await (db.isTransaction ? submit(db) : db.transaction().execute(submit));
  } catch (e) {
    // Two concurrent first submissions of the same person: the unique index lets one through. Inside a caller's
    // transaction nothing more can be read (it is aborted): the caller's rollback answers.
    if (isUniqueViolation(e) && !db.isTransaction) {
      const again = await findOpenApplication(db, countyCode, input.applicant.idNumber);
      if (again) throw conflictWith(again, ctx);
    }
    throw e;
  }
}

async function insertDraft(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: ApplicationInput,
  at: { stationCode: string; countyCode: string; now: Date; year: number },
): Promise<ApplicationRow> {
  const number = await drawNumber(db, 'LH', at.countyCode, at.year);
  const row: ApplicationRow = {
    id: randomUUID(),
    county_code: at.countyCode,
    number,
    station_code: at.stationCode,
    state: 'draft',
    version: 1,
    channel: input.channel,
    basis: input.basis,
    applicant_name: input.applicant.name,
    applicant_id_number: input.applicant.idNumber,
    applicant_person_id: input.applicant.personId ?? null,
    input,
    consent: input.consent,
    consent_recorded_by: ctx.principal.kind === 'staff' ? nameOf(ctx.principal) : 'applicant-online',
    consent_recorded_at: at.now,
    decision_outcome: null,
    decision_clauses: null,
    missing_materials: null,
    state_entered_at: at.now,
    deadline: null,
    permit_number: null,
    created_by: eventActor(ctx).actor_id,
    created_at: at.now,
    updated_at: at.now,
  };
  const { version: _v, ...insert } = row;
  await writeNewApplication(
    db,
    insert,
    {
      action: 'create',
      from_state: null,
      to_state: 'draft',
      actor_kind: partyOf(ctx).kind,
      ...eventActor(ctx),
      reason: null,
      detail: {
        channel: input.channel,
        consent: { given: input.consent, recordedBy: row.consent_recorded_by },
      },
      at: at.now,
    },
    {
      ...auditActor(ctx),
      action: 'applications.create',
      resourceType: RESOURCE,
      resourceId: row.id,
      countyCode: row.county_code,
      detail: { number },
    },
  );
  return row;
}

/** Submit a draft: evaluate, and store the evaluation with the move to submitted (one statement). */
export async function submitRow(
  db: Kysely<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  row: ApplicationRow,
): Promise<CreatedApplication> {
  const ev = evaluateApplication(deps, row.input as ApplicationInput);
  const next = await transition(db, deps, ctx, row, 'submit', {
    detail: { outcome: ev.decision.outcome, clauses: ev.decision.clauses },
    change: { decision_outcome: ev.decision.outcome, decision_clauses: ev.decision.clauses },
    evaluation: ev.record,
  });
  return { id: next.id, number: next.number, state: next.state, version: next.version };
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';
}
