// The station's endorsement work list: permits whose endorsement falls due in the next 30 days, and those
// already overdue, each with its count and a link to the permit.
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Table, Tabs, Tag, Typography } from 'antd';
import { divisionPath } from '../../../../src/domain/divisions/tree.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { permitsApi, type DueList as Due } from './permitsApi.ts';

/** The work list's horizon (issue 15: the next 30 days). */
const DAYS = 30;

type Item = Due['due']['items'][number];

function DueTable({ items, total }: { items: Item[]; total: number }) {
  const { t } = useI18n();
  return (
    <>
      <Table<Item>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t('permits.due.empty') }}
        columns={[
          {
            title: t('permits.col.number'),
            dataIndex: 'number',
            render: (n: string, r) => <Link to={`/residence-permits/${r.id}`}>{n}</Link>,
          },
          { title: t('permits.col.name'), dataIndex: 'name' },
          {
            title: t('permits.due.station'),
            dataIndex: 'stationCode',
            render: (c: string) => divisionPath(c).join(' ') || c,
          },
          { title: t('permits.due.opensOn'), dataIndex: 'opensOn' },
          { title: t('permits.due.dueOn'), dataIndex: 'dueOn' },
          {
            title: t('permits.col.status'),
            dataIndex: 'status',
            render: (s: string) => <Tag>{t(`permits.status.${s}` as MessageKey)}</Tag>,
          },
        ]}
      />
      {total > items.length && (
        <Typography.Text type="secondary">
          {t('permits.due.more', { total, shown: items.length })}
        </Typography.Text>
      )}
    </>
  );
}

export function DueList() {
  const { t } = useI18n();
  const [due, setDue] = useState<Due | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    permitsApi.due(DAYS).then(setDue, (e: Error) => setError(e.message));
  }, []);
  return (
    <>
      <Typography.Title level={3}>{t('permits.due.title')}</Typography.Title>
      {error && <Alert type="error" title={t('permits.loadFailed', { detail: error })} />}
      {due && (
        <Tabs
          data-testid="due-list"
          items={[
            {
              key: 'due',
              label: t('permits.due.count', {
                label: t('permits.due.soon', { days: due.days }),
                count: due.due.total,
              }),
              children: <DueTable items={due.due.items} total={due.due.total} />,
            },
            {
              key: 'overdue',
              label: t('permits.due.count', { label: t('permits.due.overdue'), count: due.overdue.total }),
              children: <DueTable items={due.overdue.items} total={due.overdue.total} />,
            },
          ]}
        />
      )}
    </>
  );
}
