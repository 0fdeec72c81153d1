import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

interface Item { id: string; number: string; applicantName: string; stateName: string; deadline: string | null; overdue: boolean }

export default function QueuePage() {
  const m = messages(useI18n().language);
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    api.get<{ items: Item[] }>('/api/v1/applications/queue').then((r) => setItems(r.items), () => setItems([]));
  }, []);
  return (
    <Card>
      <Typography.Title level={2}>{m.queue}</Typography.Title>
      <Link to="/applications/new"><Button type="primary">{m.newApplication}</Button></Link>
      <Table<Item>
        rowKey="id"
        dataSource={items}
        pagination={false}
        columns={[
          { title: m.number, dataIndex: 'number', render: (n: string, r) => <Link to={`/applications/${r.id}`}>{n}</Link> },
          { title: m.applicant, dataIndex: 'applicantName' },
          { title: m.state, dataIndex: 'stateName' },
          { title: m.deadline, dataIndex: 'deadline', render: (d: string | null, r) => <>{d ? new Date(d).toLocaleString('zh-CN') : '—'} {r.overdue && <Tag color="red">{m.overdue}</Tag>}</> },
        ]}
      />
    </Card>
  );
}
