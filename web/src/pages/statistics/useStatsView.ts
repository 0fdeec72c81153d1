// What the dashboard shows is held in the URL (?scope=530628&asOf=2026-06-30), so a view can be shared, bookmarked
// and printed as it is, and the browser's back button walks back up a drill-down. A parameter the API would
// refuse (the API's own schema decides) is dropped rather than sent: the view falls back to its default.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CITY_CODE } from '../../../../src/domain/divisions/city.ts';
import { scopeCode, statsQuery } from '../../../../src/domain/statistics/schema.ts';
import type { StatsQuery } from '../../../../src/domain/statistics/schema.ts';
import { useAuth } from '../../auth/AuthContext.tsx';

export type ScopedQuery = StatsQuery & { scope: string };

export interface StatsView {
  query: ScopedQuery;
  /** Open another area (drill-down or breadcrumb), keeping the day. */
  openScope(scope: string): void;
  /** View another day (undefined: today), keeping the area. */
  setAsOf(asOf: string | undefined): void;
}

/** The user's own jurisdiction when it is a county or a town, else the city: where a dashboard starts. */
function homeScope(jurisdiction: string | null | undefined): string {
  return jurisdiction && scopeCode.safeParse(jurisdiction).success ? jurisdiction : CITY_CODE;
}

export function useStatsView(): StatsView {
  const [params, setParams] = useSearchParams();
  const { session } = useAuth();
  const jurisdiction = session.status === 'signed-in' ? session.user.jurisdiction : null;
  const scopeParam = params.get('scope') ?? undefined;
  const asOfParam = params.get('asOf') ?? undefined;

  const query = useMemo<ScopedQuery>(() => {
    const scope = scopeCode.safeParse(scopeParam);
    const asOf = statsQuery.shape.asOf.safeParse(asOfParam);
    return {
      scope: scope.success && scope.data ? scope.data : homeScope(jurisdiction),
      ...(asOf.success && asOf.data ? { asOf: asOf.data } : {}),
    };
  }, [scopeParam, asOfParam, jurisdiction]);

  const write = useCallback(
    (next: StatsQuery) => {
      const out = new URLSearchParams();
      if (next.scope) out.set('scope', next.scope);
      if (next.asOf) out.set('asOf', next.asOf);
      setParams(out);
    },
    [setParams],
  );

  return {
    query,
    openScope: useCallback((scope) => write({ ...query, scope }), [write, query]),
    setAsOf: useCallback((asOf) => write({ scope: query.scope, ...(asOf ? { asOf } : {}) }), [write, query]),
  };
}
