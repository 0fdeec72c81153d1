// The residence-registration form as data: the body it sends (POST /api/v1/residence-registrations), checked by
// the API's own schema before it goes, and every issue — the schema's or the server's — put on its field. The form's
// field names are the body's own paths, so an issue's dotted path (person.idNumber, evidence.0.reference) names
// its field directly.
import { residenceRegistrationInput } from '../../../../src/domain/permits/residence-schema.ts';
import type { ResidenceRegistrationInput } from '../../../../src/domain/permits/residence-schema.ts';
import { TOWNS, townsOf, type Town } from '../../../../src/domain/divisions/tree.ts';
import type { FormInstance } from 'antd';

export interface RegistrationFormValues {
  person?: {
    idNumber?: string;
    name?: string;
    sex?: '1' | '2';
    birthDate?: string;
    ethnicity?: string;
    hukou?: { divisionCode?: string; rural?: boolean; address?: string };
  };
  /** Only picks the units offered: not sent. */
  town?: string;
  residence?: { unitCode?: string; address?: string; since?: string };
  grounds?: string[];
  evidence?: Array<{ code?: string; reference?: string } | undefined>;
}

export interface FieldIssue {
  name: (string | number)[];
  message: string;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** The body for the form's answers; a person found in the register is named by the number alone. */
export function registrationBody(v: RegistrationFormValues, inRegister: boolean): Record<string, unknown> {
  const p = v.person ?? {};
  const h = p.hukou ?? {};
  const person = inRegister
    ? { idNumber: text(p.idNumber)?.toUpperCase() ?? '' }
    : {
        idNumber: text(p.idNumber)?.toUpperCase() ?? '',
        name: text(p.name) ?? '',
        sex: p.sex,
        birthDate: text(p.birthDate) ?? '',
        ...(text(p.ethnicity) ? { ethnicity: text(p.ethnicity) } : {}),
        hukou: {
          divisionCode: text(h.divisionCode) ?? '',
          rural: h.rural === true,
          ...(text(h.address) ? { address: text(h.address) } : {}),
        },
      };
  return {
    person,
    residence: {
      unitCode: v.residence?.unitCode ?? '',
      address: text(v.residence?.address) ?? '',
      since: text(v.residence?.since) ?? '',
    },
    grounds: v.grounds ?? [],
    evidence: (v.evidence ?? []).map((e) => ({ code: e?.code, reference: text(e?.reference) ?? '' })),
  };
}

/** A dotted path from the server (evidence.0.reference) as a form field name. */
export function fieldName(path: string): (string | number)[] {
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Puts each issue on its field, clearing first the fields that had an error before (fixed since, maybe). */
export function showFieldIssues<V>(form: FormInstance<V>, issues: FieldIssue[]): void {
  const f = form as FormInstance;
  const stale = f
    .getFieldsError()
    .filter((e) => e.errors.length > 0)
    .map((e) => ({ name: e.name, errors: [] }));
  f.setFields([...stale, ...issues.map((i) => ({ name: i.name, errors: [i.message] }))]);
}

/** Every issue of the body, each once per field: the schema's, and a start date later than today. */
export function registrationIssues(
  body: Record<string, unknown>,
  today: string,
  futureMessage: string,
): { issues: FieldIssue[]; input?: ResidenceRegistrationInput } {
  const parsed = residenceRegistrationInput.safeParse(body);
  const issues: FieldIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({
        name: i.path.map((s) => (typeof s === 'symbol' ? String(s) : s)),
        message: i.message,
      }));
  const since = (body.residence as { since?: string }).since;
  if (since && since > today) issues.push({ name: ['residence', 'since'], message: futureMessage });
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const k = i.name.join('.');
    return !seen.has(k) && seen.add(k);
  });
  return unique.length || !parsed.success ? { issues: unique } : { issues: [], input: parsed.data };
}

/** The towns a clerk may register residence in: the station's own, or those of the county (or city). */
export function townsFor(jurisdiction: string): Town[] {
  if (jurisdiction.length >= 9) {
    const town = TOWNS.get(jurisdiction.slice(0, 9));
    return town ? [town] : [];
  }
  if (jurisdiction.length === 6) return townsOf(jurisdiction);
  return [...TOWNS.values()];
}
