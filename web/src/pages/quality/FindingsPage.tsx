// The work queue: counts by problem and county (chart and table), then the findings filtered by code, county and status.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { FINDING_CODE_INFO, FINDING_CODES } from '../../../../src/domain/quality/codes.ts';
import { COUNTIES } from '../../../../src/domain/divisions/tree.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ChartData } from './FindingsChart.tsx';
import { evidenceKindText } from './evidenceWords.ts';
import { messages } from './messages.ts';
import { qualityApi, type FindingView } from './qualityApi.ts';
import { ScanPanel } from './ScanPanel.tsx';

// ECharts is large: the chart loads after the list, in its own chunk.
const FindingsChart = lazy(() => import('./FindingsChart.tsx').then((m) => ({ default: m.FindingsChart })));

const STATUSES = ['open', 'in-progress', 'resolved', 'dismissed'] as const;
/** Findings per page: the server's default page (src/domain/quality/schema.ts allows up to 200). */
const PAGE_SIZE = 50;

export function codeLabel(code: string, language: string): string {
  const info = FINDING_CODE_INFO[code as keyof typeof FINDING_CODE_INFO];
  return info ? (language === 'en' ? info.en : info.zh) : code;
}

export default function FindingsPage() {
  const { language, t } = useI18n();
  const m = messages(language);
  const [params, setParams] = useSearchParams();
  const filter = {
    code: params.get('code') ?? undefined,
    county: params.get('county') ?? undefined,
    status: params.get('status') ?? 'open',
  };
  // The page of the list is in the address too, so a reload or a shared link shows the same rows.
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [items, setItems] = useState<FindingView[]>([]);
  const [total, setTotal] = useState(0);
  const [counts, setCounts] = useState<
    Array<{ code: string; county: string; status: string; count: number }>
  >([]);
  // A finished scan changes the queue: read it again.
  const [scansDone, setScansDone] = useState(0);
  useEffect(() => {
    qualityApi.summary().then(
      (r) => setCounts(r.counts),
      () => setCounts([]),
    );
  }, [scansDone]);
  useEffect(() => {
    const offset = String((page - 1) * PAGE_SIZE);
    qualityApi.list({ ...filter, limit: String(PAGE_SIZE), offset }).then(
      (r) => (setItems(r.items), setTotal(r.total)),
      () => setItems([]),
    );
  }, [params, scansDone]);
  const byCode = useMemo(() => {
    const rows = new Map<string, Record<string, number>>();
    for (const c of counts.filter((x) => x.status === filter.status)) {
      const row = rows.get(c.code) ?? {};
      row[c.county] = (row[c.county] ?? 0) + c.count;
      rows.set(c.code, row);
    }
    return [...rows.entries()].map(([code, row]) => ({
      code,
      ...row,
      total: Object.values(row).reduce((a, b) => a + b, 0),
    }));
  }, [counts, filter.status]);
  const counties = useMemo(() => [...new Set(counts.map((c) => c.county))].sort(), [counts]);
  const chart = useMemo<ChartData>(
    () => ({
      counties: counties.map((c) => ({ code: c, name: COUNTIES.get(c)?.name ?? c })),
      series: byCode.map(({ code, total: _total, ...row }) => ({
        code,
        name: codeLabel(code, language),
        counts: row as Record<string, number>,
      })),
    }),
    [byCode, counties, language],
  );
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page'); // another filter starts again at its first page
    setParams(next);
  };
  const countyName = (c: string) => COUNTIES.get(c)?.name ?? c;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={2}>{m.title}</Typography.Title>
        <ScanPanel onDone={() => setScansDone((n) => n + 1)} />
        <Typography.Title level={4}>{m.summary}</Typography.Title>
        {byCode.length > 0 && (
          <Suspense fallback={null}>
            <FindingsChart data={chart} label={m.chart} />
          </Suspense>
        )}
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={byCode}
          columns={[
            {
              title: m.code,
              dataIndex: 'code',
              render: (c: string) => <a onClick={() => set('code', c)}>{codeLabel(c, language)}</a>,
            },
            ...counties.map((c) => ({ title: countyName(c), dataIndex: c, render: (n?: number) => n ?? '' })),
            { title: m.total, dataIndex: 'total' },
          ]}
        />
      </Card>
      <Card>
        <Space wrap>
          <Select
            style={{ width: 260 }}
            allowClear
            placeholder={m.code}
            value={filter.code}
            onChange={(v) => set('code', v)}
            options={FINDING_CODES.map((c) => ({ value: c, label: codeLabel(c, language) }))}
            aria-label={m.code}
          />
          <Select
            style={{ width: 160 }}
            allowClear
            placeholder={m.county}
            value={filter.county}
            onChange={(v) => set('county', v)}
            options={[...COUNTIES.keys()].map((c) => ({ value: c, label: countyName(c) }))}
            aria-label={m.county}
          />
          <Select
            style={{ width: 140 }}
            value={filter.status}
            onChange={(v) => set('status', v)}
            options={STATUSES.map((s) => ({ value: s, label: m[s] }))}
            aria-label={m.status}
          />
          <span>
            {m.total}: {total}
          </span>
        </Space>
        <Table<FindingView>
          rowKey="findingId"
          dataSource={items}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total,
            showSizeChanger: false,
            showTotal: (n) => t('list.total', { total: n }),
            onChange: (p) => set('page', p > 1 ? String(p) : undefined),
          }}
          locale={{ emptyText: m.none }}
          columns={[
            { title: m.code, dataIndex: 'code', render: (c: string) => <Tag>{codeLabel(c, language)}</Tag> },
            { title: m.county, dataIndex: 'countyCode', render: countyName },
            { title: m.idNumbers, dataIndex: 'idNumbers', render: (ids: string[]) => ids.join('、') },
            { title: m.households, dataIndex: 'householdNos', render: (h: string[]) => h.join('、') },
            {
              title: m.evidence,
              dataIndex: 'detail',
              render: (d: Record<string, unknown>) => evidenceKindText(d, m) ?? '',
            },
            { title: m.due, dataIndex: 'dueOn' },
            {
              title: m.status,
              dataIndex: 'status',
              render: (s: string) => m[s as (typeof STATUSES)[number]] ?? s,
            },
            {
              title: '',
              dataIndex: 'findingId',
              render: (id: number) => <Link to={`/quality/${id}`}>{m.view}</Link>,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
