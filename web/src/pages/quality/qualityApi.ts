// The quality API as the pages use it (/api/v1/quality, src/api/quality/route.ts).
import { api } from '../../api/client.ts';

export interface FindingView {
  findingId: number;
  code: string;
  countyCode: string;
  idNumbers: string[];
  householdNos: string[];
  detail: Record<string, unknown>;
  clauses: string[];
  status: string;
  assigneeId: number | null;
  dueOn: string;
  version: number;
}

export interface FindingPerson {
  personId: string;
  idNumber: string;
  name: string;
  sex: string;
  birthDate: string;
  ethnicity: string;
  relation: string | null;
  status: string;
  version: number;
  countyCode: string;
}

export const qualityApi = {
  list: (q: Record<string, string | undefined>) => {
    const params = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]));
    return api.get<{ items: FindingView[]; total: number }>(`/api/v1/quality/findings?${params}`);
  },
  summary: () => api.get<{ counts: Array<{ code: string; county: string; status: string; count: number }> }>('/api/v1/quality/summary'),
  finding: (id: string) => api.get<{ finding: FindingView; persons: FindingPerson[] }>(`/api/v1/quality/findings/${id}`),
  resolve: (id: number, body: Record<string, unknown>) => api.post<{ status: string }>(`/api/v1/quality/findings/${id}/resolution`, body),
};
