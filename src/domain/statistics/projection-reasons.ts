// Why the people evaluated by the projection stay ineligible, in the engine's own reason codes. The batch engine
// counts (clause bits only); the explained engine gives the reasons. Rows with the same facts get the same
// decision, so each distinct set of facts is explained once and the answer reused (a few hundred sets, not
// millions of persons). Pure.
import { decodeCase, type Population } from '../policy/batch/index.ts';
import { evaluateSettlement } from '../policy/decide.ts';
import { message } from '../policy/messages.ts';
import type { ParameterSet } from '../policy/parameters.ts';

export interface UnmetReason {
  clause: string;
  code: string;
  /** The check rests on a fact the register does not hold (met when that fact is taken as favourable). */
  unknown: boolean;
}

/** What a missing fact means, per reason code the projection can meet unknown. */
const UNKNOWN_TEXT: Record<string, string> = {
  'residence.legal': '登记未记载住所是否合法（产权证明或依法办理的租赁手续）',
  'rental.registered': '登记未记载租赁是否已在房管部门登记备案',
  'rental.owner-consent': '登记未记载房屋产权人是否同意',
  'rental.one-address-one-household': '登记未记载该地址是否已有其他户口（一址一户）',
  'rental.not-shared': '登记未记载房屋是否分租或合租',
  'permit.legal-stable-residence': '居住登记的事由不含合法稳定住所，登记未记载是否具备',
  'permit.insurance-years': '人社部门未报送社会保险年限',
};

/** Reasons whose sentence names one person's figures: the count speaks of many, so it gets the rule's words. */
const GENERAL_TEXT: Record<string, string> = {
  'destination.urban': '这种落户只适用于城镇（中心城市、县城或其他建制镇），居住地不是',
  'permit.continuous-years': '连续居住年限不满规定年限',
  'permit.insurance-years': '参加社会保险年限不满规定年限',
  'permit.valid': '居住证无效（已过期、未签注或被暂停）',
  'restriction.t2-own-policy': '居住地实行经批准的本地户口迁移政策，按该政策办理',
};

/** The zh-CN sentence for a reason as the projection reports it (many persons, one line). */
export function reasonText(r: UnmetReason): string {
  if (r.unknown) return UNKNOWN_TEXT[r.code] ?? `登记未记载：${message(r.code, true)}`;
  return GENERAL_TEXT[r.code] ?? message(r.code, false);
}

/** The unmet checks of row i, explained once per distinct set of facts (`key`). */
export class ReasonCache {
  private readonly byKey = new Map<string, UnmetReason[]>();

  constructor(private readonly set: ParameterSet) {}

  get size(): number {
    return this.byKey.size;
  }

  reasonsOf(key: string, known: Population, favourable: Population, i: number): UnmetReason[] {
    let hit = this.byKey.get(key);
    if (!hit) {
      const unmet = (p: Population) =>
        evaluateSettlement(decodeCase(p, i), this.set).reasons.filter((r) => !r.met);
      const stillUnmet = new Set(unmet(favourable).map((r) => r.code));
      const seen = new Set<string>();
      hit = unmet(known).flatMap((r) => {
        if (seen.has(r.code)) return [];
        seen.add(r.code);
        return [{ clause: r.clause, code: r.code, unknown: !stillUnmet.has(r.code) }];
      });
      this.byKey.set(key, hit);
    }
    return hit;
  }
}
