// T7 students, T8 families of active servicemen, T9 key groups settling in collective households.
import type { SettlementCase } from '../case-schema.ts';
import type { Evaluation } from '../evaluation.ts';
import { RELATION_ZH, STAGE_ZH, TARGET_ZH } from '../messages.ts';
import { checkUrbanDestination } from './common.ts';

/** Where a student's hukou may go at each stage, as the text of T7 lists it. */
export const STUDENT_TARGETS_BY_STAGE: Record<string, readonly string[]> = {
  enrolment: ['school'],
  graduation: ['employer', 'own-residence', 'pre-enrolment-hukou'],
  'grassroots-service': ['talent-service-agency', 'pre-enrolment-hukou'],
  'grassroots-service-ended': ['actual-residence'],
};

/** Stages that concern students of the city's own schools (the 四个项目 graduates may come from anywhere). */
export const STAGES_NEEDING_CITY_SCHOOL: readonly string[] = ['enrolment', 'graduation'];

export function studentRule(c: SettlementCase, ev: Evaluation): void {
  const s = c.student!;
  if (STAGES_NEEDING_CITY_SCHOOL.includes(s.stage)) {
    ev.check({
      clause: 'T7',
      code: 'student.school-in-city',
      met: s.schoolInCity,
      inputs: { 'student.schoolInCity': s.schoolInCity },
    });
  }
  const allowed = STUDENT_TARGETS_BY_STAGE[s.stage] ?? [];
  ev.check({
    clause: 'T7',
    code: 'student.target-allowed',
    met: allowed.includes(s.target),
    vars: {
      stage: STAGE_ZH[s.stage] ?? s.stage,
      target: TARGET_ZH[s.target] ?? s.target,
      allowed: allowed.map((t) => TARGET_ZH[t]).join('、'),
    },
    inputs: { 'student.stage': s.stage, 'student.target': s.target },
  });
}

export function militaryRule(c: SettlementCase, ev: Evaluation): void {
  const m = c.military!;
  const relation = RELATION_ZH[m.relation] ?? m.relation;
  if (m.relation === 'spouse' && m.followsArmy) {
    // Following the army is national policy, outside this plan's decision.
    ev.check({
      clause: 'T8',
      code: 'military.follows-army',
      met: false,
      effect: 'refer',
      inputs: { 'military.followsArmy': true },
    });
    return;
  }
  if (m.target === 'elders-hukou') {
    ev.check({
      clause: 'T8',
      code: 'military.relation',
      met: m.relation !== 'lineal-relative',
      vars: { relation },
      inputs: { 'military.relation': m.relation },
    });
    ev.check({
      clause: 'T8',
      code: 'military.co-residing-with-elders',
      met: m.coResidingWithElders === true,
      inputs: { 'military.coResidingWithElders': m.coResidingWithElders },
    });
    return;
  }
  checkUrbanDestination(c, ev, 'T8');
  ev.check({
    clause: 'T8',
    code: 'military.soldier-owns-residence',
    met: m.soldierOwnsResidence === true,
    inputs: { 'military.soldierOwnsResidence': m.soldierOwnsResidence },
  });
  ev.check({
    clause: 'T8',
    code: 'military.co-residing',
    met: m.coResiding === true,
    inputs: { 'military.coResiding': m.coResiding },
  });
}

export function keyGroupRule(c: SettlementCase, ev: Evaluation): void {
  const k = c.keyGroup!;
  checkUrbanDestination(c, ev, 'T9');
  ev.check({
    clause: 'T9',
    code: 'key-group.voluntary',
    met: k.voluntary,
    inputs: { 'keyGroup.voluntary': k.voluntary },
  });
  if (k.category === 'park-or-large-enterprise-employee') {
    ev.check({
      clause: 'T9',
      code: 'key-group.labor-contract',
      met: k.laborContract === true,
      inputs: { 'keyGroup.laborContract': k.laborContract },
    });
    const min = ev.param('t9.minMonthsEmployed');
    const months = k.monthsEmployed ?? 0;
    ev.check({
      clause: 'T9',
      code: 'key-group.months-employed',
      met: months >= ev.num(min),
      vars: { months, min: ev.num(min) },
      inputs: { 'keyGroup.monthsEmployed': months },
      params: [min],
    });
  }
  ev.check({
    clause: 'T9',
    code: 'key-group.no-legal-stable-residence',
    met: !k.hasLegalStableResidence,
    inputs: { 'keyGroup.hasLegalStableResidence': k.hasLegalStableResidence },
  });
}
