// The live indicators as of a day (W2: 跟踪评估): each measured from the register by its source, or shown as not
// yet measured. Read by the board's indicator panel and the exported supervision report.
import { INDICATOR_IDS, INDICATORS } from '../../domain/supervision/indicators.ts';
import { asOfQuery, type IndicatorView } from '../../domain/supervision/schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { requirePermitted, type AppDeps, type RequestContext } from '../context.ts';
import { todayOf } from './days.ts';
import { INDICATOR_SOURCES } from './indicator-sources.ts';

export async function measureIndicators(
  deps: Pick<AppDeps, 'database' | 'policy' | 'now'>,
  asOf: string,
): Promise<IndicatorView[]> {
  const input = {
    db: deps.database.db,
    parameters: deps.policy.parameters,
    asOf,
    today: todayOf(deps),
    deps,
  };
  const out: IndicatorView[] = [];
  for (const id of INDICATOR_IDS) {
    const def = INDICATORS[id];
    const source = INDICATOR_SOURCES[id];
    const head = { id, name: def.name, clause: def.clause, method: def.method, asOf };
    const value = 'measure' in source ? await source.measure(input) : source;
    out.push(
      'notYet' in value
        ? { ...head, state: 'not-yet-measured', reason: value.notYet }
        : { ...head, state: 'measured', ...value },
    );
  }
  return out;
}

export async function showIndicators(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  requirePermitted(ctx, 'supervision.board');
  const { asOf } = parseOrThrow(asOfQuery, raw);
  return { items: await measureIndicators(deps, asOf ?? todayOf(deps)) };
}
