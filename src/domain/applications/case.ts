// From an application to the policy engine's case: the same fields, dated the day of evaluation. The
// engine's own schema validates the result, so a fact is checked by the rules' owner, never twice here.
import { settlementCaseSchema, type SettlementCase } from '../policy/case-schema.ts';
import { parseOrThrow } from '../validation.ts';
import { FACT_SECTIONS, type ApplicationInput } from './intake.ts';

export function caseInput(input: ApplicationInput, asOf: string): Record<string, unknown> {
  const a = input.applicant;
  const c: Record<string, unknown> = {
    asOf,
    basis: input.basis,
    applicant: {
      birthDate: a.birthDate,
      idNumber: a.idNumber,
      nationality: a.nationality,
      activeMilitary: a.activeMilitary,
      consent: input.consent,
      hukou: a.hukou ? { divisionCode: a.hukou.divisionCode, rural: a.hukou.rural } : null,
      ruralRights: a.ruralRights,
    },
    destination: { divisionCode: input.destination.divisionCode, kind: input.destination.kind },
    companions: input.companions.map((p) => ({
      relation: p.relation,
      birthDate: p.birthDate,
      coResiding: p.coResiding,
    })),
    // T14.5: an application never carries conditions; the engine gets an empty list.
    conditions: [],
  };
  for (const s of FACT_SECTIONS) if (input[s] !== undefined) c[s] = input[s];
  return c;
}

/** The validated case, or invalid-input naming each bad field by its path in the application. */
export function buildCase(input: ApplicationInput, asOf: string): SettlementCase {
  return parseOrThrow(settlementCaseSchema, caseInput(input, asOf));
}
