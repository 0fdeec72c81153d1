// What each unit owes and when (W1): the tasks and sub-items naming the chosen unit as lead or responsible, with
// their due dates and statuses; the overdue ones first.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Select, Space, Table, Tag } from 'antd';
import { UNITS } from '../../../../src/domain/supervision/units.ts';
import { useI18n } from '../../i18n/index.tsx';
import { itemTableProps, useStateColumns } from './StatusTag.tsx';
import type { TaskView } from './supervisionApi.ts';

export const unitNames = (units: { name: string }[]) => units.map((u) => u.name).join('、');

type Item = TaskView['subItems'][number] & { taskId: string; asLead: boolean };

export function UnitView({ tasks }: { tasks: TaskView[] }) {
  const { t } = useI18n();
  const [unit, setUnit] = useState('psb');
  const stateColumns = useStateColumns();
  const items = useMemo<Item[]>(() => {
    const leaves = tasks.flatMap((x) =>
      (x.subItems.length ? x.subItems : [x]).map((l) => ({ ...l, taskId: x.id })),
    );
    return leaves
      .filter((l) => [...l.leadUnits, ...l.responsibleUnits].some((u) => u.code === unit))
      .map((l) => ({ ...l, asLead: l.leadUnits.some((u) => u.code === unit) }))
      .sort(
        (a, b) =>
          Number(b.status === 'overdue') - Number(a.status === 'overdue') || (a.dueOn < b.dueOn ? -1 : 1),
      );
  }, [tasks, unit]);
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const name = UNITS.find((u) => u.code === unit)?.name ?? unit;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        aria-label={t('supervision.unit.pick')}
        showSearch
        optionFilterProp="label"
        value={unit}
        onChange={setUnit}
        style={{ width: 280 }}
        options={UNITS.filter((u) => u.inPlan).map((u) => ({ value: u.code, label: u.name }))}
      />
      <Alert
        showIcon
        type={overdue > 0 ? 'error' : 'info'}
        message={t('supervision.unit.owes', { unit: name, count: items.length, overdue })}
      />
      <Table<Item>
        {...itemTableProps}
        dataSource={items}
        columns={[
          { title: t('supervision.id'), dataIndex: 'id', width: 72 },
          {
            title: t('supervision.task'),
            dataIndex: 'title',
            render: (title: string, r) => <Link to={`tasks/${r.taskId}`}>{title}</Link>,
          },
          {
            title: t('supervision.unit.role'),
            width: 80,
            render: (_, r) => (
              <Tag color={r.asLead ? 'blue' : 'default'}>
                {t(r.asLead ? 'supervision.unit.asLead' : 'supervision.unit.asResponsible')}
              </Tag>
            ),
          },
          ...stateColumns,
        ]}
      />
    </Space>
  );
}
