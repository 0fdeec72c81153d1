// Name forms for comparing people: normalised characters (NFKC, traditional → simplified), pinyin per character
// (surname reading for the first), and a dialect-folded pinyin for Southwestern Mandarin (昭通 speech merges n/l,
// zh/z, ch/c, sh/s, -ng/-n and often h/f), so a name heard and written by another clerk still meets its twin.
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const simplifiedCache = new Map<string, string>();
/** NFKC, no spaces or separators (·•), traditional characters folded to simplified. */
export function normalizeName(name: string | null | undefined): string {
  const raw = (name ?? '').normalize('NFKC').replace(/[\s·•.]/g, '');
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
    const read = pinyin(ch, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off', v: true })[0] ?? ch;
    s = read.toLowerCase().replace(/[^a-z0-9]/g, '') || ch;
    cache.set(ch, s);
  }
  return s;
}

/** Pinyin syllables of a normalised name, one per character; the first read as a surname. */
export function nameSyllables(normalized: string): string[] {
  return [...normalized].map((ch, i) => syllable(ch, i === 0));
}

/** Fold a syllable as Southwestern Mandarin speakers hear it. */
export function dialectFold(s: string): string {
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
  syllables: string[];
  folded: string[];
}

const formsCache = new Map<string, NameForms>();

export function nameForms(name: string | null | undefined): NameForms {
  const key = name ?? '';
  let f = formsCache.get(key);
  if (!f) {
    const normalized = normalizeName(key);
    const syllables = nameSyllables(normalized);
    f = { normalized, syllables, folded: syllables.map(dialectFold) };
    if (formsCache.size < 2_000_000) formsCache.set(key, f);
  }
  return f;
}
