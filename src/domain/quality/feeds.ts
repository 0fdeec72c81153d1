// 应销未销 (T12): reconcile department feeds (deaths from 卫计委, enlistments from the military) against the register.
// A feed row names an ID number; an active person holding it is a finding. A name that differs is reported, not
// hidden: the clerk checks whether the feed or the register is wrong before cancelling.
import { canonicalIdNumber } from './household-checks.ts';
import { makeFinding, type Finding } from './finding.ts';
import type { FeedRow, PersonRow } from './rows.ts';
import type { QualityParameters } from './parameters.ts';

export type FeedKind = 'deaths' | 'enlistments';

export const FEED_KINDS: Readonly<
  Record<
    FeedKind,
    {
      code: 'deceased-not-cancelled' | 'enlisted-not-cancelled';
      dateField: string;
      zh: string;
      department: string;
    }
  >
> = {
  deaths: { code: 'deceased-not-cancelled', dateField: 'deathDate', zh: '死亡信息', department: '市卫计委' },
  enlistments: {
    code: 'enlisted-not-cancelled',
    dateField: 'enlistedOn',
    zh: '入伍信息',
    department: '军队（兵役机关）',
  },
};

/**
 * May this user send this feed? A department officer only for their own department's feed (a school board cannot
 * report deaths); an administrator may load either (a file from the department, recorded under their name).
 */
export function maySendFeed(
  actor: { role: string; department: string | null; token?: { scopes: readonly string[] } },
  kind: FeedKind,
  departments: QualityParameters['feedDepartments'],
): boolean {
  // A department system's token sends only the feeds its scopes name.
  if (actor.token && !actor.token.scopes.includes(`quality.feed.${kind}`)) return false;
  if (actor.role === 'admin') return true;
  const department = actor.department?.trim() ?? '';
  return actor.role === 'department-officer' && departments[kind].includes(department);
}

function normName(name: string | null): string {
  return (name ?? '').normalize('NFKC').replace(/\s+/g, '');
}

/** active: the active persons whose (canonical) ID numbers appear in the feed. */
export function reconcileFeed(
  kind: FeedKind,
  feed: readonly FeedRow[],
  active: readonly PersonRow[],
): Finding[] {
  const byId = new Map<string, PersonRow[]>();
  for (const p of active) {
    const key = canonicalIdNumber(p.idNumber);
    byId.set(key, [...(byId.get(key) ?? []), p]);
  }
  const info = FEED_KINDS[kind];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const row of feed) {
    const key = canonicalIdNumber(row.idNumber);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const p of byId.get(key) ?? []) {
      findings.push(
        makeFinding(info.code, {
          idNumbers: [p.idNumber],
          householdNos: p.householdNo ? [p.householdNo] : [],
          countyCode: p.countyCode,
          detail: {
            [info.dateField]: row.date,
            feedName: row.name,
            registeredName: p.name ?? '',
            nameMatches: normName(row.name) === normName(p.name),
          },
        }),
      );
    }
  }
  return findings;
}
