// The board (W2): every task with its units, due date, accepted progress and status (overdue in red), by task and by
// unit, the timeline of reports and decisions, the live indicators, the charts, and the exported report.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Space, Table, Tabs, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { IndicatorsPanel } from './IndicatorsPanel.tsx';
import { itemTableProps, useStateColumns } from './StatusTag.tsx';
import { supervisionApi, type TaskView } from './supervisionApi.ts';
import { TimelinePanel } from './TimelinePanel.tsx';
import { UnitView, unitNames } from './UnitView.tsx';

// ECharts is large: the charts load after the board, in their own chunk.
const BarChart = lazy(() => import('./BarChart.tsx').then((m) => ({ default: m.BarChart })));

export default function BoardPage() {
  const { t } = useI18n();
  const [tasks, setTasks] = useState<TaskView[]>([]);
  const [today, setToday] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    supervisionApi.tasks().then(
      (r) => (setTasks(r.items), setToday(r.today)),
      (e: Error) => setError(e.message),
    );
  }, []);
  const stateColumns = useStateColumns();
  const overdue = tasks.filter((x) => x.status === 'overdue');
  const progressBars = useMemo(
    () => tasks.map((x) => ({ name: x.id, value: x.percent, alert: x.status === 'overdue' })),
    [tasks],
  );
  const overdueBars = useMemo(() => {
    const by = new Map<string, number>();
    for (const x of overdue) for (const u of x.leadUnits) by.set(u.name, (by.get(u.name) ?? 0) + 1);
    return [...by.entries()].map(([name, value]) => ({ name, value, alert: true }));
  }, [overdue]);

  const taskTable = (
    <Table<TaskView>
      {...itemTableProps}
      dataSource={tasks}
      columns={[
        { title: t('supervision.id'), dataIndex: 'id', width: 64 },
        {
          title: t('supervision.task'),
          dataIndex: 'title',
          render: (title: string, r) => <Link to={`tasks/${r.id}`}>{title}</Link>,
        },
        { title: t('supervision.lead'), render: (_, r) => unitNames(r.leadUnits) || '—' },
        {
          title: t('supervision.responsible'),
          ellipsis: true,
          render: (_, r) => unitNames(r.responsibleUnits) || '—',
        },
        ...stateColumns,
      ]}
    />
  );

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('supervision.title')}</Typography.Title>
      {today && <Typography.Text type="secondary">{t('supervision.asOf', { day: today })}</Typography.Text>}
      {error && <Alert type="error" message={error} />}
      {overdue.length > 0 && (
        <Alert type="error" showIcon message={t('supervision.overdueAlert', { count: overdue.length })} />
      )}
      <Tabs
        items={[
          { key: 'tasks', label: t('supervision.tab.tasks'), children: taskTable },
          { key: 'units', label: t('supervision.tab.units'), children: <UnitView tasks={tasks} /> },
          { key: 'timeline', label: t('supervision.tab.timeline'), children: <TimelinePanel /> },
          { key: 'indicators', label: t('supervision.tab.indicators'), children: <IndicatorsPanel /> },
        ]}
      />
      <Suspense fallback={null}>
        <Space wrap style={{ width: '100%' }} styles={{ item: { flex: '1 1 420px' } }}>
          <Card title={t('supervision.chart.progress')}>
            <BarChart bars={progressBars} label={t('supervision.chart.progress')} max={100} />
          </Card>
          <Card title={t('supervision.chart.overdue')}>
            <BarChart bars={overdueBars} label={t('supervision.chart.overdue')} />
          </Card>
        </Space>
      </Suspense>
      <ExportPanel today={today} />
    </Space>
  );
}
