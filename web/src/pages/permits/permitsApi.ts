// Calls and shapes of /api/v1/residence-registrations and /api/v1/residence-permits (issue 15). The shapes are
// the API's own zod schemas (src/domain/permits), so the pages and the server cannot disagree.
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import type {
  registrationCreatedSchema,
  registrationListResponse,
  RegistrationResponse,
  ResidenceRegistrationInput,
} from '../../../../src/domain/permits/residence-schema.ts';
import type {
  dueListResponse,
  permitActionResponse,
  permitCreatedSchema,
  PermitResponse,
} from '../../../../src/domain/permits/permit-schema.ts';

export type { PermitResponse, RegistrationResponse };
export type RegistrationList = z.output<typeof registrationListResponse>;
export type DueList = z.output<typeof dueListResponse>;
export type PermitCreated = z.output<typeof permitCreatedSchema>;
export type PermitActionResult = z.output<typeof permitActionResponse>;

/** What the register answers for an ID number (only persons the caller may see). */
export interface RegisterLookup {
  idNumber: string;
  persons: Array<{ personId: string; name: string; sex: string; birthDate: string; ethnicity: string }>;
}

const REG = '/api/v1/residence-registrations';
const PERMIT = '/api/v1/residence-permits';

export const permitsApi = {
  lookup: (idNumber: string) =>
    api.get<RegisterLookup>(`/api/v1/registry/persons/by-id-number/${encodeURIComponent(idNumber)}`),
  units: (prefix: string) =>
    api.get<{ units: Array<{ code: string; name: string }> }>(`/api/v1/registry/divisions?prefix=${prefix}`),
  register: (body: ResidenceRegistrationInput) =>
    api.post<z.output<typeof registrationCreatedSchema>>(REG, body),
  registrations: (idNumber: string) =>
    api.get<RegistrationList>(`${REG}?idNumber=${encodeURIComponent(idNumber)}`),
  registration: (id: string) => api.get<RegistrationResponse>(`${REG}/${id}`),
  endRegistration: (id: string, body: { reason: string; endedOn: string; note?: string }) =>
    api.post<RegistrationResponse>(`${REG}/${id}/end`, body),
  apply: (registrationId: string) => api.post<PermitCreated>(PERMIT, { registrationId }),
  permit: (id: string) => api.get<PermitResponse>(`${PERMIT}/${id}`),
  act: (id: string, path: 'issue' | 'endorsements' | 'replacements' | 'cancel', body: object) =>
    api.post<PermitActionResult>(`${PERMIT}/${id}/${path}`, body),
  due: (days: number) => api.get<DueList>(`${PERMIT}/due?days=${days}`),
  cardUrl: (id: string) => `${PERMIT}/${id}/card.pdf`,
};
