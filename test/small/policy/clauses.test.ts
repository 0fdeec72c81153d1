// Clause ids are the plan's: src/domain/policy/clauses.data.json is what ../shared/policy gives (checked when the
// shared files are there; a clean clone has none and says so), and every clause id the code cites — rules'
// reasons, parameters, quality codes, registry rules and events, field scopes, the explainer — is in that file.
// A made-up id is refused by the engine, by the parameter schema and by the source scan below.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../../../src/domain/policy/clauses.data.json' with { type: 'json' };
import { BATCH_CLAUSES } from '../../../src/domain/policy/batch/evaluate.ts';
import { isClauseId } from '../../../src/domain/policy/clauses.ts';
import { isNationalRule } from '../../../src/domain/policy/citation.ts';
import { Evaluation } from '../../../src/domain/policy/evaluation.ts';
import { buildParameterSet } from '../../../src/domain/policy/parameters.ts';
import { IMPLEMENTED_CLAUSES, REQUIRED_CLAUSES } from '../../../src/domain/policy/rules/index.ts';
import { isKnownLegalBasis } from '../../../src/domain/registry/legal-basis.ts';
import { loadParameterSet } from '../../../src/policy-data/load.ts';
import {
  buildClauses,
  CLAUSE_TABLE_FILE,
  parseClauseTable,
  readSharedPolicy,
} from '../../../scripts/policy/clauses-source.ts';

const MADE_UP = 'T21'; // the plan has 20 tasks

/** Keys under which the code cites clauses, and the literals after them that look like a clause id. */
const CITING = /\b(clause|clauses|basis|legalBasis|defaultLegalBasis)\s*:\s*(\[[^\]]*\]|'[^']*')/g;
const CLAUSE_SHAPE = /^(G|[PWT]\d+(\.\d+)?)$/;

function citations(source: string): string[] {
  return [...source.matchAll(CITING)].flatMap((m) =>
    [...m[2]!.matchAll(/'([^']*)'/g)].map((l) => l[1]!).filter((id) => CLAUSE_SHAPE.test(id)),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the clause registry', () => {
  const shared = readSharedPolicy();
  const missing = `${CLAUSE_TABLE_FILE.pathname} (or the plan beside it) is not there: nothing to compare with`;

  it('lists the clauses of ../shared/policy/clauses.md, in its order, with its summaries and units', (ctx) => {
    if (!shared) ctx.skip(missing);
    const rows = parseClauseTable(shared!.table);
    expect(rows.length).toBeGreaterThan(40);
    expect(data.map((c) => c.id)).toEqual(rows.map((r) => r.id));
    expect(data.map((c) => [c.summary, c.leadUnit ?? '', c.responsibleUnits ?? ''])).toEqual(
      rows.map((r) => [r.summary, r.lead, r.responsible]),
    );
  });

  it("is exactly what scripts/policy/gen-clauses.ts makes of the table and the plan's text", (ctx) => {
    if (!shared) ctx.skip(missing);
    expect(data).toEqual(buildClauses(shared!.table, shared!.plan));
  });
});

describe('every clause id the code cites is a clause of the plan', () => {
  it('in the source: reasons, parameters, quality codes, registry rules and events, scopes, the explainer', () => {
    const cited = new Map<string, string[]>();
    for (const file of [...sourceFiles('src'), ...sourceFiles('web/src')])
      for (const id of citations(readFileSync(file, 'utf8'))) cited.set(id, [...(cited.get(id) ?? []), file]);
    // The scan finds what it should: the rules, the registry's and the sharing's clauses.
    expect([...cited.keys()]).toEqual(expect.arrayContaining(['P2', 'T4', 'T10.1', 'T12', 'T13.2', 'T20']));
    expect([...cited].filter(([id]) => !isClauseId(id))).toEqual([]);
  });

  it('in the engine, its coverage lists and the dated parameters', () => {
    // The batch also counts the national rule the nationality and service checks cite (citation.ts).
    const lists = [
      ...REQUIRED_CLAUSES,
      ...Object.keys(IMPLEMENTED_CLAUSES),
      ...BATCH_CLAUSES.filter((id) => !isNationalRule(id)),
    ];
    const parameters = Object.values(loadParameterSet().parameters).flatMap((p) => p.clauses);
    expect(parameters.length).toBeGreaterThan(10);
    expect([...lists, ...parameters].filter((id) => !isClauseId(id))).toEqual([]);
  });

  it(`refuses a made-up id (${MADE_UP}) wherever one can be cited`, () => {
    expect(isClauseId(MADE_UP)).toBe(false);
    expect(isKnownLegalBasis(MADE_UP)).toBe(false);
    // A rule: the engine refuses to record the reason.
    const ev = new Evaluation(loadParameterSet(), '2017-06-01', '530602', false);
    expect(() => ev.check({ clause: MADE_UP, code: 'residence.legal', met: true })).toThrow(
      `residence.legal cites ${MADE_UP}, not a clause of the plan`,
    );
    expect(ev.check({ clause: 'T2', code: 'residence.legal', met: true })).toBe(true);
    // A parameter: the set is refused, naming the field and the id.
    const [name, def] = Object.entries(loadParameterSet().parameters)[0]!;
    const param = (clauses: string[]) => ({
      'p.yaml': { id: 'test', parameters: { [name]: { ...def, clauses } } },
    });
    expect(buildParameterSet(param(['T6'])).parameters[name]!.clauses).toEqual(['T6']);
    expect(() => buildParameterSet(param(['T6', MADE_UP]))).toThrow(
      expect.objectContaining({
        issues: [
          {
            path: `p.yaml:parameters.${name}.clauses.1`,
            message: `不是工作方案的条款编号 / not a clause of the plan: ${MADE_UP}`,
          },
        ],
      }),
    );
    // The source scan: a citation in any of the citing positions is found.
    expect(
      citations(`ev.check({ clause: '${MADE_UP}', code: 'x', met: true });
        const rule = { basis: '${MADE_UP}', zh: '…' }; const q = { clauses: ['T12', '${MADE_UP}'] };
        const e = { legalBasis: 'T2', defaultLegalBasis: '${MADE_UP}', basis: 'residence' };`).filter(
        (id) => !isClauseId(id),
      ),
    ).toEqual([MADE_UP, MADE_UP, MADE_UP, MADE_UP]);
  });
});
