// The exported supervision report (issue 19): the same period as PDF and as XLSX, each opened again — the XLSX read
// back with exceljs (tasks, sub-items, indicators with the not-yet-measured ones said so), the PDF by its header and
// pages. A bad period is a 400 naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';

describe.each(ENGINES)('supervision export on %s', (kind) => {
  let t: TestApp;
  let cookie: string;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2021-03-01T08:00:00Z');
    const housing = await t.login('housing');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks/T15.8/reports',
      headers: { cookie: housing },
      payload: { text: '进城落户农民纳入住房保障', percent: 40 },
    });
    expect(filed.statusCode).toBe(201);
    cookie = await t.login('supervisor');
  });
  afterAll(async () => t?.close());

  it('opens as XLSX with every task, sub-item and indicator', async () => {
    const r = await get('/api/v1/supervision/export?from=2021-01-01&to=2021-03-31&format=xlsx');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const tasks = book.getWorksheet('任务进展')!;
    const rows = tasks.getSheetValues().filter(Boolean) as unknown[][];
    const ids = rows.map((row) => row[1]).filter((v) => typeof v === 'string' && /^T\d/.test(v));
    expect(ids).toHaveLength(20 + 21);
    const t158 = rows.find((row) => row[1] === 'T15.8')!;
    expect(t158.slice(1, 11)).toEqual([
      'T15.8',
      expect.any(String),
      '市住建局',
      '',
      '2020-12-31',
      0,
      '已逾期',
      1,
      0,
      0,
    ]);
    const indicators = book.getWorksheet('改革指标')!;
    const ind = indicators.getSheetValues().filter(Boolean) as unknown[][];
    expect(ind.map((row) => row[1])).toEqual(['条款', 'T1', 'T2', 'T11.1', 'T12', 'T16.1']);
    expect(ind.find((row) => row[1] === 'T16.1')![4]).not.toBe('尚未计量');
    expect(ind.find((row) => row[1] === 'T11.1')![4]).not.toBe('尚未计量');
  });

  it('opens as PDF with its pages', async () => {
    const r = await get('/api/v1/supervision/export?from=2021-01-01&to=2021-03-31&format=pdf');
    expect(r.statusCode).toBe(200);
    const pdf = r.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('names the field of a bad period', async () => {
    const r = await get('/api/v1/supervision/export?from=2021-04-01&to=2021-03-31&format=pdf');
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).error.issues[0].path).toBe('to');
    const f = await get('/api/v1/supervision/export?from=2021-01-01&to=2021-03-31&format=doc');
    expect(JSON.parse(f.body).error.issues[0].path).toBe('format');
  });
});
