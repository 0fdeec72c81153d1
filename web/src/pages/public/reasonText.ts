// The engine explains itself in zh-CN (src/domain/policy/messages.ts). In zh-CN the page shows those messages
// as they are; in other languages it reads the values the engine put into its template (places, relations,
// numbers) back out of the message and fills the catalog's own template with them, translated.
import {
  KIND_ZH,
  MESSAGES,
  RELATION_ZH,
  RIGHT_ZH,
  STAGE_ZH,
  TARGET_ZH,
} from '../../../../src/domain/policy/messages.ts';
import type { Reason } from '../../../../src/domain/policy/evaluation.ts';
import type { Translate } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { zhCN } from '../../i18n/zh-CN.ts';

export type { Reason };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The variables of a reason's message, or null when the message does not follow its template. */
export function reasonVars(r: Reason): Record<string, string> | null {
  const template = MESSAGES[r.code]?.[r.met ? 0 : 1];
  if (!template) return null;
  const names: string[] = [];
  const pattern = template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 1 ? (names.push(part), '(.+?)') : escape(part)))
    .join('');
  const match = new RegExp(`^${pattern}$`, 's').exec(r.message);
  if (!match) return null;
  return Object.fromEntries(names.map((n, i) => [n, match[i + 1]!]));
}

/** Chinese labels the engine uses → the catalog key of the same thing. */
const LABEL_KEYS: [Record<string, string>, string][] = [
  [RELATION_ZH, 'public.opt.relation'],
  [KIND_ZH, 'public.opt.kind'],
  [RIGHT_ZH, 'public.opt.right'],
  [TARGET_ZH, 'public.opt.target'],
  [STAGE_ZH, 'public.opt.stage'],
];

function translateValue(value: string, t: Translate): string {
  const pieces = value.split('、').map((piece) => {
    for (const [labels, prefix] of LABEL_KEYS) {
      const code = Object.keys(labels).find((k) => labels[k] === piece);
      const key = code && `${prefix}.${code}`;
      if (key && isMessageKey(key)) return t(key);
    }
    return piece; // numbers, dates, and anything the catalog does not name
  });
  return pieces.join(t('public.listSeparator'));
}

function translatedVars(r: Reason, t: Translate): Record<string, string> | null {
  const vars = reasonVars(r);
  if (!vars) return null;
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, translateValue(v, t)]));
}

/** A reason in the reader's language. */
export function reasonText(r: Reason, t: Translate, language: string): string {
  const key = `public.reason.${r.code}.${r.met ? 'met' : 'unmet'}`;
  if (language === 'zh-CN' || !isMessageKey(key)) return r.message;
  const vars = translatedVars(r, t);
  return vars ? t(key, vars) : r.message;
}

/** What to do about a failed check, from the catalog by the reason's stable code (the reason itself if none). */
export function adviceText(r: Reason, t: Translate, language: string): string {
  const key = `public.advice.${r.code}`;
  if (!isMessageKey(key)) return reasonText(r, t, language);
  return t(key, translatedVars(r, t) ?? {});
}
