// One-off generator of the clause registry (src/domain/policy/clauses.data.json) from the shared plan text and
// clause table. Run once when ../shared/policy changes: `node --import tsx scripts/policy/gen-clauses.ts`.
// The plan is stored in traditional characters; we keep that original and add a simplified conversion (opencc).
import { readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const shared = new URL('../../../shared/policy/', import.meta.url);
const plan = readFileSync(new URL('zhaotong-2017-hukou-reform-plan.txt', shared), 'utf8').split('\n');
const table = readFileSync(new URL('clauses.md', shared), 'utf8').split('\n');
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

interface Row {
  id: string;
  where: string;
  summary: string;
  lead: string;
  responsible: string;
}
const rows: Row[] = table
  .filter((l) => /^\| (G|P\d|W\d|T\d+(\.\d)?) \|/.test(l))
  .map((l) => {
    const c = l
      .split('|')
      .slice(1, -1)
      .map((s) => s.trim());
    return { id: c[0]!, where: c[1]!, summary: c[2]!, lead: c[3]!, responsible: c[4]! };
  });

// Walk the plan once, assigning each line to a clause id.
const text = new Map<string, string[]>();
const add = (id: string, line: string) => text.set(id, [...(text.get(id) ?? []), line]);
let section = '';
let principle = 0;
let task = 0;
let sub = 0;
for (const raw of plan) {
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

const out = rows.map((r) => {
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
const json = `[\n${out.map((c) => '  ' + JSON.stringify(c)).join(',\n')}\n]\n`;
writeFileSync(new URL('../../src/domain/policy/clauses.data.json', import.meta.url), json);
console.log(`${out.length} clauses written`);
