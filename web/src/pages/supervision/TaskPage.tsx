// One task (W2): what the plan says, its units, sub-items with their due dates and statuses, the reports with every
// decision on them, and the forms of whoever may act — the unit's officer files, the lead unit accepts or returns,
// the supervisor comments and rates, the supervision office sets a due date.
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Empty, Space, Table, Typography } from 'antd';
import { hasPermission } from '../../../../src/domain/access/roles.ts';
import { mayReadReports, mayTakeReportAction } from '../../../../src/domain/supervision/access.ts';
import { findClause } from '../../../../src/domain/policy/clauses.ts';
import { findTask, leavesOf } from '../../../../src/domain/supervision/tasks.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { INDICATOR_IDS, INDICATORS } from '../../../../src/domain/supervision/indicators.ts';
import { DueDateForm } from './DueDateForm.tsx';
import { IndicatorsPanel } from './IndicatorsPanel.tsx';
import { FileReportForm } from './FileReportForm.tsx';
import { ReportCard } from './ReportCard.tsx';
import { itemTableProps, StatusTag, useStateColumns } from './StatusTag.tsx';
import { supervisionApi, type ReportView, type TaskView } from './supervisionApi.ts';
import { unitNames } from './UnitView.tsx';

export default function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { session } = useAuth();
  const user = session.status === 'signed-in' ? session.user : null;
  const stateColumns = useStateColumns();
  const plan = findTask(id);
  const [task, setTask] = useState<TaskView | null>(null);
  const [reports, setReports] = useState<ReportView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const canRead = Boolean(user && plan && mayReadReports(user, plan));
  const reload = useCallback(() => {
    supervisionApi.task(id).then(setTask, (e: Error) => setError(e.message));
    if (canRead)
      supervisionApi.reports(id).then(
        (r) => setReports(r.items),
        () => setReports([]),
      );
  }, [id, canRead]);
  useEffect(reload, [reload]);
  if (!plan || !user) return error ? <Alert type="error" message={error} /> : null;
  const fileable = leavesOf(plan).filter((l) => mayTakeReportAction(user, 'file', l, null));
  const items = task ? (task.subItems.length ? task.subItems : [task]) : [];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/supervision">{t('supervision.back')}</Link>
      <Typography.Title level={2}>
        {plan.id} {plan.title}
      </Typography.Title>
      {error && <Alert type="error" message={error} />}
      {task && (
        <Descriptions bordered size="small" column={1}>
          <Descriptions.Item label={t('supervision.plan')}>
            <div style={{ whiteSpace: 'pre-wrap' }}>
              {plan.where}
              {'\n'}
              {leavesOf(plan)
                .map((l) => findClause(l.id)?.text ?? l.summary)
                .join('\n')}
            </div>
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.lead')}>
            {unitNames(task.leadUnits) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.responsible')}>
            {task.responsibleUnitsText ?? (unitNames(task.responsibleUnits) || '—')}
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.due')}>{task.dueOn}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.status')}>
            <StatusTag status={task.status} /> {task.percent}%
          </Descriptions.Item>
        </Descriptions>
      )}
      {task && task.subItems.length > 0 && (
        <Card title={t('supervision.subItems')}>
          <Table
            {...itemTableProps}
            dataSource={items}
            columns={[
              { title: t('supervision.id'), dataIndex: 'id', width: 72 },
              { title: t('supervision.task'), dataIndex: 'title' },
              { title: t('supervision.lead'), render: (_, r) => unitNames(r.leadUnits) },
              ...stateColumns,
            ]}
          />
        </Card>
      )}
      {INDICATOR_IDS.some((i) => INDICATORS[i].taskIds.includes(plan.id)) && (
        <Card title={t('supervision.tab.indicators')}>
          <IndicatorsPanel taskId={plan.id} />
        </Card>
      )}
      {fileable.length > 0 && <FileReportForm items={fileable} onFiled={reload} />}
      <Card title={t('supervision.reports')}>
        {!canRead ? (
          <Typography.Text type="secondary">{t('supervision.reports.hidden')}</Typography.Text>
        ) : reports.length === 0 ? (
          <Empty description={t('supervision.reports.none')} />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            {reports.map((r) => (
              <ReportCard key={r.reportId} report={r} user={user} onChanged={reload} />
            ))}
          </Space>
        )}
      </Card>
      {hasPermission(user.role, 'supervision.schedule') && (
        <DueDateForm items={[plan, ...plan.subItems]} onSet={reload} />
      )}
    </Space>
  );
}
