// The projection's answer (GET /api/v1/stats/projection, `hukou stats project`): today's registered urbanization
// per county beside the projected one, against T1's target. Pure.
import { COUNTIES } from '../divisions/index.ts';
import { BATCH_CLAUSES } from '../policy/batch/index.ts';
import { reasonText } from './projection-reasons.ts';
import {
  emptyCountyTally,
  PROJECTION_COUNTIES,
  type CountyTally,
  type ProjectionTally,
} from './projection-tally.ts';
import type { ProjectionOutput } from './schema.ts';

/** Registered persons per county today: all, and those in urban units (1xx). */
export interface RegisteredCounts {
  county: string;
  persons: number;
  urban: number;
}

export interface ProjectionMeta {
  asOf: string;
  computedAt: string;
  policy: ProjectionOutput['policy'];
  /** supervision.urbanization.target, in percent as the parameter states it. */
  targetPercent: number;
}

const rate = (num: number, den: number) => (den > 0 ? num / den : null);

function figures(base: { persons: number; urban: number }, c: CountyTally) {
  const registered = base.persons + c.registeredDelta;
  return {
    registered: base.persons,
    urbanization: {
      registered: rate(base.urban, base.persons),
      projected: rate(base.urban + c.urbanDelta, registered),
      upper: rate(base.urban + c.urbanDeltaUpper, base.persons + c.registeredDeltaUpper),
    },
    eligible: c.eligible,
    undetermined: c.undetermined,
    referred: c.referred,
    ineligible: c.ineligible,
  };
}

function sum(xs: readonly CountyTally[]): CountyTally {
  const total = emptyCountyTally();
  for (const x of xs) for (const k of Object.keys(total) as (keyof CountyTally)[]) total[k] += x[k];
  return total;
}

export function projectionOutputOf(
  registered: readonly RegisteredCounts[],
  t: ProjectionTally,
  meta: ProjectionMeta,
): ProjectionOutput {
  const target = meta.targetPercent / 100;
  const base = (code: string) => registered.find((r) => r.county === code) ?? { persons: 0, urban: 0 };
  const counties = PROJECTION_COUNTIES.map((code, i) => {
    const f = figures(base(code), t.counties[i]!);
    return {
      code,
      name: COUNTIES.get(code)!.name,
      level: 'county' as const,
      ...f,
      meetsTarget: f.urbanization.projected !== null && f.urbanization.projected >= target,
    };
  });
  const cityBase = {
    persons: registered.reduce((s, r) => s + r.persons, 0),
    urban: registered.reduce((s, r) => s + r.urban, 0),
  };
  return {
    asOf: meta.asOf,
    computedAt: meta.computedAt,
    policy: meta.policy,
    target: { clause: 'T1', registered: target },
    evaluated: { ...t.evaluated },
    city: figures(cityBase, sum(t.counties)),
    counties,
    byClause: BATCH_CLAUSES.flatMap((clause) => {
      const persons = t.byClause.get(clause);
      return persons ? [{ clause, persons }] : [];
    }),
    ineligibleReasons: [...t.reasons.values()]
      .sort((a, b) => b.persons - a.persons || a.code.localeCompare(b.code))
      .map((r) => ({
        code: r.code,
        text: reasonText(r),
        persons: r.persons,
        clause: r.clause,
        unknown: r.unknown,
      })),
  };
}
