// A unit's officer files a progress report on an item naming their unit: what was done, the percent, an attachment
// reference, the indicators it speaks to. Checked with the API's own schema before it is sent.
import { Alert, Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { INDICATORS, INDICATOR_IDS } from '../../../../src/domain/supervision/indicators.ts';
import type { TaskItem } from '../../../../src/domain/supervision/tasks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { supervisionApi } from './supervisionApi.ts';
import { useSubmit } from './useSubmit.ts';
import { formatCitation } from '../../../../src/domain/policy/citation.ts';

interface Values {
  itemId: string;
  text: string;
  percent: number;
  attachment?: string;
  reference?: string;
  indicators?: string[];
}

export function FileReportForm({ items, onFiled }: { items: TaskItem[]; onFiled: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSubmit(form, ['text', 'percent', 'attachments', 'indicators']);
  const submit = (v: Values) =>
    run(
      () =>
        supervisionApi.file(v.itemId, {
          text: v.text,
          percent: v.percent,
          attachments: v.attachment && v.reference ? [{ name: v.attachment, reference: v.reference }] : [],
          indicators: (v.indicators ?? []) as (typeof INDICATOR_IDS)[number][],
        }),
      onFiled,
    );
  return (
    <Card title={t('supervision.form.title')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={busy}
        style={{ maxWidth: 640 }}
        initialValues={{ itemId: items[0]?.id }}
      >
        <Form.Item name="itemId" label={t('supervision.item')} rules={[{ required: true }]}>
          <Select options={items.map((i) => ({ value: i.id, label: `${i.id} ${i.title}` }))} />
        </Form.Item>
        <Form.Item name="text" label={t('supervision.form.text')} rules={[{ required: true, min: 4 }]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="percent" label={t('supervision.form.percent')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} precision={0} />
        </Form.Item>
        <Form.Item name="attachment" label={t('supervision.form.attachment')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="reference" label={t('supervision.form.reference')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="indicators" label={t('supervision.form.indicators')}>
          <Select
            mode="multiple"
            options={INDICATOR_IDS.map((id) => ({
              value: id,
              label: `${formatCitation(INDICATORS[id].clause)} ${INDICATORS[id].name}`,
            }))}
          />
        </Form.Item>
        {error && <Alert type="error" message={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('supervision.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
