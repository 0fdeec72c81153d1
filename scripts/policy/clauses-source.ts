// The clause registry built from the shared plan: the clause table (../shared/policy/clauses.md) gives the ids,
// where each sits in the plan, a summary and the units; the plan's text (stored in traditional characters) gives
// each clause its original wording, kept as received beside a simplified conversion (opencc). Used by
// gen-clauses.ts to write src/domain/policy/clauses.data.json and by the test that checks the file still matches.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { Clause } from '../../src/domain/policy/clauses.ts';

/** ../shared/policy beside the checkout (absent on a clean clone, e.g. in CI), or HUKOU_SHARED_POLICY_DIR. */
export const SHARED_POLICY_DIR = process.env.HUKOU_SHARED_POLICY_DIR
  ? pathToFileURL(process.env.HUKOU_SHARED_POLICY_DIR.replace(/\/?$/, '/'))
  : new URL('../../../shared/policy/', import.meta.url);
export const CLAUSE_TABLE_FILE = new URL('clauses.md', SHARED_POLICY_DIR);
export const PLAN_FILE = new URL('zhaotong-2017-hukou-reform-plan.txt', SHARED_POLICY_DIR);
export const CLAUSES_DATA_FILE = new URL('../../src/domain/policy/clauses.data.json', import.meta.url);

export interface ClauseRow {
  id: string;
  where: string;
  summary: string;
  lead: string;
  responsible: string;
}

/** The rows of the clause table, in its order: `| id | where | summary | lead unit | responsible units |`. */
export function parseClauseTable(markdown: string): ClauseRow[] {
  return markdown
    .split('\n')
    .filter((l) => /^\| (G|P\d|W\d|T\d+(\.\d)?) \|/.test(l))
    .map((l) => {
      const c = l
        .split('|')
        .slice(1, -1)
        .map((s) => s.trim());
      return { id: c[0]!, where: c[1]!, summary: c[2]!, lead: c[3]!, responsible: c[4]! };
    });
}

/** Walk the plan once, assigning each line to a clause id. */
export function planTexts(plan: string): Map<string, string[]> {
  const text = new Map<string, string[]>();
  const add = (id: string, line: string) => text.set(id, [...(text.get(id) ?? []), line]);
  let section = '';
  let principle = 0;
  let task = 0;
  let sub = 0;
  for (const raw of plan.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const head = /^([一二三四])、/.exec(line);
    if (head) {
      section = head[1]!;
      continue;
    }
    if (/^(牽頭單位|責任單位)/.test(line)) continue; // units are in the table already
    if (section === '一') add('G', line);
    else if (section === '二' && line.startsWith('??')) add(`P${++principle}`, line.replace(/^\?\?/, ''));
    else if (section === '三') {
      const w = /^\(([一二三])\)/.exec(line);
      if (w) add(`W${'一二三'.indexOf(w[1]!) + 1}`, line);
    } else if (section === '四') {
      const t = /^(\d+)\./.exec(line);
      const s = /^\((\d)\)/.exec(line);
      if (t) {
        task = Number(t[1]);
        sub = 0;
        add(`T${task}`, line);
      } else if (s && task > 0) {
        sub = Number(s[1]);
        add(`T${task}.${sub}`, line);
      } else if (/^\([一二三四五]\)/.test(line))
        continue; // part headings of section 四
      else if (line.startsWith('昭通市人民政府') || /^\d{4}年/.test(line)) continue;
      else if (task > 0) add(sub ? `T${task}.${sub}` : `T${task}`, line);
    }
  }
  return text;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** The registry from the table and the plan's text. */
export function buildClauses(table: string, plan: string): Clause[] {
  const text = planTexts(plan);
  return parseClauseTable(table).map((r) => {
    // A task split into sub-items (T10.1 …) shows the task heading before its own text.
    const parent = r.id.includes('.') ? (text.get(r.id.split('.')[0]!) ?? []) : [];
    const traditional = [...parent, ...(text.get(r.id) ?? [])].join('\n');
    if (!traditional) throw new Error(`no plan text found for ${r.id}`);
    return {
      id: r.id,
      where: toSimplified(r.where),
      summary: r.summary,
      text: toSimplified(traditional),
      textOriginal: traditional,
      leadUnit: r.lead || null,
      responsibleUnits: r.responsible || null,
    };
  });
}

/** The shared table and plan, or null when ../shared/policy is not there. */
export function readSharedPolicy(): { table: string; plan: string } | null {
  if (!existsSync(CLAUSE_TABLE_FILE) || !existsSync(PLAN_FILE)) return null;
  return { table: readFileSync(CLAUSE_TABLE_FILE, 'utf8'), plan: readFileSync(PLAN_FILE, 'utf8') };
}

/** The data file's text: two-space JSON, as prettier leaves it. */
export function clausesJson(clauses: readonly Clause[]): string {
  return JSON.stringify(clauses, null, 2) + '\n';
}
