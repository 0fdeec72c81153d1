// The holder's page (居住证): status, number, dates, continuous residence years, the next endorsement window, the
// entitlements with what each still needs, the card PDF, the actions the clerk may take now, and the history.
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { STATE_COLOR } from './colors.ts';
import { EntitlementsTable } from './EntitlementsTable.tsx';
import { EventsTimeline } from './EventsTimeline.tsx';
import { LoadError } from './LoadError.tsx';
import { PermitActions } from './PermitActions.tsx';
import { SettleFromPermit } from './SettleFromPermit.tsx';
import { permitsApi, type PermitResponse } from './permitsApi.ts';

export default function PermitPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [p, setP] = useState<PermitResponse | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A read older than what an action just answered (a lower version) never replaces it.
  const load = useCallback(
    () =>
      permitsApi
        .permit(id)
        .then(
          (next) => setP((cur) => (cur?.id === next.id && cur.version > next.version ? cur : next)),
          setLoadError,
        ),
    [id],
  );
  useEffect(() => void load(), [load]);
  if (!p) return <LoadError error={loadError} />;

  const dash = '—';
  return (
    <Card>
      <Link to={`/residence-permits/registrations/${p.registrationId}`}>
        {t('permits.view.registration')}
      </Link>
      <Typography.Title level={2}>{t('permits.view.title', { number: p.number })}</Typography.Title>
      {notice && (
        <Alert type="success" title={notice} style={{ marginBottom: 16 }} data-testid="permit-notice" />
      )}
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'status',
            label: t('permits.col.status'),
            children: (
              <Tag color={STATE_COLOR[p.status]} data-testid="permit-status">
                {t(`permits.status.${p.status}` as MessageKey)}
              </Tag>
            ),
          },
          {
            key: 'number',
            label: t('permits.col.number'),
            children: <span data-testid="permit-number">{p.number}</span>,
          },
          {
            key: 'holder',
            label: t('permits.view.holder'),
            children: `${p.holder.name} ${p.holder.idNumber}`,
          },
          p.issuedOn
            ? { key: 'issued', label: t('permits.view.issuedOn'), children: p.issuedOn }
            : { key: 'issueBy', label: t('permits.view.issueBy'), children: p.issueBy },
          {
            key: 'years',
            label: t('permits.view.years'),
            children: (
              <span data-testid="permit-years">
                {p.continuousResidenceSince
                  ? t('permits.view.yearsValue', {
                      years: p.continuousResidenceYears,
                      since: p.continuousResidenceSince,
                    })
                  : t('permits.view.yearsNone')}
              </span>
            ),
          },
          { key: 'insurance', label: t('permits.view.insurance'), children: p.socialInsuranceYears },
          {
            key: 'next',
            label: t('permits.view.next'),
            children: p.nextEndorsement
              ? t('permits.view.window', { opens: p.nextEndorsement.opens, closes: p.nextEndorsement.closes })
              : dash,
          },
          {
            key: 'edition',
            label: t('permits.view.cardEdition'),
            children: <span data-testid="permit-edition">{p.cardEdition}</span>,
          },
        ]}
      />
      <Space style={{ margin: '8px 0' }}>
        {p.issuedOn && (
          <a href={permitsApi.cardUrl(p.id)} target="_blank" rel="noreferrer" data-testid="card-pdf">
            {t('permits.view.card')}
          </a>
        )}
        <SettleFromPermit permit={p} />
      </Space>
      <PermitActions
        permit={p}
        onDone={(action, result) => {
          setNotice(
            result.timing === 'late'
              ? t('permits.view.late')
              : t('permits.view.done', { action: t(`permits.action.${action}`) }),
          );
          const { status, version, continuousResidenceYears, nextEndorsement, cardEdition } = result;
          setP(
            (cur) =>
              cur && { ...cur, status, version, continuousResidenceYears, nextEndorsement, cardEdition },
          );
          void load();
        }}
      />
      <EntitlementsTable permit={p} />
      <EventsTimeline events={p.events} />
    </Card>
  );
}
