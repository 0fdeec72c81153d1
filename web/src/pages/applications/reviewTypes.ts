// What the review page reads (GET /api/v1/applications/:id), as far as its parts use it.
export interface Decision {
  outcome: string;
  clauses: string[];
  reasons: { clause: string; met: boolean; message: string }[];
  companions: { index: number; eligible: boolean; clauses: string[] }[];
}

export interface Person {
  name: string;
  idNumber: string;
  sex: '1' | '2';
  ethnicity: string;
  birthDate: string;
}

export interface CaseInput {
  basis: string;
  applicant: Person & { hukou: { divisionCode: string; rural: boolean; address?: string } | null };
  destination: {
    divisionCode: string;
    kind?: string;
    address?: string;
    householdId?: string;
    relation?: string;
  };
  companions: (Person & { relation: string; headRelation: string })[];
  [section: string]: unknown;
}

export interface Attachment {
  id: string;
  materialCode: string;
  fileName: string;
}

export interface Detail {
  id: string;
  number: string;
  state: string;
  applicantName: string;
  version: number;
  availableActions: string[];
  input: CaseInput;
  evaluation: {
    policyVersion: string;
    decision: Decision;
    explanation: { clauses: { id: string; summary: string; text: string }[] };
  } | null;
  checklist: { code: string; name: string; received: boolean }[];
  attachments: Attachment[];
  events: { seq: number; action: string; actor: string | null; reason: string | null; at: string }[];
  permit: {
    number: string;
    validUntil: string;
    status: string;
    issuingAuthority: string | null;
    verifyToken: string | null;
  } | null;
}
