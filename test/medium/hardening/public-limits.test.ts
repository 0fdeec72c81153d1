// Heavy or walkable anonymous work is bounded per client: simulations (size, queue) and public lookups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/databases.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';

describe.each(ENGINES)('public limits on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const simulate = (size: number, ip: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: { reform: 'yiliang-restriction', size },
      remoteAddress: ip,
    });

  it('caps an anonymous simulation by the dated parameter, naming the field', async () => {
    const r = await simulate(10_000_000, '10.2.0.1');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].path).toBe('size');
  });

  it('queues at most two simulations per client, answers 429 with Retry-After beyond, and health stays quick', async () => {
    const first = await simulate(100_001, '10.2.0.2');
    const second = await simulate(100_001, '10.2.0.2');
    expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
    const third = await simulate(100_001, '10.2.0.2');
    expect(third.statusCode).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    const started = Date.now();
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('limits public permit verification per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 31; i++)
      codes.push(
        (await t.app.inject({ url: `/api/v1/verify/ZQ${i}`, remoteAddress: '10.3.0.1' })).statusCode,
      );
    expect(codes.slice(0, 30).every((c) => c === 200)).toBe(true);
    expect(codes[30]).toBe(429);
    expect((await t.app.inject({ url: '/api/v1/verify/ZQ1', remoteAddress: '10.3.0.2' })).statusCode).toBe(
      200,
    );
  });
});

describe.each(ENGINES)('the resident access log is limited per address too, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('answers 429 after the per-minute allowance of trying (ID number, application number) pairs', async () => {
    const codes: number[] = [];
    const payload = { idNumber: '530602199001011234', applicationNo: 'ZQ0000000000' };
    for (let i = 0; i < 31; i++)
      codes.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/public/access-log',
            payload,
            remoteAddress: '10.4.0.1',
          })
        ).statusCode,
      );
    expect(codes.slice(0, 30).every((c) => c !== 429)).toBe(true);
    expect(codes[30]).toBe(429);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/access-log',
      payload,
      remoteAddress: '10.4.0.2',
    });
    expect(other.statusCode).not.toBe(429);
  });
});
