// Completion moves the applicant and the eligible companions out of their origin households (one-stop). A head
// who leaves other members behind must name one of them as the new head on the move-out (户口登记条例 第十七条,
// the registry's rule head-hands-over, T10.1 one head per household). This plans the move-outs so the rule holds
// and the clerk is told, before anything is written, what to choose: members leave before their head (a head whose
// whole household moves along needs no successor), and the one named successor must be a member who stays.
import { HEAD_RELATION } from '../codes/relationships.ts';
import { DomainError } from '../errors.ts';
import type { Person, RegistryState } from '../registry/model.ts';

export interface HandOverPlan {
  /** ID numbers of the movers registered in the city, in the order their move-outs are written: heads last. */
  order: string[];
  /** The leaving head who hands over (by ID number) and the member who becomes head; null when none must. */
  handOver: { headIdNumber: string; newHeadPersonId: string } | null;
}

const PATH = 'newHeadPersonId';

/** Active members of a household in the slice, by name order as registered. */
export function membersOf(state: RegistryState, householdId: string): Person[] {
  return [...state.persons.values()].filter((p) => p.status === 'active' && p.householdId === householdId);
}

/** The heads among the movers who leave members behind, with those members. */
export function headsLeavingMembers(
  state: RegistryState,
  movingIdNumbers: readonly string[],
): { head: Person; stayers: Person[] }[] {
  const movers = activeMovers(state, movingIdNumbers);
  const moving = new Set(movers.map((p) => p.personId));
  return movers
    .filter((p) => p.relation === HEAD_RELATION && p.householdId)
    .map((head) => ({
      head,
      stayers: membersOf(state, head.householdId!).filter((m) => !moving.has(m.personId)),
    }))
    .filter((x) => x.stayers.length > 0);
}

function activeMovers(state: RegistryState, idNumbers: readonly string[]): Person[] {
  const wanted = new Set(idNumbers);
  return [...state.persons.values()].filter((p) => p.status === 'active' && wanted.has(p.idNumber));
}

const names = (ps: Person[]) => ps.map((p) => p.name).join('、');

export function planOriginMoveOuts(
  state: RegistryState,
  movingIdNumbers: readonly string[],
  newHeadPersonId: string | undefined,
): HandOverPlan {
  const movers = activeMovers(state, movingIdNumbers);
  const order = [
    ...movers.filter((p) => p.relation !== HEAD_RELATION),
    ...movers.filter((p) => p.relation === HEAD_RELATION),
  ].map((p) => p.idNumber);
  const leaving = headsLeavingMembers(state, movingIdNumbers);
  if (leaving.length === 0) {
    if (newHeadPersonId === undefined) return { order, handOver: null };
    throw DomainError.invalid([
      {
        path: PATH,
        message: '迁出的人员中没有留下其他成员的户主，无须指定原户新户主：请清空「原户新户主」后再办理落户',
      },
    ]);
  }
  if (leaving.length > 1) {
    const message = `${names(leaving.map((l) => l.head))} 分别是不同原户的户主：请先在各自原户办理变更户主，再办理落户`;
    throw new DomainError('rule-violation', message, [{ path: PATH, message }]);
  }
  const { head, stayers } = leaving[0]!;
  if (newHeadPersonId === undefined) {
    throw DomainError.invalid([
      {
        path: PATH,
        message: `${head.name} 是原户的户主，户内还有 ${names(stayers)} 留在原户：请在「原户新户主」中选定一人，再办理落户（户口登记条例 第十七条）`,
      },
    ]);
  }
  if (!stayers.some((s) => s.personId === newHeadPersonId)) {
    throw DomainError.invalid([
      {
        path: PATH,
        message: `所选新户主不是留在原户的成员：请从 ${names(stayers)} 中选定一人`,
      },
    ]);
  }
  return { order, handOver: { headIdNumber: head.idNumber, newHeadPersonId } };
}
