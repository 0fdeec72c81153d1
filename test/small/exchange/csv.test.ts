// The streaming CSV reader and writer (src/jobs/csv): RFC 4180 quoting, line numbers across chunks, BOM, CRLF.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/jobs/csv/reader.ts';
import { CsvWriter } from '../../../src/jobs/csv/writer.ts';

async function readAll(path: string, chunkSize?: number) {
  const out: Array<{ line: number; fields: string[]; error?: string }> = [];
  for await (const batch of readCsv(path, { chunkSize })) out.push(...batch);
  return out;
}

describe('CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hukou-csv-'));

  it('reads quoted fields with commas, quotes and line breaks, keeping the line each record starts on', async () => {
    const path = join(dir, 'a.csv');
    writeFileSync(path, '\ufeffa,b\r\n1,"x, ""y"""\r\n"multi\nline",2\n\n3,4');
    for (const chunkSize of [1, 3, 7, 1 << 16]) {
      expect(await readAll(path, chunkSize)).toEqual([
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', 'x, "y"'] },
        { line: 3, fields: ['multi\nline', '2'] },
        { line: 6, fields: ['3', '4'] },
      ]);
    }
  });

  it('reports an unterminated quote', async () => {
    const path = join(dir, 'b.csv');
    writeFileSync(path, 'a,b\n1,"open\n');
    const rows = await readAll(path);
    expect(rows[1]!.error).toMatch(/unterminated/);
  });

  it('writes what it reads back', async () => {
    const path = join(dir, 'c.csv');
    const w = new CsvWriter(path, ['k', 'v'] as const);
    w.write({ k: '张三', v: 'a,"b"\nc' });
    w.write({ k: '', v: '' });
    await w.close();
    expect(readFileSync(path, 'utf8')).toBe('k,v\n张三,"a,""b""\nc"\n,\n');
    expect((await readAll(path)).map((r) => r.fields)).toEqual([
      ['k', 'v'],
      ['张三', 'a,"b"\nc'],
      ['', ''],
    ]);
  });
});
