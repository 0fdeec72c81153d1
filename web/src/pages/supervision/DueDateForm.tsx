// The supervision office sets the due date of the task or one of its sub-items, with its reason (kept as history).
import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import type { TaskItem } from '../../../../src/domain/supervision/tasks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { supervisionApi } from './supervisionApi.ts';
import { useSubmit } from './useSubmit.ts';

interface Values {
  itemId: string;
  dueOn: string;
  reason: string;
}

export function DueDateForm({ items, onSet }: { items: TaskItem[]; onSet: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSubmit(form, ['dueOn', 'reason']);
  const submit = (v: Values) =>
    run(() => supervisionApi.setDueDate(v.itemId, { dueOn: v.dueOn, reason: v.reason }), onSet);
  return (
    <Card title={t('supervision.action.due-date')}>
      <Form
        form={form}
        layout="inline"
        onFinish={submit}
        disabled={busy}
        initialValues={{ itemId: items[0]?.id }}
      >
        <Space wrap>
          <Form.Item name="itemId" label={t('supervision.item')} rules={[{ required: true }]}>
            <Select
              style={{ width: 200 }}
              options={items.map((i) => ({ value: i.id, label: `${i.id} ${i.title}` }))}
            />
          </Form.Item>
          <Form.Item name="dueOn" label={t('supervision.form.dueOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="reason" label={t('supervision.form.reason')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            {t('supervision.action.due-date')}
          </Button>
        </Space>
      </Form>
      {error && <Alert type="error" message={error} style={{ marginTop: 16 }} />}
    </Card>
  );
}
