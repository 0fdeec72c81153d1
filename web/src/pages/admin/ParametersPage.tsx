// The policy parameters page (issue 17): every dated value of every parameter, default and per division, with the
// clauses it serves, its source and its placeholder mark — read only; values change through policy/ and reforms.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Card, Checkbox, Input, Space, Table, Tag, Typography } from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { inPageLanguage } from '../../api/messageLanguage.ts';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { isMessageKey } from '../public/reasonText.ts';
import { formatCitation } from '../../../../src/domain/policy/citation.ts';
import type { ParameterHistory } from '../../../../src/domain/policy/schema.ts';
import { jurisdictionName } from './JurisdictionPicker.tsx';

type Parameter = ParameterHistory['parameters'][number];
type Dated = Parameter['values'][number];

/** A code of the parameter files in words, when the catalog knows it. */
function word(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}${code}`;
  return isMessageKey(key) ? t(key) : code;
}

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

function valueText(t: Translate, v: Dated['value']): string {
  if (typeof v === 'boolean') return t(v ? 'parameters.yes' : 'parameters.no');
  if (Array.isArray(v)) return v.map((x) => FORMATS[x] ?? word(t, 'parameters.v.', x)).join('、');
  return String(v);
}

/** A value's source in the page's language, the files it names shown as code (paths are not words to translate). */
function Reference({ text }: { text: string }) {
  return inPageLanguage(text)
    .split(/(\S+\.(?:md|txt|csv|yaml))/)
    .map((part, i) =>
      i % 2 ? (
        <Typography.Text code key={i}>
          {part}
        </Typography.Text>
      ) : (
        part
      ),
    );
}

function ValuesTable({ values }: { values: Dated[] }) {
  const { t } = useI18n();
  return (
    <Table<Dated>
      size="small"
      rowKey="from"
      pagination={false}
      dataSource={values}
      columns={[
        {
          title: t('parameters.period'),
          key: 'period',
          width: 200,
          render: (_: unknown, d) =>
            d.to
              ? t('parameters.fromTo', { from: d.from, to: d.to })
              : t('parameters.from', { from: d.from }),
        },
        {
          title: t('parameters.value'),
          key: 'value',
          render: (_: unknown, d) => (
            <Space size="small" wrap>
              <Typography.Text strong>{valueText(t, d.value)}</Typography.Text>
              {d.placeholder && <Tag>{t('parameters.placeholder')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('parameters.reference'),
          dataIndex: 'reference',
          render: (r: string) => <Reference text={r} />,
        },
      ]}
    />
  );
}

export default function ParametersPage() {
  const { t } = useI18n();
  const [history, setHistory] = useState<ParameterHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [placeholderOnly, setPlaceholderOnly] = useState(false);
  useEffect(() => {
    api.get<ParameterHistory>('/api/v1/policy/parameters/history').then(setHistory, (e: unknown) =>
      setError(
        t('parameters.failed', {
          detail: e instanceof ApiError || e instanceof Error ? e.message : String(e),
        }),
      ),
    );
  }, [t]);

  const hasPlaceholder = (p: Parameter) =>
    [...p.values, ...p.divisions.flatMap((d) => d.values)].some((v) => v.placeholder);
  const shown = useMemo(() => {
    const q = filter.trim();
    return (history?.parameters ?? []).filter(
      (p) =>
        (!placeholderOnly || hasPlaceholder(p)) && (!q || p.name.includes(q) || p.description.includes(q)),
    );
  }, [history, filter, placeholderOnly]);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('module.parameters.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('parameters.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
      {history && (
        <Typography.Paragraph type="secondary" data-testid="parameters-count">
          {t('parameters.set', { id: '' })}
          <Typography.Text code>{history.id}</Typography.Text>
          {history.reform && ` · ${t('parameters.reform', { name: history.reform.name })}`} ·{' '}
          {t('parameters.count', {
            count: history.parameters.length,
            placeholders: history.parameters.filter(hasPlaceholder).length,
          })}
        </Typography.Paragraph>
      )}
      <Space wrap>
        <Input.Search
          placeholder={t('parameters.filter')}
          aria-label={t('parameters.filter')}
          allowClear
          onChange={(e) => setFilter(e.target.value)}
          style={{ width: 320 }}
        />
        <Checkbox checked={placeholderOnly} onChange={(e) => setPlaceholderOnly(e.target.checked)}>
          {t('parameters.placeholderOnly')}
        </Checkbox>
      </Space>
      {shown.map((p) => (
        <Card
          key={p.name}
          size="small"
          data-testid={`parameter-${p.name}`}
          title={<h2 style={{ fontSize: 15, margin: 0 }}>{inPageLanguage(p.description)}</h2>}
          extra={<Typography.Text code>{p.name}</Typography.Text>}
        >
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('parameters.clauses')}：{p.clauses.map(formatCitation).join('、')} · {t('parameters.unit')}：
            {word(t, 'parameters.unit.', p.unit)}
          </Typography.Paragraph>
          <ValuesTable values={p.values} />
          {p.divisions.map((d) => (
            <div key={d.division} style={{ marginTop: 12 }}>
              <Typography.Text strong>
                {t('parameters.division', { division: jurisdictionName(d.division) })}
              </Typography.Text>
              <ValuesTable values={d.values} />
            </div>
          ))}
        </Card>
      ))}
    </Space>
  );
}
