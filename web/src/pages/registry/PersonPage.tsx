// One person: the registration-card items, the address and the household, and the whole hukou archive (户口档案).
import { useEffect, useState } from 'react';
import { Alert, Card, Descriptions, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import {
  ETHNICITY_CODES,
  FORMER_TYPES,
  RELATIONSHIP_CODES,
  SEX_CODES,
} from '../../../../src/domain/codes/index.ts';
import { divisionPath } from '../../../../src/domain/divisions/tree.ts';
import { useI18n } from '../../i18n/index.tsx';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import { registryApi, type PersonView } from './registryApi.ts';

export default function PersonPage() {
  const { personId = '' } = useParams();
  const { t } = useI18n();
  const [view, setView] = useState<PersonView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    registryApi.person(personId).then(setView, (e: Error) => setError(e.message));
  }, [personId]);

  if (error) return <Alert type="error" message={error} />;
  if (!view) return null;
  const p = view.person;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('registry.person.title', { name: p.name })}>
        <Descriptions column={2}>
          <Descriptions.Item label={t('registry.col.idNumber')}>{p.idNumber}</Descriptions.Item>
          <Descriptions.Item label={t('registry.col.status')}>
            <Tag color={p.status === 'active' ? 'green' : 'default'}>{t(`registry.status.${p.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.col.sex')}>{SEX_CODES[p.sex]}</Descriptions.Item>
          <Descriptions.Item label={t('registry.col.birthDate')}>{p.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t('registry.field.ethnicity')}>
            {ETHNICITY_CODES[p.ethnicity] ?? p.ethnicity}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.col.relation')}>
            {RELATIONSHIP_CODES[p.relation ?? ''] ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.household.type')}>
            {t('registry.household.resident')}
          </Descriptions.Item>
          {p.formerType && (
            <Descriptions.Item label={t('registry.person.formerType')}>
              {FORMER_TYPES[p.formerType]}
            </Descriptions.Item>
          )}
          {view.household && (
            <Descriptions.Item label={t('registry.household.address')} span={2}>
              {[...divisionPath(view.household.address.divisionCode), view.household.address.detail].join(
                ' ',
              )}
            </Descriptions.Item>
          )}
          {view.household && (
            <Descriptions.Item label={t('registry.col.household')}>
              <Link to={`/registry/households/${view.household.householdId}`}>
                {view.household.householdNo}
              </Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('registry.person.archive')}>
        <HistoryTimeline events={view.events} />
      </Card>
    </Space>
  );
}
