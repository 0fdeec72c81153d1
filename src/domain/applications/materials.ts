// The materials checklist comes from the decision (the policy engine lists what each basis needs). A supplement
// request tells everything still missing at once (一次性告知): the checklist minus what was received, plus
// anything the clerk found wanting in what was received, in one notice.
import { MATERIAL_NAMES } from '../policy/materials.ts';

export interface Material {
  code: string;
  name: string;
}

export interface ChecklistItem extends Material {
  received: boolean;
}

export function checklist(required: readonly Material[], receivedCodes: Iterable<string>): ChecklistItem[] {
  const got = new Set(receivedCodes);
  return required.map((m) => ({ ...m, received: got.has(m.code) }));
}

/** The one-time notice: every missing item, and every extra item the clerk names, each once, in checklist order. */
export function oneTimeNotice(
  required: readonly Material[],
  receivedCodes: Iterable<string>,
  extra: readonly Material[] = [],
): Material[] {
  const missing = checklist(required, receivedCodes)
    .filter((i) => !i.received)
    .map(({ code, name }) => ({ code, name }));
  const seen = new Set(missing.map((m) => m.code));
  for (const m of extra) {
    if (!seen.has(m.code)) {
      seen.add(m.code);
      missing.push(m);
    }
  }
  return missing;
}

export function materialName(code: string): string | undefined {
  return MATERIAL_NAMES[code];
}
