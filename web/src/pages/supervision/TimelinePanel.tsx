// The timeline of supervision: reports filed, decisions, comments, ratings and due dates, newest first.
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Empty, Timeline } from 'antd';
import { unitByCode } from '../../../../src/domain/supervision/units.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { supervisionApi, type TimelineEntry } from './supervisionApi.ts';

const COLORS: Record<string, string> = { accept: 'green', return: 'red', rate: 'gold', 'due-date': 'gray' };

export function TimelinePanel() {
  const { t } = useI18n();
  const [items, setItems] = useState<TimelineEntry[]>([]);
  useEffect(() => {
    supervisionApi.timeline().then(
      (r) => setItems(r.items),
      () => setItems([]),
    );
  }, []);
  if (items.length === 0) return <Empty description={t('supervision.timeline.empty')} />;
  return (
    <Timeline
      items={items.map((e) => ({
        color: COLORS[e.action] ?? 'blue',
        children: (
          <>
            {e.at.slice(0, 16).replace('T', ' ')}{' '}
            <Link to={`tasks/${e.itemId.split('.')[0]}`}>{e.itemId}</Link>{' '}
            {t(`supervision.action.${e.action}` as MessageKey)}
            {e.unitCode ? ` · ${unitByCode(e.unitCode)?.name ?? e.unitCode}` : ''}
            {e.actorUsername ? ` · ${e.actorUsername}` : ''}
            {e.dueOn ? ` → ${e.dueOn}` : ''}
            {e.rating ? ` · ${'★'.repeat(e.rating)}` : ''}
          </>
        ),
      }))}
    />
  );
}
