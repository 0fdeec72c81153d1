// Pinyin search keys for names: full pinyin without spaces ("zhangsan") and initials ("zs"), so a clerk finds 张三
// by typing either. Surname mode reads polyphonic surnames as surnames (曾 zeng, 单 shan); ü is written v.
import { pinyin } from 'pinyin-pro';
import { givenName } from './given-name.ts';

export interface NameKeys {
  full: string;
  initials: string;
}

const OPTIONS = { toneType: 'none', type: 'array', surname: 'head', v: true, nonZh: 'consecutive' } as const;

function clean(syllables: string[]): string[] {
  return syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((s) => s !== '');
}

export function nameKeys(name: string): NameKeys {
  const syllables = clean(pinyin(name.normalize('NFKC'), OPTIONS));
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

export type SearchQuery =
  | { by: 'idNumber'; value: string }
  | { by: 'idSuffix'; value: string }
  | { by: 'name'; value: string }
  | { by: 'pinyin'; value: string };

/**
 * What a search box string means: the start of an ID number (6 or more characters: the address code on), the end
 * of one (4 or 5 characters, the last digits a resident reads out), a Chinese name — whole, its start, or the given
 * name alone — or pinyin letters.
 */
export function classifyQuery(raw: string): SearchQuery {
  const value = raw.normalize('NFKC').trim();
  if (/^\d{6,17}[\dXx]?$/.test(value)) return { by: 'idNumber', value: value.toUpperCase() };
  if (/^\d{3,4}[\dXx]$/.test(value)) return { by: 'idSuffix', value: value.toUpperCase() };
  if (/^[a-zA-Z\s]+$/.test(value)) return { by: 'pinyin', value: value.toLowerCase().replace(/\s+/g, '') };
  return { by: 'name', value };
}

/** In-memory match (the database uses the same keys with prefix indexes). */
export function matchesName(name: string, query: SearchQuery, keys: NameKeys = nameKeys(name)): boolean {
  if (query.by === 'name') return name.startsWith(query.value) || givenName(name).startsWith(query.value);
  if (query.by === 'pinyin')
    return keys.full.startsWith(query.value) || keys.initials.startsWith(query.value);
  return false;
}
