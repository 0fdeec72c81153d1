// Ending a residence registration (moved elsewhere in the city, or left 昭通): the reason and the day, each error
// on its field.
import { useState } from 'react';
import { Button, Card, Form, Input, Radio } from 'antd';
import { ApiError } from '../../api/client.ts';
import { RESIDENCE_END_REASONS } from '../../../../src/domain/permits/residence-schema.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { permitsApi, type RegistrationResponse } from './permitsApi.ts';
import { fieldName, showFieldIssues } from './registerForm.ts';
import { localToday } from './permitsText.ts';

interface EndValues {
  reason?: string;
  endedOn?: string;
  note?: string;
}

export function EndRegistrationForm({
  id,
  onEnded,
}: {
  id: string;
  onEnded: (r: RegistrationResponse) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<EndValues>();
  const [busy, setBusy] = useState(false);
  async function end(v: EndValues) {
    setBusy(true);
    try {
      onEnded(
        await permitsApi.endRegistration(id, {
          reason: v.reason ?? '',
          endedOn: v.endedOn ?? '',
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        }),
      );
    } catch (e) {
      const issues =
        e instanceof ApiError && e.issues.length
          ? e.issues
          : [{ path: 'reason', message: String((e as Error).message) }];
      showFieldIssues(
        form,
        issues.map((i) => ({ name: fieldName(i.path), message: i.message })),
      );
    } finally {
      setBusy(false);
    }
  }
  const required = [{ required: true, message: t('permits.f.required') }];
  return (
    <Card size="small" title={t('permits.regView.end')} style={{ margin: '16px 0' }}>
      <Form
        noValidate
        form={form}
        layout="inline"
        initialValues={{ endedOn: localToday() }}
        onFinish={(v) => void end(v)}
      >
        <Form.Item name="reason" label={t('permits.regView.endReason')} rules={required}>
          <Radio.Group
            aria-label={t('permits.regView.endReason')}
            options={RESIDENCE_END_REASONS.map((r) => ({
              value: r,
              label: t(`permits.end.${r}` as MessageKey),
            }))}
          />
        </Form.Item>
        <Form.Item name="endedOn" label={t('permits.regView.endedOn')} htmlFor="end-endedOn" rules={required}>
          <Input id="end-endedOn" type="date" max={localToday()} />
        </Form.Item>
        <Form.Item name="note" label={t('permits.regView.note')} htmlFor="end-note">
          <Input id="end-note" />
        </Form.Item>
        <Button htmlType="submit" danger loading={busy}>
          {t('permits.regView.end')}
        </Button>
      </Form>
    </Card>
  );
}
