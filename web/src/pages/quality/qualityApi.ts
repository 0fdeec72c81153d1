// The quality API as the pages use it (/api/v1/quality, src/api/quality/route.ts).
import { api } from '../../api/client.ts';
import type { ScanRecord } from '../../../../src/domain/quality/schema.ts';

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
  householdId: string | null;
  status: string;
  version: number;
  countyCode: string;
}

/** A household a finding names, with its active members (GET …/findings/:id/households). */
export interface FindingHousehold {
  householdId: string;
  householdNo: string;
  kind: string;
  address: string;
  version: number;
  status: string;
  members: Array<{
    personId: string;
    idNumber: string;
    name: string;
    relation: string | null;
    version: number;
  }>;
}

export interface UnregisteredResult {
  intakeId: number;
  application: { id: string; number: string; state: string } | null;
}

export interface FeedResult {
  received: number;
  findings: number;
  created: number;
}

export const qualityApi = {
  startScan: () => api.post<ScanRecord>('/api/v1/quality/scans'),
  scan: (scanId: number) => api.get<ScanRecord>(`/api/v1/quality/scans/${scanId}`),
  latestScans: () => api.get<{ scans: ScanRecord[] }>('/api/v1/quality/scans'),
  list: (q: Record<string, string | undefined>) => {
    const params = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]));
    return api.get<{ items: FindingView[]; total: number }>(`/api/v1/quality/findings?${params}`);
  },
  summary: () =>
    api.get<{ counts: Array<{ code: string; county: string; status: string; count: number }> }>(
      '/api/v1/quality/summary',
    ),
  finding: (id: string) =>
    api.get<{ finding: FindingView; persons: FindingPerson[] }>(`/api/v1/quality/findings/${id}`),
  households: (id: string) =>
    api.get<{ households: FindingHousehold[] }>(`/api/v1/quality/findings/${id}/households`),
  resolve: (id: number, body: Record<string, unknown>) =>
    api.post<{ status: string }>(`/api/v1/quality/findings/${id}/resolution`, body),
  unregistered: (body: Record<string, unknown>) =>
    api.post<UnregisteredResult>('/api/v1/quality/unregistered', body),
  feed: (kind: 'deaths' | 'enlistments', records: Array<{ idNumber: string; name: string; date: string }>) =>
    api.post<FeedResult>(`/api/v1/quality/feeds/${kind}`, { records }),
};
