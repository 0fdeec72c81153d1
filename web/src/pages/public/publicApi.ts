// The public endpoints these pages call: the settlement self-check (stores nothing), the clause registry,
// and application tracking (application number + ID number).
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { SettlementCaseInput } from '../../../../src/domain/policy/case-schema.ts';
import type { Clause } from '../../../../src/domain/policy/clauses.ts';
import type { SettlementDecision } from '../../../../src/domain/policy/decide.ts';

/** The decision as the API sends it (with the trace: ?explain=1). */
export type Decision = SettlementDecision;
export type { Clause };

/** With the trace, so the page can tell a failed requirement from a note that never changes the outcome. */
export function checkSettlement(c: SettlementCaseInput): Promise<Decision> {
  return api.post<Decision>('/api/v1/eligibility/settlement?explain=1', c);
}

let clauses: Promise<Clause[]> | null = null;

function loadClauses(): Promise<Clause[]> {
  clauses ??= api.get<{ clauses: Clause[] }>('/api/v1/policy/clauses').then(
    (r) => r.clauses,
    (error: unknown) => {
      clauses = null; // let a later visit try again
      throw error;
    },
  );
  return clauses;
}

/** The plan's clauses by id; `failed` when they could not be loaded. */
export function useClauses(): { byId: Map<string, Clause>; failed: boolean } {
  const [state, setState] = useState<{ byId: Map<string, Clause>; failed: boolean }>({
    byId: new Map(),
    failed: false,
  });
  useEffect(() => {
    let live = true;
    loadClauses().then(
      (list) => live && setState({ byId: new Map(list.map((c) => [c.id, c])), failed: false }),
      () => live && setState({ byId: new Map(), failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The plan's text in the reader's script: the original (traditional) for zh-TW, simplified otherwise. */
export function clauseText(c: Clause, language: string): string {
  return language === 'zh-TW' ? c.textOriginal : c.text;
}

/** What tracking tells the applicant (POST /api/v1/public/applications/track). */
export interface Tracking {
  number: string;
  state: string;
  stateName: string;
  nextStep: string;
  deadline: string | null;
  missingMaterials: { code: string; name: string }[];
  permitNumber: string | null;
  updatedAt: string;
}

export function trackApplication(number: string, idNumber: string): Promise<Tracking> {
  return api.post<Tracking>('/api/v1/public/applications/track', { number, idNumber });
}
