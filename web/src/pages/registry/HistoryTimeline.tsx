// The history timeline (户口档案): every registry event of a person or household, newest first, with who, when,
// under which law and why.
import { Timeline, Typography } from 'antd';
import { EVENT_KINDS, FIELD_LABELS } from '../../../../src/domain/registry/events.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { RegistryEvent } from './registryApi.ts';
import { formatCitation } from '../../../../src/domain/policy/citation.ts';

function summary(e: RegistryEvent): string {
  switch (e.kind) {
    case 'birth-registered':
      return `${e.person.name}（${e.person.idNumber}）`;
    case 'moved-in':
      return 'newcomer' in e.arrival ? `${e.arrival.newcomer.name}，迁自 ${e.from}` : `迁自 ${e.from}`;
    case 'moved-out':
      return `迁往 ${e.to}`;
    case 'death-recorded':
      return `死亡日期 ${e.deathDate}`;
    case 'household-created':
      return `户号 ${e.household.householdNo}，${e.household.address.detail}`;
    case 'household-split':
      return `分出新户 ${e.newHousehold.householdNo}，${e.members.length} 人`;
    case 'item-corrected':
      return `${FIELD_LABELS[e.field]}：${e.before ?? '（空）'} → ${e.after ?? '（空）'}`;
    case 'hukou-cancelled':
      return e.cause;
    case 'head-changed':
      return '';
  }
}

export function HistoryTimeline({ events }: { events: RegistryEvent[] }) {
  const { t } = useI18n();
  if (events.length === 0)
    return <Typography.Text type="secondary">{t('registry.history.empty')}</Typography.Text>;
  return (
    <Timeline
      data-testid="history-timeline"
      items={[...events].reverse().map((e) => ({
        key: e.eventId,
        children: (
          <div>
            <Typography.Text strong>{EVENT_KINDS[e.kind].zh}</Typography.Text>{' '}
            <Typography.Text>{summary(e)}</Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {new Date(e.at).toLocaleString('zh-CN')} · {t('registry.history.by', { actor: e.actor })} ·{' '}
              {t('registry.history.basis', { basis: formatCitation(e.legalBasis) })} ·{' '}
              {t('registry.history.reason', { reason: e.reason })}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
