// Sustained move events per second on PostgreSQL through the registry use case (parse → load slice → domain decides →
// event + projection + audit row in one transaction), 32 concurrent clients.
//   node --import tsx bench/registry-moves.ts [--households 20000] [--concurrency 32]
// Phase 1 moves every household's second member out; phase 2 moves each of them into the next household.
// Figures go to docs/PERFORMANCE.md (Registry).
import { recordChange } from '../src/app/registry/record-change.ts';
import type { RequestContext } from '../src/app/context.ts';
import { arg, benchDeps, freshDatabase, loadRegister } from './registry-support.ts';

const households = Number(arg('households', '20000'));
const concurrency = Number(arg('concurrency', '32'));
const adminUrl = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
const ctx: RequestContext = {
  principal: { kind: 'operator', session: 'bench' },
  requestId: 'bench-moves',
  ip: 'bench',
};

async function runAll(inputs: Array<() => Promise<unknown>>) {
  let next = 0;
  let failed = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < inputs.length) {
        const op = inputs[next++]!;
        await op().catch(() => failed++);
      }
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  return {
    events: inputs.length - failed,
    failed,
    seconds: Number(seconds.toFixed(2)),
    perSecond: Math.round((inputs.length - failed) / seconds),
  };
}

async function main() {
  const { database } = await freshDatabase(adminUrl, 'hukou_bench_moves', concurrency);
  const deps = benchDeps(database);
  const { households: hs, persons } = await loadRegister(deps, households, 2);
  const members = persons.filter((p) => p.relation !== '02');
  const moveOut = members.map(
    (m) => () =>
      recordChange(deps, ctx, 'move-out', {
        personId: m.personId,
        version: 1,
        to: '昭阳区龙泉街道',
        reason: '基准测试',
      }),
  );
  const out = await runAll(moveOut);
  const moveIn = members.map(
    (m, i) => () =>
      recordChange(deps, ctx, 'move-in', {
        householdId: hs[(i + 1) % hs.length]!.householdId,
        version: 2,
        relation: '99',
        from: '昭阳区凤凰街道',
        reason: '基准测试',
        arrival: { type: 'existing', personId: m.personId, version: 2 },
      }),
  );
  const into = await runAll(moveIn);
  const total = out.events + into.events;
  console.log(
    JSON.stringify(
      {
        households,
        persons: persons.length,
        concurrency,
        moveOut: out,
        moveIn: into,
        overall: { events: total, perSecond: Math.round(total / (out.seconds + into.seconds)) },
      },
      null,
      2,
    ),
  );
  await database.close();
}

await main();
