// The history of a registration or a permit: each event with its day, what was done, by whom, why, and the legal
// basis it records.
import { Timeline, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { RegistrationResponse } from './permitsApi.ts';
import { eventLabel } from './permitsText.ts';
import { formatCitation } from '../../../../src/domain/policy/citation.ts';

type PermitEvent = RegistrationResponse['events'][number];

export function EventsTimeline({ events }: { events: PermitEvent[] }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={3}>{t('permits.view.events')}</Typography.Title>
      <Timeline
        data-testid="events"
        items={events.map((e, i) => ({
          key: i,
          content: (
            <>
              <Typography.Text strong>{e.on}</Typography.Text> {eventLabel(t, e.action)}
              {e.actor ? ` · ${e.actor}` : ''}
              {e.reason ? ` · ${e.reason}` : ''}
              <br />
              <Typography.Text type="secondary">
                {t('permits.event.basis', { basis: formatCitation(e.basis) })}
              </Typography.Text>
            </>
          ),
        }))}
      />
    </>
  );
}
