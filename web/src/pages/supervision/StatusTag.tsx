// A task's derived status as a tag: overdue in red, so it stands out on the board and in each unit's list.
import { Tag } from 'antd';
import type { TaskStatus } from '../../../../src/domain/supervision/status.ts';
import { useI18n } from '../../i18n/index.tsx';

// antd's light green tag text fails WCAG contrast; a solid dark green (white text) passes.
export const DONE_COLOR = '#237804';

const COLORS: Record<TaskStatus, string> = {
  'not-started': 'default',
  'in-progress': 'blue',
  done: DONE_COLOR,
  overdue: 'red',
};

export function StatusTag({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status]}>{t(`supervision.status.${status}`)}</Tag>;
}

interface Row {
  id: string;
  status: TaskStatus;
  dueOn: string;
  percent: number;
}

/** What every item table of the board shares: one row per item, overdue rows highlighted. */
export const itemTableProps = {
  rowKey: 'id',
  size: 'small',
  pagination: false,
  onRow: (r: Row) => ({ style: r.status === 'overdue' ? { background: '#fff1f0' } : {} }),
} as const;

/** The due date, progress and status columns every item table ends with. */
export function useStateColumns() {
  const { t } = useI18n();
  return [
    { title: t('supervision.due'), dataIndex: 'dueOn', width: 110 },
    { title: t('supervision.progress'), width: 80, render: (_: unknown, r: Row) => `${r.percent}%` },
    {
      title: t('supervision.status'),
      width: 90,
      render: (_: unknown, r: Row) => <StatusTag status={r.status} />,
    },
  ];
}
