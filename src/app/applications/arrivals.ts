// Who arrives at the destination: a person already in the city's register (moved out at the origin first when
// still registered there: one-stop, no paper 迁移证), or a newcomer entered from the application's identity.
// Used for the applicant and for each companion (随迁), always inside the completion's one transaction.
import type { Transaction } from 'kysely';
import { DomainError } from '../../domain/errors.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { originInCity } from './places.ts';
import { applyRegistryCommand, registrySlice } from './registry-bridge.ts';

export interface ArrivingPerson {
  personId?: string | undefined;
  name: string;
  idNumber: string;
  sex: '1' | '2';
  ethnicity: string;
  birthDate: string;
}

export type Arrival =
  | { type: 'existing'; personId: string; version: number }
  | { type: 'newcomer'; person: Omit<ArrivingPerson, 'personId'> };

export interface Moving {
  legalBasis: string;
  reason: string;
  /** Where the person goes, as written on the origin's move-out. */
  to: string;
  /** A head leaving members behind names the member who heads the origin household from now (hand-over.ts). */
  newHeadPersonId?: string | undefined;
}

/** The arrival for a move-in or a new household; writes the origin's move-out first when the person is registered in the city. */
export async function arrivalFor(
  trx: Transaction<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  p: ArrivingPerson,
  m: Moving,
): Promise<{ arrival: Arrival; moveOutEventId: string | null }> {
  const slice = await registrySlice(trx, {
    idNumbers: [p.idNumber],
    ...(p.personId ? { personIds: [p.personId] } : {}),
  });
  const known = [...slice.persons.values()].find(
    (x) => x.idNumber === p.idNumber || x.personId === p.personId,
  );
  if (known && known.status === 'active') {
    if (!originInCity(known.countyCode))
      throw new DomainError(
        'rule-violation',
        `${p.name} 登记的户籍不在本市：请凭迁出地的迁出确认办理，或报县级公安机关核查`,
      );
    const { newHeadPersonId, ...moving } = m;
    const out = await applyRegistryCommand(trx, deps, ctx, 'move-out', {
      personId: known.personId,
      version: known.version,
      ...moving,
      ...(newHeadPersonId ? { newHeadPersonId } : {}),
    });
    const after = out.next.persons.get(known.personId)!;
    return {
      arrival: { type: 'existing', personId: known.personId, version: after.version },
      moveOutEventId: out.event.eventId,
    };
  }
  if (known)
    return {
      arrival: { type: 'existing', personId: known.personId, version: known.version },
      moveOutEventId: null,
    };
  const { name, sex, birthDate, ethnicity, idNumber } = p;
  return {
    arrival: { type: 'newcomer', person: { name, sex, birthDate, ethnicity, idNumber } },
    moveOutEventId: null,
  };
}
