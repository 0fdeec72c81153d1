// The quality pages' pure parts: the feed CSV read in the browser (contract columns, order free, RFC 4180 quoting,
// every bad row reported by line and column) and which resolution each finding code offers.
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../src/domain/quality/codes.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { batches, parseCsv, readFeed } from '../../../web/src/pages/quality/feedCsv.ts';
import { actionsFor, proposedCorrection } from '../../../web/src/pages/quality/resolution.ts';

const id = makeIdNumber('530602', '1950-01-01', 11);

describe('feed CSV', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM, in any column order', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""",2\n"multi\nline",3')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', '2'] },
      { line: 3, fields: ['multi\nline', '3'] },
    ]);
    expect(readFeed('deaths', `death_date,id_number,name\n2021-02-03,${id.toLowerCase()},"张 三"\n`)).toEqual(
      {
        records: [{ idNumber: id, name: '张 三', date: '2021-02-03' }],
        problems: [],
      },
    );
  });

  it('names missing and extra columns, short rows, bad values and an open quote; sends nothing then', () => {
    expect(readFeed('enlistments', 'id_number,name,death_date\n').problems).toEqual([
      { kind: 'missing', column: 'enlisted_on' },
      { kind: 'extra', column: 'death_date' },
    ]);
    const bad = readFeed(
      'deaths',
      `id_number,name,death_date\n${id},张三,2021-02-03\n123,,2021-13-01\n${id},李四\n`,
    );
    expect(bad.records).toEqual([]);
    expect(
      bad.problems.map((p) =>
        'column' in p
          ? `${p.kind}:${'line' in p ? p.line : ''}:${p.column}`
          : `${p.kind}:${'line' in p ? p.line : ''}`,
      ),
    ).toEqual(['row:3:id_number', 'row:3:name', 'row:3:death_date', 'fields:4']);
    expect(readFeed('deaths', 'id_number,name,death_date\n"open,x,y\n').problems).toEqual([
      { kind: 'quote', line: 2 },
    ]);
    expect(readFeed('deaths', 'id_number,name,death_date\n').problems).toEqual([{ kind: 'empty' }]);
  });

  it('splits into the API request size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('resolution actions', () => {
  it('offers every code a way to close it, and head anomalies a change of head (never a relation correction)', () => {
    for (const code of FINDING_CODES) expect(actionsFor(code).slice(-2), code).toEqual(['later', 'dismiss']);
    expect(actionsFor('household-multiple-heads')).toEqual(['change-head', 'later', 'dismiss']);
    expect(actionsFor('household-without-head')).toEqual(['change-head', 'later', 'dismiss']);
    expect(actionsFor('probable-duplicate')).toEqual(['merge', 'not-duplicate', 'later', 'dismiss']);
    expect(actionsFor('legacy-15-digit')).toContain('upgrade');
    expect(actionsFor('deceased-not-cancelled')[0]).toBe('record-death');
    expect(actionsFor('enlisted-not-cancelled')[0]).toBe('cancel-enlisted');
  });

  it('proposes the corrected value the evidence gives', () => {
    expect(proposedCorrection({ field: 'birthDate', inIdNumber: '1950-01-01' }, id)).toEqual({
      field: 'birthDate',
      after: '1950-01-01',
    });
    expect(proposedCorrection({ field: 'idNumber', expected: 'X' }, id)).toEqual({
      field: 'idNumber',
      after: `${id.slice(0, 17)}X`,
    });
    expect(proposedCorrection({ idNumber: id, personIds: [] }, id).field).toBe('idNumber');
    expect(proposedCorrection({ items: ['householdNo', 'ethnicity'] }, id)).toEqual({
      field: 'ethnicity',
      after: '',
    });
  });
});
