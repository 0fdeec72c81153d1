// How alike two names, two birth dates and two ID numbers are, each 0..1. Character by character: the same
// character, a homophone (same pinyin), an easily confused character (形近字), or a character alike in the local
// dialect count as partial matches with the weights of policy/parameters/quality.yaml.
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

/** Same length: mean of the character similarities; one character more or less: best alignment, scaled. */
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
  const [long, short] = la > lb ? [a, b] : [b, a];
  let best = 0;
  for (let skip = 0; skip < long.syllables.length; skip++) {
    let total = 0;
    for (let j = 0; j < short.syllables.length; j++)
      total += charSimilarity(long, j < skip ? j : j + 1, short, j, sim);
    best = Math.max(best, total / long.syllables.length);
  }
  return best;
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

/**
 * How the two numbers relate, or null when one is empty or unreadable (no evidence either way — a missing number
 * must neither hide a duplicate nor make one): 1 when they share the address code and birth date (issued by the
 * same county for the same birthday, only the sequence differs); 0 otherwise. A one-digit difference elsewhere is
 * not taken as a typo: neighbouring counties' codes differ by one digit and low sequences coincide often.
 */
export function idNumberSimilarity(a: string, b: string): number | null {
  const ca = canonicalIdNumber(a);
  const cb = canonicalIdNumber(b);
  const fa = checkIdNumber(ca);
  const fb = checkIdNumber(cb);
  const readable = (c: typeof fa) => c.valid || c.problem === 'invalid-check-digit';
  if (!readable(fa) || !readable(fb) || ca.length !== 18 || cb.length !== 18) return null;
  return ca.slice(0, 14) === cb.slice(0, 14) ? 1 : 0;
}
