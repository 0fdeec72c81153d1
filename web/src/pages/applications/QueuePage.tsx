// The clerk's (or officer's) work queue: open applications in the jurisdiction, nearest deadline first.
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';

interface Item {
  id: string;
  number: string;
  applicantName: string;
  state: string;
  deadline: string | null;
  overdue: boolean;
}

export default function QueuePage() {
  const { t, language } = useI18n();
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    api.get<{ items: Item[] }>('/api/v1/applications/queue').then(
      (r) => setItems(r.items),
      () => setItems([]),
    );
  }, []);
  return (
    <Card>
      <Typography.Title level={2}>{t('applications.queue.title')}</Typography.Title>
      <Link to="/applications/new">
        <Button type="primary">{t('applications.queue.new')}</Button>
      </Link>
      <Table<Item>
        rowKey="id"
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('applications.queue.empty') }}
        columns={[
          {
            title: t('applications.col.number'),
            dataIndex: 'number',
            render: (n: string, r) => <Link to={`/applications/${r.id}`}>{n}</Link>,
          },
          { title: t('applications.col.applicant'), dataIndex: 'applicantName' },
          {
            title: t('applications.col.state'),
            dataIndex: 'state',
            render: (s: string) => t(`applications.state.${s}` as MessageKey),
          },
          {
            title: t('applications.col.deadline'),
            dataIndex: 'deadline',
            render: (d: string | null, r) => (
              <>
                {d ? new Date(d).toLocaleString(language) : '—'}{' '}
                {r.overdue && <Tag color="red">{t('applications.overdue')}</Tag>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
