// Who the register knows under an ID number: once the number in the form is a valid one, GET
// /api/v1/registry/persons/by-id-number/:idNumber (the server answers only persons in the caller's jurisdiction and
// audits the read, T13.2), then the person's household for the hukou address and household number (also an audited
// read). A failed or refused look-up is "not found": the clerk enters the identity and the server checks it.
import { useEffect, useState } from 'react';
import { checkIdNumber } from '../../../src/domain/identity/id-number.ts';
import type { Household, Person } from '../../../src/domain/registry/model.ts';
import { api } from '../api/client.ts';

export type RegisteredPerson = Person & { divisionCode: string | null };

export interface RegisterMatch {
  person: RegisteredPerson;
  household: Household | null;
}

export interface RegisterLookupState {
  /** The number is valid and the register is being asked. */
  checking: boolean;
  /** The register answered for the current number (found or not). */
  known: boolean;
  match: RegisterMatch | null;
}

async function askRegister(idNumber: string): Promise<RegisterMatch | null> {
  const found = await api.get<{ persons: RegisteredPerson[] }>(
    `/api/v1/registry/persons/by-id-number/${encodeURIComponent(idNumber)}`,
  );
  // Active first (the server orders by status); a cancelled record alone still names the person.
  const person = found.persons[0];
  if (!person) return null;
  const household = person.householdId
    ? await api
        .get<{ household: Household }>(`/api/v1/registry/households/${person.householdId}`)
        .then((r) => r.household)
        .catch(() => null)
    : null;
  return { person, household };
}

/** Ask the register about `raw` (when `enabled` and the number is valid); the latest number's answer wins. */
export function useRegisterLookup(raw: string | undefined, enabled = true): RegisterLookupState {
  const idNumber = raw?.trim().toUpperCase() ?? '';
  const valid = enabled && idNumber !== '' && checkIdNumber(idNumber).valid;
  const [answer, setAnswer] = useState<{ idNumber: string; match: RegisterMatch | null } | null>(null);
  useEffect(() => {
    if (!valid) return;
    let live = true;
    askRegister(idNumber).then(
      (match) => live && setAnswer({ idNumber, match }),
      () => live && setAnswer({ idNumber, match: null }),
    );
    return () => {
      live = false;
    };
  }, [idNumber, valid]);
  const current = valid && answer?.idNumber === idNumber ? answer : null;
  return { checking: valid && !current, known: current !== null, match: current?.match ?? null };
}
