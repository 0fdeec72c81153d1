// The clerk's entry to the register: find a person by ID number, name or pinyin (张三: "zhangsan" or "zs"),
// open their household, or create a new household.
import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { RELATIONSHIP_CODES, SEX_CODES } from '../../../../src/domain/codes/index.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ModuleIntro } from '../ModuleIntro.tsx';
import { EventFormModal } from './EventFormModal.tsx';
import { registryApi, type PersonHit } from './registryApi.ts';

/** One page of a search's answer, with the total the server counted. */
type Found = Awaited<ReturnType<typeof registryApi.search>>;

export default function RegistrySearchPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);

  async function search(text: string, page = 1) {
    if (!text.trim()) return;
    setError(null);
    setBusy(true);
    try {
      setFound(await registryApi.search(text, page));
      setQ(text);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card>
      <ModuleIntro title="module.registry.title" description="module.registry.description" />
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Input.Search
            aria-label={t('registry.search.label')}
            placeholder={t('registry.search.placeholder')}
            enterButton={t('registry.search.submit')}
            style={{ width: 480 }}
            onSearch={(text) => void search(text)}
            loading={busy}
          />
          <Button onClick={() => setCreating(true)}>{t('registry.search.createHousehold')}</Button>
        </Space>
        {error && <Alert type="error" message={error} />}
        {found?.capped && <Alert type="info" title={t('list.capped', { total: found.total })} />}
        {found && (
          <Table<PersonHit>
            rowKey="personId"
            dataSource={found.persons}
            loading={busy}
            pagination={{
              current: found.page,
              pageSize: found.pageSize,
              total: found.total,
              showSizeChanger: false,
              showTotal: (n) => t(found.capped ? 'list.totalCapped' : 'list.total', { total: n }),
              onChange: (page) => void search(q, page),
            }}
            locale={{ emptyText: t('registry.search.empty') }}
            columns={[
              {
                title: t('registry.col.name'),
                render: (_, p) => <Link to={`/registry/persons/${p.personId}`}>{p.name}</Link>,
              },
              { title: t('registry.col.idNumber'), dataIndex: 'idNumber' },
              { title: t('registry.col.sex'), render: (_, p) => SEX_CODES[p.sex] },
              { title: t('registry.col.birthDate'), dataIndex: 'birthDate' },
              {
                title: t('registry.col.relation'),
                render: (_, p) => (p.relation ? RELATIONSHIP_CODES[p.relation] : ''),
              },
              {
                title: t('registry.col.status'),
                render: (_, p) => (
                  <Tag color={p.status === 'active' ? 'green' : 'default'}>
                    {t(`registry.status.${p.status}`)}
                  </Tag>
                ),
              },
              {
                title: t('registry.col.household'),
                render: (_, p) =>
                  p.householdId ? (
                    <Link to={`/registry/households/${p.householdId}`}>{t('registry.household.open')}</Link>
                  ) : null,
              },
            ]}
          />
        )}
      </Space>
      {creating && <EventFormModal command="create-household" onClose={() => setCreating(false)} />}
    </Card>
  );
}
