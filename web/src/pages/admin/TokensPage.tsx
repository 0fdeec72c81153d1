// API tokens for department systems (T13.2): create (the token is shown once), list (never the token), revoke.
// The server enforces who may (administrators); this page only offers it.
import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { DEPARTMENTS } from '../../../../src/domain/access/departments.ts';
import { TOKEN_MAX_DAYS, TOKEN_SCOPES } from '../../../../src/domain/access/tokens.ts';
import { CITY_CODE } from '../../../../src/domain/divisions/city.ts';

interface TokenSummary {
  id: number;
  name: string;
  hint: string;
  department: string;
  jurisdiction: string;
  scopes: string[];
  expiresAt: string;
  state: 'active' | 'expired' | 'revoked';
}

interface NewToken {
  name: string;
  department: string;
  jurisdiction: string;
  scopes: string[];
  expiresInDays: number;
}

export default function TokensPage() {
  const { t, language } = useI18n();
  const [tokens, setTokens] = useState<TokenSummary[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (e: unknown) =>
    setError(
      t('tokens.failed', { detail: e instanceof ApiError || e instanceof Error ? e.message : String(e) }),
    );

  const load = useCallback(() => {
    api.get<{ tokens: TokenSummary[] }>('/api/v1/tokens').then((r) => setTokens(r.tokens), fail);
  }, []);
  useEffect(load, [load]);

  const create = async (v: NewToken) => {
    setBusy(true);
    setError(null);
    try {
      setCreated((await api.post<{ token: string }>('/api/v1/tokens', v)).token);
      load();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const revoke = (id: number) => api.post(`/api/v1/tokens/${id}/revoke`).then(load, fail);
  const scopeName = (s: string) => t(`tokens.scope.${s}` as MessageKey);
  const required = [{ required: true, message: t('tokens.required') }];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('module.tokens.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('tokens.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('tokens.create')}</h2>}>
        <Form<NewToken>
          layout="vertical"
          onFinish={(v) => void create(v)}
          initialValues={{ jurisdiction: CITY_CODE, expiresInDays: 90, scopes: ['registry.read'] }}
        >
          <Form.Item name="name" label={t('tokens.name')} rules={required}>
            <Input placeholder={t('tokens.namePlaceholder')} maxLength={64} />
          </Form.Item>
          <Form.Item name="department" label={t('tokens.department')} rules={required}>
            <Select
              options={Object.values(DEPARTMENTS).map((d) => ({
                value: d.name,
                label: language === 'en' ? d.en : d.name,
              }))}
            />
          </Form.Item>
          <Form.Item name="jurisdiction" label={t('tokens.jurisdiction')} rules={required}>
            <Input inputMode="numeric" maxLength={9} />
          </Form.Item>
          <Form.Item name="scopes" label={t('tokens.scopes')} rules={required}>
            <Select mode="multiple" options={TOKEN_SCOPES.map((s) => ({ value: s, label: scopeName(s) }))} />
          </Form.Item>
          <Form.Item name="expiresInDays" label={t('tokens.expiresInDays')} rules={required}>
            <InputNumber min={1} max={TOKEN_MAX_DAYS} precision={0} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('tokens.submit')}
          </Button>
        </Form>
        {created && (
          <Alert
            style={{ marginTop: 16 }}
            type="success"
            showIcon
            title={t('tokens.created')}
            description={
              <Typography.Text code copyable={{ text: created }} data-testid="new-token">
                {created}
              </Typography.Text>
            }
          />
        )}
      </Card>
      <Table<TokenSummary>
        rowKey="id"
        dataSource={tokens}
        pagination={false}
        locale={{ emptyText: t('tokens.empty') }}
        columns={[
          { title: t('tokens.name'), dataIndex: 'name' },
          {
            title: t('tokens.hint'),
            dataIndex: 'hint',
            render: (h: string) => <Typography.Text code>{h}…</Typography.Text>,
          },
          { title: t('tokens.department'), dataIndex: 'department' },
          { title: t('tokens.jurisdiction'), dataIndex: 'jurisdiction' },
          {
            title: t('tokens.scopes'),
            dataIndex: 'scopes',
            render: (s: string[]) => s.map(scopeName).join('、'),
          },
          {
            title: t('tokens.expiresAt'),
            dataIndex: 'expiresAt',
            render: (d: string) => new Date(d).toLocaleDateString(language),
          },
          {
            title: t('tokens.state'),
            dataIndex: 'state',
            render: (s: TokenSummary['state']) => (
              <Typography.Text strong={s === 'active'}>{t(`tokens.state.${s}`)}</Typography.Text>
            ),
          },
          {
            title: '',
            key: 'revoke',
            render: (_: unknown, r: TokenSummary) =>
              r.state === 'active' && (
                <Popconfirm title={t('tokens.revokeConfirm')} onConfirm={() => revoke(r.id)}>
                  <Button danger size="small">
                    {t('tokens.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Space>
  );
}
