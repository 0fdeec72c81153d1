// Checks every case gets, whatever its basis: the person's own will (P2), who may hold hukou at all (national
// law: 户口登记条例 art. 2 — citizens register, serving soldiers are registered by the military),
// restricted local policies (T2, T3) and the protection of rural rights (T14.5).
import type { SettlementCase } from '../case-schema.ts';
import type { Evaluation } from '../evaluation.ts';
import { KIND_ZH, RIGHT_ZH } from '../messages.ts';
import { HUKOU_REGISTRATION_ART_2 } from '../citation.ts';

export function checkPersonalPreconditions(c: SettlementCase, ev: Evaluation): void {
  const a = c.applicant;
  ev.check({
    clause: 'P2',
    code: 'consent.own-will',
    met: a.consent,
    basis: false,
    inputs: { 'applicant.consent': a.consent },
  });
  ev.check({
    clause: HUKOU_REGISTRATION_ART_2,
    code: 'applicant.nationality',
    met: a.nationality === 'CN',
    basis: false,
    inputs: { 'applicant.nationality': a.nationality },
  });
  ev.check({
    clause: HUKOU_REGISTRATION_ART_2,
    code: 'applicant.not-active-military',
    met: !a.activeMilitary,
    basis: false,
    inputs: { 'applicant.activeMilitary': a.activeMilitary },
  });
}

/** True when the destination is the 彝良 county town: one of its 街道, or the county code with kind county-town. */
export function inYiliangCountyTown(code: string, kind: string, towns: readonly string[]): boolean {
  if (code.length >= 9) return towns.includes(code.slice(0, 9));
  return kind === 'county-town' && towns.some((t) => t.startsWith(code));
}

export function checkRestrictions(c: SettlementCase, ev: Evaluation): void {
  const bases = ev.param('restriction.bases');
  if (!ev.list(bases).includes(c.basis)) return;
  const d = c.destination;
  const t2 = ev.param('t2.ownPolicy');
  ev.check({
    clause: 'T2',
    code: 'restriction.t2-own-policy',
    met: t2.value !== true,
    effect: 'refer',
    basis: false,
    vars: { place: KIND_ZH[d.kind] ?? d.kind },
    inputs: { 'destination.divisionCode': d.divisionCode, basis: c.basis },
    params: [bases, t2],
  });
  const towns = ev.param('t3.countyTown');
  if (!inYiliangCountyTown(d.divisionCode, d.kind, ev.list(towns))) return;
  const t3 = ev.param('t3.ownPolicy');
  ev.check({
    clause: 'T3',
    code: 'restriction.t3-own-policy',
    met: t3.value !== true,
    effect: 'refer',
    basis: false,
    inputs: { 'destination.divisionCode': d.divisionCode, 'destination.kind': d.kind },
    params: [towns, t3],
  });
}

/** T14.5: rights are never taken and surrender conditions never applied; neither changes the outcome. */
export function checkRuralRights(c: SettlementCase, ev: Evaluation): { condition: string; clause: string }[] {
  const rights = c.applicant.ruralRights;
  if (rights.length) {
    ev.check({
      clause: 'T14.5',
      code: 'rural-rights.retained',
      met: true,
      effect: 'info',
      basis: false,
      vars: { rights: rights.map((r) => RIGHT_ZH[r]).join('、') },
      inputs: { 'applicant.ruralRights': rights },
    });
  }
  return c.conditions.map((condition) => {
    const right = condition.replace('surrender-', '');
    ev.check({
      clause: 'T14.5',
      code: 'conditions.rejected',
      met: false,
      effect: 'info',
      basis: false,
      vars: { condition: `退出${RIGHT_ZH[right] ?? right}` },
      inputs: { conditions: c.conditions },
    });
    return { condition, clause: 'T14.5' };
  });
}

export function checkUrbanDestination(c: SettlementCase, ev: Evaluation, clause: string): boolean {
  const kinds = ev.param('settlement.urbanKinds');
  const kind = c.destination.kind;
  return ev.check({
    clause,
    code: 'destination.urban',
    met: ev.list(kinds).includes(kind),
    vars: { kind: KIND_ZH[kind] ?? kind },
    inputs: { 'destination.kind': kind },
    params: [kinds],
  });
}
