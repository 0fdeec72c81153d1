// A probable duplicate's evidence in words: the kind of evidence that carried it (the finding's
// detail.evidenceKind, set by the scan) as a sentence, and each compared item with its agreement 0..1.
import type { QualityMessages } from './messages.ts';

const ITEMS = ['name', 'birthDate', 'idNumber', 'places', 'relatives', 'household'] as const;

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/**
 * The sentence for the kind of evidence, and where the name was a common one the words that say it weighed less;
 * null when the finding names no kind (other codes, older scans).
 */
export function evidenceKindText(detail: Record<string, unknown>, m: QualityMessages): string | null {
  const kind = detail.evidenceKind;
  if (typeof kind !== 'string') return null;
  const text = m[`evidence.kind.${kind}` as keyof QualityMessages];
  if (text === undefined) return null;
  const common = (detail.evidence as Record<string, unknown> | undefined)?.commonName;
  if (typeof common !== 'number' || common <= 0 || typeof detail.nameCount !== 'number') return text;
  return text + m['evidence.sep'] + fill(m['evidence.commonName'], { count: String(detail.nameCount) });
}

/** "Item by item: name 0.95, birth date 1 …" from detail.evidence, or null when there is none. */
export function evidenceItemsText(detail: Record<string, unknown>, m: QualityMessages): string | null {
  const ev = detail.evidence;
  if (!ev || typeof ev !== 'object') return null;
  const items = ITEMS.filter((k) => typeof (ev as Record<string, unknown>)[k] === 'number').map((k) =>
    fill(m[`evidence.item.${k}`], {
      value: String(Math.round((ev as Record<string, number>)[k]! * 100) / 100),
    }),
  );
  return items.length ? fill(m['evidence.items'], { items: items.join(m['evidence.sep']) }) : null;
}
