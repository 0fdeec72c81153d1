// A whole-register scan through the API, to its end: POST /api/v1/quality/scans answers 202 at once, then the scan's
// row is read until it is no longer running. Works with any HTTP caller (inject in medium tests, fetch in e2e).
import { expect } from 'vitest';

export interface ScanAnswer {
  scanId: number;
  state: 'running' | 'done' | 'failed';
  error: string | null;
  counts: Record<string, number>;
  findings: Array<{
    code: string;
    idNumbers: string[];
    householdNos: string[];
    detail: Record<string, unknown>;
  }>;
}

type Caller = (method: 'GET' | 'POST', path: string) => Promise<{ status: number; body: unknown }>;

export async function scanToTheEnd(call: Caller, timeoutMs = 60_000): Promise<ScanAnswer> {
  const started = await call('POST', '/api/v1/quality/scans');
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  let scan = started.body as ScanAnswer;
  const until = Date.now() + timeoutMs;
  while (scan.state === 'running') {
    if (Date.now() > until) throw new Error(`scan ${scan.scanId} still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    scan = (await call('GET', `/api/v1/quality/scans/${scan.scanId}`)).body as ScanAnswer;
  }
  expect(scan.state, scan.error ?? '').toBe('done');
  return scan;
}
