// Builders for registry tests: deterministic ids, a clock, and a runner that parses and accepts commands.
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import {
  accept,
  EMPTY_STATE,
  parseCommand,
  type CommandName,
  type DecisionContext,
  type RegistryEvent,
  type RegistryState,
} from '../../../src/domain/registry/index.ts';

export function uuidOf(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A 12-digit unit of 凤凰街道, 昭阳区. */
export const UNIT = '530602001001';

export function newcomer(n: number, overrides: Record<string, unknown> = {}) {
  const sex = n % 2 === 1 ? '1' : '2';
  const birthDate = `19${String(50 + (n % 40)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 9}`;
  return {
    idNumber: makeIdNumber('530602', birthDate, n % 1000),
    name: ['张三', '李四', '王五', '赵六', '曾小贤'][(n + 4) % 5],
    sex,
    birthDate,
    ethnicity: '01',
    ...overrides,
  };
}

export class Registry {
  state: RegistryState = EMPTY_STATE;
  events: RegistryEvent[] = [];
  private counter = 0;
  private clockMs = Date.parse('2018-01-01T08:00:00Z');

  nextContext(): DecisionContext {
    this.clockMs += 60_000;
    const n = ++this.counter;
    return {
      actor: 'clerk',
      at: new Date(this.clockMs).toISOString(),
      eventId: uuidOf(1_000_000 + n),
      newPersonId: uuidOf(2_000_000 + n),
      newHouseholdId: uuidOf(3_000_000 + n),
      newHouseholdNo: `530602${String(n).padStart(8, '0')}`,
    };
  }

  /** Parse and accept; on success the state moves on and the event is kept. */
  run(name: CommandName, input: Record<string, unknown>, ctx: Partial<DecisionContext> = {}): RegistryEvent {
    const command = parseCommand(name, { reason: '测试', ...input });
    const { event, next } = accept(this.state, command, { ...this.nextContext(), ...ctx });
    this.state = next;
    this.events.push(event);
    return event;
  }

  /** A family household with a newcomer head at `detail`; returns ids. */
  household(n: number, detail = `凤凰路${n}号`) {
    const e = this.run('create-household', {
      kind: 'family',
      address: { divisionCode: UNIT, detail },
      head: { type: 'newcomer', person: newcomer(n) },
      from: '省外',
    });
    if (e.kind !== 'household-created' || !('newcomer' in e.head)) throw new Error('unexpected event');
    return { householdId: e.household.householdId, headId: e.head.newcomer.personId };
  }

  version(id: string): number {
    return this.state.persons.get(id)?.version ?? this.state.households.get(id)?.version ?? -1;
  }
}
