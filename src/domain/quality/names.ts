// Name forms for comparing people: normalised characters (NFKC, traditional → simplified), pinyin per character
// (surname reading for the first), and a dialect-folded pinyin for Southwestern Mandarin (昭通 speech merges n/l,
// zh/z, ch/c, sh/s, -ng/-n and often h/f), so a name heard and written by another clerk still meets its twin.
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const simplifiedCache = new Map<string, string>();
const charChanges = new Map<string, boolean>();
/** Names of Han characters only (the usual case) are already NFKC and carry no separators. */
const HAN_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/u;

/** True when some character of the name has another simplified form; most names have none, and skip the converter. */
function hasTraditional(name: string): boolean {
  for (const ch of name) {
    let changes = charChanges.get(ch);
    if (changes === undefined) {
      changes = toSimplified(ch) !== ch;
      charChanges.set(ch, changes);
    }
    if (changes) return true;
  }
  return false;
}

/** NFKC, no spaces or separators (·•), traditional characters folded to simplified. */
export function normalizeName(name: string | null | undefined): string {
  const given = name ?? '';
  const raw = HAN_ONLY.test(given) ? given : given.normalize('NFKC').replace(/[\s·•.]/g, '');
  if (!hasTraditional(raw)) return raw;
  const cached = simplifiedCache.get(raw);
  if (cached !== undefined) return cached;
  const s = toSimplified(raw);
  if (simplifiedCache.size < 1_000_000) simplifiedCache.set(raw, s);
  return s;
}

const charCache = new Map<string, string>();
const surnameCache = new Map<string, string>();

function syllable(ch: string, surname: boolean): string {
  const cache = surname ? surnameCache : charCache;
  let s = cache.get(ch);
  if (s === undefined) {
    const read =
      pinyin(ch, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off', v: true })[0] ?? ch;
    s = read.toLowerCase().replace(/[^a-z0-9]/g, '') || ch;
    cache.set(ch, s);
  }
  return s;
}

/** Pinyin syllables of a normalised name, one per character; the first read as a surname. */
export function nameSyllables(normalized: string): string[] {
  return [...normalized].map((ch, i) => syllable(ch, i === 0));
}

const foldCache = new Map<string, string>();

/** Fold a syllable as Southwestern Mandarin speakers hear it. */
export function dialectFold(s: string): string {
  let folded = foldCache.get(s);
  if (folded === undefined) {
    folded = foldSyllable(s);
    if (foldCache.size < 100_000) foldCache.set(s, folded);
  }
  return folded;
}

function foldSyllable(s: string): string {
  return s
    .replace(/^zh/, 'z')
    .replace(/^ch/, 'c')
    .replace(/^sh/, 's')
    .replace(/^n(?=[aeiouv])/, 'l')
    .replace(/^r(?=[aeiou])/, 'l')
    .replace(/^hu(?=[aeio])/, 'f')
    .replace(/ng$/, 'n');
}

export interface NameForms {
  normalized: string;
  /** The characters of the normalised name (code points: a name may hold characters beyond the BMP, such as 𠮷). */
  chars: string[];
  syllables: string[];
  folded: string[];
}

const formsCache = new Map<string, NameForms>();

/** Forget the forms of whole names (per-character readings stay: they are few). A scan of a city leaves some 650,000. */
export function forgetNameForms(): void {
  formsCache.clear();
  simplifiedCache.clear();
}

export function nameForms(name: string | null | undefined): NameForms {
  const key = name ?? '';
  let f = formsCache.get(key);
  if (!f) {
    const normalized = normalizeName(key);
    const syllables = nameSyllables(normalized);
    f = { normalized, chars: [...normalized], syllables, folded: syllables.map(dialectFold) };
    if (formsCache.size < 2_000_000) formsCache.set(key, f);
  }
  return f;
}
