// One household: its page of the booklet (户号, 户别, 住址, the one 居民户口 type), its members, a form for each
// registry event, and the history timeline.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { HOUSEHOLD_KINDS, RELATIONSHIP_CODES, SEX_CODES } from '../../../../src/domain/codes/index.ts';
import { divisionPath } from '../../../../src/domain/divisions/tree.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EventFormModal } from './EventFormModal.tsx';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import { registryApi, type CommandName, type HouseholdView, type Person } from './registryApi.ts';

const ACTIONS: CommandName[] = [
  'register-birth',
  'move-in',
  'move-out',
  'record-death',
  'split-household',
  'change-head',
  'correct-item',
  'cancel-hukou',
];

export default function HouseholdPage() {
  const { householdId = '' } = useParams();
  const { t } = useI18n();
  const [view, setView] = useState<HouseholdView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<CommandName | null>(null);

  const load = useCallback(() => {
    registryApi.household(householdId).then(setView, (e: Error) => setError(e.message));
  }, [householdId]);
  useEffect(load, [load]);

  if (error) return <Alert type="error" message={error} />;
  if (!view) return null;
  const h = view.household;
  const active = h.status === 'active';

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('registry.household.title', { no: h.householdNo })}>
        <Descriptions column={2}>
          <Descriptions.Item label={t('registry.household.kind')}>
            {HOUSEHOLD_KINDS[h.kind].zh}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.household.type')}>
            {t('registry.household.resident')}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.household.address')}>
            {divisionPath(h.address.divisionCode).join(' ')} {h.address.detail}（{h.address.divisionCode}）
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.household.status')}>
            <Tag color={active ? 'green' : 'default'}>{t(`registry.status.${h.status}`)}</Tag>
          </Descriptions.Item>
        </Descriptions>
        {active && (
          <Space wrap>
            {ACTIONS.map((a) => (
              <Button key={a} onClick={() => setOpen(a)}>
                {t(`registry.action.${a}`)}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <Card title={t('registry.household.members')}>
        <Table<Person>
          rowKey="personId"
          dataSource={view.members}
          pagination={false}
          columns={[
            {
              title: t('registry.col.name'),
              render: (_, p) => <Link to={`/registry/persons/${p.personId}`}>{p.name}</Link>,
            },
            { title: t('registry.col.relation'), render: (_, p) => RELATIONSHIP_CODES[p.relation ?? ''] },
            { title: t('registry.col.idNumber'), dataIndex: 'idNumber' },
            { title: t('registry.col.sex'), render: (_, p) => SEX_CODES[p.sex] },
            { title: t('registry.col.birthDate'), dataIndex: 'birthDate' },
          ]}
        />
      </Card>
      <Card title={t('registry.household.history')}>
        <HistoryTimeline events={view.events} />
      </Card>
      {open && (
        <EventFormModal
          command={open}
          view={view}
          onClose={() => setOpen(null)}
          onDone={load}
          onStale={load}
        />
      )}
    </Space>
  );
}
