// "Who read my record" without login (T13.2): the ID number and an application or permit number of the resident's,
// then POST /api/v1/public/access-log. A wrong pair and an unknown one look the same, here as on the server.
import { useState } from 'react';
import { Alert, Button, Form, Input, Table, Typography } from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { checkIdNumber } from '../../../../src/domain/identity/id-number.ts';
import { useI18n } from '../../i18n/index.tsx';

interface Entry {
  at: string;
  unit: string;
  roleName: string | null;
  actionName: string;
  purpose: string | null;
}
interface AccessLog {
  total: number;
  page: number;
  pageSize: number;
  entries: Entry[];
}
interface Query {
  idNumber: string;
  applicationNo: string;
}

export default function AccessLogPage() {
  const { t, language } = useI18n();
  const [query, setQuery] = useState<Query | null>(null);
  const [log, setLog] = useState<AccessLog | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fetchPage = async (q: Query, page: number) => {
    setBusy(true);
    setProblem(null);
    try {
      setLog(await api.post<AccessLog>('/api/v1/public/access-log', { ...q, page }));
      setQuery(q);
    } catch (e) {
      setLog(null);
      setProblem(
        e instanceof ApiError && e.status === 404
          ? t('public.accessLog.notFound')
          : t('public.accessLog.failed', { detail: e instanceof Error ? e.message : String(e) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="access-log-title">
      <Typography.Title level={1} id="access-log-title" style={{ fontSize: 24, marginTop: 0 }}>
        {t('public.accessLog.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('public.accessLog.intro')}</Typography.Paragraph>
      <Form<Query>
        layout="vertical"
        requiredMark={false}
        onFinish={(v) =>
          void fetchPage(
            { idNumber: v.idNumber.trim().toUpperCase(), applicationNo: v.applicationNo.trim() },
            1,
          )
        }
      >
        <Form.Item
          name="idNumber"
          label={t('public.accessLog.idNumber')}
          rules={[
            {
              validator: async (_r, v: unknown) => {
                if (
                  !checkIdNumber(
                    String(v ?? '')
                      .trim()
                      .toUpperCase(),
                  ).valid
                )
                  throw new Error(t('public.accessLog.idNumber.invalid'));
              },
            },
          ]}
        >
          <Input size="large" autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="applicationNo"
          label={t('public.accessLog.number')}
          rules={[{ required: true, whitespace: true, message: t('public.accessLog.number.required') }]}
        >
          <Input size="large" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" loading={busy}>
          {t('public.accessLog.submit')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {problem && <Alert type="warning" showIcon title={problem} />}
        {log && query && (
          <Table<Entry>
            data-testid="access-log"
            rowKey={(e) => `${e.at}-${e.actionName}-${e.unit}`}
            dataSource={log.entries}
            size="small"
            scroll={{ x: true }}
            caption={t('public.accessLog.total', { total: String(log.total) })}
            pagination={{
              current: log.page,
              pageSize: log.pageSize,
              total: log.total,
              onChange: (p) => void fetchPage(query, p),
            }}
            columns={[
              {
                title: t('public.accessLog.at'),
                dataIndex: 'at',
                render: (d: string) => new Date(d).toLocaleString(language),
              },
              { title: t('public.accessLog.unit'), dataIndex: 'unit' },
              { title: t('public.accessLog.role'), dataIndex: 'roleName' },
              { title: t('public.accessLog.action'), dataIndex: 'actionName' },
              { title: t('public.accessLog.purpose'), dataIndex: 'purpose' },
            ]}
          />
        )}
      </div>
    </section>
  );
}
