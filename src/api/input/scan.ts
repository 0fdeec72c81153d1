// Pure checks of untrusted input, run before any parsing work or database call: the shape of raw JSON text
// (nesting depth, number of keys and elements) and the strings inside a parsed value (no NUL, no lone
// surrogate — PostgreSQL refuses both, and they have no business in a register). Each finding names the field.
import type { ErrorIssue } from '../../domain/errors.ts';

export interface JsonLimits {
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Keys plus array elements in the whole document. */
  maxItems: number;
}

export const JSON_LIMITS: JsonLimits = { maxDepth: 32, maxItems: 20_000 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * One pass over the raw text, tracking only whether we are inside a string: the depth of brackets and the
 * count of separators (`:` per key, `,` per further element). Linear, no allocation; JSON.parse never sees a
 * document beyond the limits, so a 10,000-deep or 700,000-key body costs one scan and a small answer.
 */
export function scanJsonShape(text: string, limits: JsonLimits = JSON_LIMITS): ErrorIssue | null {
  let depth = 0;
  let items = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.maxDepth)
        return {
          path: '',
          message: `嵌套过深（最多 ${limits.maxDepth} 层）/ nested deeper than ${limits.maxDepth}`,
        };
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x3a || c === 0x2c) {
      if (++items > limits.maxItems)
        return {
          path: '',
          message: `键或元素过多（最多 ${limits.maxItems} 个）/ more than ${limits.maxItems} keys or elements`,
        };
    }
  }
  return null;
}

// With the u flag a surrogate pair is one code point, so only an unpaired half matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why a string cannot be stored, or null: NUL characters and lone UTF-16 surrogates are refused. */
export function badStringReason(s: string): string | null {
  if (s.includes('\u0000')) return '不得含有 NUL 字符 / must not contain NUL characters';
  if (LONE_SURROGATE.test(s)) return '含有无效的 Unicode 字符（孤立代理项）/ contains a lone surrogate';
  return null;
}

/** The first bad string (value or key) in a parsed JSON value, with its dotted path. Iterative: no recursion limit. */
export function findBadString(value: unknown, root = ''): ErrorIssue | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const reason = badStringReason(v);
      if (reason) return { path, message: reason };
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, join(path, String(i))]));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        const keyPath = join(path, k);
        const reason = badStringReason(k);
        if (reason) return { path: safePath(keyPath), message: `字段名${reason}` };
        stack.push([item, keyPath]);
      }
    }
  }
  return null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** A path that is itself safe to put in a JSON answer (a bad key is shown escaped). */
function safePath(path: string): string {
  return JSON.stringify(path).slice(1, -1);
}
