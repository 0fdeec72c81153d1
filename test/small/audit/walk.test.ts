// The chain's pure part: canonical content, the hash fold and the first-anomaly rules of `hukou audit verify`.
import { describe, expect, it } from 'vitest';
import { canonicalContent, GENESIS_HASH, linkHash } from '../../../src/domain/audit/chain.ts';
import { ChainWalker, type ChainRow } from '../../../src/domain/audit/walk.ts';

/** A well-formed chain of n rows whose keys are 100 + seq. */
function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev: Buffer = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const values = [String(100 + seq), '2018-03-01T08:00:00.000000Z', `actor ${seq}`, null];
    const rowHash = linkHash(prev, seq, canonicalContent(values));
    rows.push({ seq, key: String(100 + seq), prevHash: prev, rowHash, values });
    prev = rowHash;
  }
  return rows;
}

function walk(
  rows: ChainRow[],
  head = { lastSeq: rows.at(-1)?.seq ?? 0, lastHash: rows.at(-1)?.rowHash ?? GENESIS_HASH },
) {
  const w = new ChainWalker('audit_log');
  for (const r of rows) if (w.push(r)) break;
  return w.finish(head);
}

describe('canonical content', () => {
  it('tells NULL from empty text and cannot be shifted between fields', () => {
    expect(canonicalContent([null])).not.toBe(canonicalContent(['']));
    expect(canonicalContent(['ab', 'c'])).not.toBe(canonicalContent(['a', 'bc']));
    expect(canonicalContent(['V1:a'])).not.toBe(canonicalContent(['', 'a']));
  });
  it('counts UTF-8 bytes, as PostgreSQL octet_length does', () => {
    expect(canonicalContent(['张三'])).toBe('V6:张三');
  });
});

describe('the first anomaly', () => {
  const rows = chain(10);
  it('an intact chain passes', () => expect(walk(rows)).toBeNull());
  it('an edited row', () => {
    const edited = rows.map((r) =>
      r.seq === 4 ? { ...r, values: [...r.values.slice(0, 2), 'someone else', null] } : r,
    );
    expect(walk(edited)).toMatchObject({ kind: 'edited', chainSeq: 4, key: '104' });
  });
  it('a deleted row', () =>
    expect(walk(rows.filter((r) => r.seq !== 6))).toMatchObject({ kind: 'deleted', chainSeq: 6, key: null }));
  it('a truncated tail', () => {
    const head = { lastSeq: 10, lastHash: rows[9]!.rowHash };
    expect(walk(rows.slice(0, 7), head)).toMatchObject({ kind: 'truncated', chainSeq: 8 });
  });
  it('two rows swapped', () => {
    const swapped = rows.map((r) =>
      r.seq === 3 ? { ...rows[4]!, seq: 3 } : r.seq === 5 ? { ...rows[2]!, seq: 5 } : r,
    );
    expect(walk(swapped)).toMatchObject({ kind: 'reordered', chainSeq: 3, key: '105' });
  });
  it('a forged row hashed to fit, the rest renumbered', () => {
    const values = ['999', '2018-03-01T08:00:00.000000Z', 'forger', null];
    const forged = {
      seq: 5,
      key: '999',
      prevHash: rows[3]!.rowHash,
      rowHash: linkHash(rows[3]!.rowHash, 5, canonicalContent(values)),
      values,
    };
    const tampered = [...rows.slice(0, 4), forged, ...rows.slice(4).map((r) => ({ ...r, seq: r.seq + 1 }))];
    expect(walk(tampered)).toMatchObject({ kind: 'inserted', chainSeq: 5, key: '999' });
  });
  it('a second row at an occupied place', () => {
    expect(walk([...rows.slice(0, 5), { ...rows[4]!, key: '555' }, ...rows.slice(5)])).toMatchObject({
      kind: 'inserted',
      chainSeq: 5,
      key: '555',
    });
  });
  it('a row edited and re-hashed is named by the next row', () => {
    const values = [...rows[6]!.values.slice(0, 2), 'rewritten', null];
    const rehashed = {
      ...rows[6]!,
      values,
      rowHash: linkHash(rows[6]!.prevHash, 7, canonicalContent(values)),
    };
    expect(walk(rows.map((r) => (r.seq === 7 ? rehashed : r)))).toMatchObject({
      kind: 'edited',
      chainSeq: 7,
      key: '107',
    });
  });
  it('a head that does not name the last row', () => {
    expect(walk(rows, { lastSeq: 10, lastHash: rows[8]!.rowHash })).toMatchObject({
      kind: 'head-mismatch',
      chainSeq: 10,
    });
  });
});
