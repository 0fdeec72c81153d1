// Calls and shapes of /api/v1/registry used by the clerk's pages (the server's domain types, as JSON).
import { api } from '../../api/client.ts';
import type { Household, Membership, Person } from '../../../../src/domain/registry/model.ts';
import type { RegistryEvent } from '../../../../src/domain/registry/events.ts';
import type { CommandName } from '../../../../src/domain/registry/commands.ts';

export type { Household, Membership, Person, RegistryEvent, CommandName };
export type PersonHit = Person & { divisionCode: string | null };

export interface HouseholdView {
  household: Household;
  members: Person[];
  memberships: Membership[];
  events: RegistryEvent[];
}

export interface PersonView {
  person: Person;
  household: Household | null;
  memberships: Membership[];
  events: RegistryEvent[];
}

export interface ChangeResult {
  event: RegistryEvent;
  persons: Person[];
  households: Household[];
}

export const COMMAND_PATHS: Record<CommandName, string> = {
  'register-birth': 'births',
  'record-death': 'deaths',
  'move-in': 'move-ins',
  'move-out': 'move-outs',
  'create-household': 'households',
  'split-household': 'splits',
  'change-head': 'head-changes',
  'correct-item': 'corrections',
  'cancel-hukou': 'cancellations',
};

export const registryApi = {
  search: (q: string, page = 1) =>
    api.get<{ persons: PersonHit[]; total: number; capped: boolean; page: number; pageSize: number }>(
      `/api/v1/registry/persons?q=${encodeURIComponent(q)}&page=${page}`,
    ),
  household: (id: string) => api.get<HouseholdView>(`/api/v1/registry/households/${id}`),
  person: (id: string) => api.get<PersonView>(`/api/v1/registry/persons/${id}`),
  units: (prefix: string) =>
    api.get<{ units: Array<{ code: string; name: string }> }>(`/api/v1/registry/divisions?prefix=${prefix}`),
  record: (command: CommandName, body: unknown) =>
    api.post<ChangeResult>(`/api/v1/registry/${COMMAND_PATHS[command]}`, body),
};
