// The module's start page: register residence, find a registration or permit by ID number, and the station's
// endorsement work list.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { DueList } from './DueList.tsx';
import { useMayManage } from './useMayManage.ts';
import { permitsApi, type RegistrationList } from './permitsApi.ts';

type Item = RegistrationList['items'][number];

function Search() {
  const { t } = useI18n();
  const [items, setItems] = useState<Item[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function find(v: { idNumber?: string }) {
    setError(null);
    try {
      setItems((await permitsApi.registrations(v.idNumber?.trim() ?? '')).items);
    } catch (e) {
      setItems(null);
      setError(e instanceof ApiError && e.issues.length ? e.issues[0]!.message : (e as Error).message);
    }
  }
  return (
    <>
      <Typography.Title level={3}>{t('permits.search.title')}</Typography.Title>
      <Form layout="inline" onFinish={(v: { idNumber?: string }) => void find(v)}>
        <Form.Item
          name="idNumber"
          label={t('permits.search.label')}
          htmlFor="search-idNumber"
          rules={[{ required: true, message: t('permits.f.required') }]}
          {...(error ? { validateStatus: 'error' as const, help: error } : {})}
        >
          <Input id="search-idNumber" maxLength={18} style={{ width: 240 }} />
        </Form.Item>
        <Button htmlType="submit">{t('permits.search.submit')}</Button>
      </Form>
      {items && (
        <Table<Item>
          rowKey="id"
          size="small"
          style={{ marginTop: 16 }}
          pagination={false}
          dataSource={items}
          locale={{ emptyText: t('permits.search.empty') }}
          columns={[
            {
              title: t('permits.col.name'),
              dataIndex: 'name',
              render: (n: string, r) => <Link to={`/residence-permits/registrations/${r.id}`}>{n}</Link>,
            },
            { title: t('permits.col.idNumber'), dataIndex: 'idNumber' },
            { title: t('permits.col.place'), dataIndex: 'place' },
            { title: t('permits.col.since'), dataIndex: 'since' },
            {
              title: t('permits.col.status'),
              dataIndex: 'status',
              render: (s: string) => <Tag>{t(`permits.regView.status.${s}` as MessageKey)}</Tag>,
            },
            {
              title: t('permits.search.permit'),
              dataIndex: 'permitId',
              render: (p: string | null) =>
                p ? (
                  <Link to={`/residence-permits/${p}`}>{t('permits.search.permit')}</Link>
                ) : (
                  t('permits.search.noPermit')
                ),
            },
          ]}
        />
      )}
    </>
  );
}

export default function PermitsHome() {
  const { t } = useI18n();
  const mayManage = useMayManage();
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap>
        <Typography.Title level={2}>{t('permits.home.title')}</Typography.Title>
        {mayManage && (
          <Link to="/residence-permits/register">
            <Button type="primary">{t('permits.home.register')}</Button>
          </Link>
        )}
      </Flex>
      <Search />
      <DueList />
    </Card>
  );
}
