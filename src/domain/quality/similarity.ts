// How alike two names, two birth dates and two ID numbers are, each 0..1. Character by character: the same
// character, a homophone (same pinyin), an easily confused character (形近字), or a character alike in the local
// dialect count as partial matches with the weights of policy/parameters/quality.yaml.
import { FORMER_COUNTY_CODES } from '../divisions/tree.ts';
import { checkIdNumber } from '../identity/id-number.ts';
import { areConfusable } from './confusables.ts';
import { canonicalIdNumber } from './household-checks.ts';
import { nameForms, type NameForms } from './names.ts';
import type { DuplicateParameters } from './parameters.ts';

type Sim = DuplicateParameters['similarity'];

function charSimilarity(a: NameForms, i: number, b: NameForms, j: number, sim: Sim): number {
  const ca = a.chars[i]!;
  const cb = b.chars[j]!;
  if (ca === cb) return 1;
  if (a.syllables[i] === b.syllables[j]) return sim.homophone;
  if (areConfusable(ca, cb)) return sim.confusable;
  if (a.folded[i] === b.folded[j]) return sim.dialect;
  return 0;
}

/** Same length: mean of the character similarities; one character more or less: see below. */
export function nameSimilarity(nameA: string | null, nameB: string | null, sim: Sim): number {
  const a = nameForms(nameA);
  const b = nameForms(nameB);
  const la = a.syllables.length;
  const lb = b.syllables.length;
  if (la === 0 || lb === 0) return 0;
  if (a.normalized === b.normalized) return 1;
  if (la === lb) {
    let total = 0;
    for (let i = 0; i < la; i++) total += charSimilarity(a, i, b, i, sim);
    return total / la;
  }
  if (Math.abs(la - lb) !== 1) return 0;
  // One character more or less (a dropped or added character, 张小伟 / 张伟): the best alignment of the shorter name
  // inside the longer, scaled by the parameter for a dropped character.
  const [long, short] = la > lb ? [a, b] : [b, a];
  let best = 0;
  for (let skip = 0; skip < long.syllables.length; skip++) {
    let total = 0;
    for (let j = 0; j < short.syllables.length; j++)
      total += charSimilarity(long, j < skip ? j : j + 1, short, j, sim);
    best = Math.max(best, total / short.syllables.length);
  }
  return best * sim.dropped;
}

/** 1 equal; near when one digit differs or month and day are swapped; else 0. */
export function birthDateSimilarity(a: string | null, b: string | null, sim: Sim): number | null {
  if (!a || !b) return null;
  if (a === b) return 1;
  const da = a.replaceAll('-', '');
  const db = b.replaceAll('-', '');
  let diff = 0;
  for (let i = 0; i < Math.min(da.length, db.length); i++) if (da[i] !== db[i]) diff++;
  const swapped =
    a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7);
  return diff === 1 || swapped ? sim.birthDateNear : 0;
}

/** How two readable numbers relate once both are read in today's form. */
export interface IdNumberRelation {
  /** same-county: one county code and birth date; other-county: the birth date only; different: not even that. */
  kind: 'same-county' | 'other-county' | 'different';
  /** One side was a 15-digit legacy number, compared as its 18-digit upgrade. */
  legacy: boolean;
  /** One side carries a former county code (水富县 530630) compared as its successor's (530681). */
  formerDivision: boolean;
}

/** A readable number in today's form: 15 digits upgraded, a former county code read as its successor's. */
function presentForm(raw: string): { id: string; legacy: boolean; former: boolean } | null {
  const id = canonicalIdNumber(raw);
  const c = checkIdNumber(id);
  if (!(c.valid || c.problem === 'invalid-check-digit') || id.length !== 18) return null;
  const successor = FORMER_COUNTY_CODES[id.slice(0, 6)]?.successor;
  return {
    id: successor ? successor + id.slice(6) : id,
    legacy: raw.trim().length === 15,
    former: successor !== undefined,
  };
}

/**
 * How the two numbers relate, or null when one is empty or unreadable (no evidence either way — a missing number
 * must neither hide a duplicate nor make one). A second registration elsewhere carries a new number with the new
 * county's code and the same birth date (digits 7–14), so a different county code is not evidence against; a legacy
 * 15-digit number is compared as its upgrade, and 530630 as 530681. A one-digit difference elsewhere is not taken
 * as a typo: neighbouring counties' codes differ by one digit and low sequences coincide often.
 */
export function idNumberRelation(a: string, b: string): IdNumberRelation | null {
  const fa = presentForm(a);
  const fb = presentForm(b);
  if (!fa || !fb) return null;
  const kind =
    fa.id.slice(0, 14) === fb.id.slice(0, 14)
      ? 'same-county'
      : fa.id.slice(6, 14) === fb.id.slice(6, 14)
        ? 'other-county'
        : 'different';
  return { kind, legacy: fa.legacy || fb.legacy, formerDivision: fa.former !== fb.former };
}

/** The relation as evidence 0..1: 1 same county and birth date, the parameter for another county's, 0 otherwise. */
export function idNumberSimilarity(a: string, b: string, sim: Sim): number | null {
  const r = idNumberRelation(a, b);
  if (!r) return null;
  return r.kind === 'same-county' ? 1 : r.kind === 'other-county' ? sim.idOtherCounty : 0;
}
