// Intake of a person without hukou (应落未落, T12) at the police station: category, identity, where the person lives,
// consent. The form validates with the API's own schema (src/domain/quality/schema.ts). With consent and an ID number the
// server files a settlement application (basis unregistered) and the page leads on to it in the applications pages.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Result, Typography } from 'antd';
import { UNREGISTERED_CATEGORIES } from '../../../../src/domain/policy/case-schema.ts';
import { unregisteredIntakeSchema } from '../../../../src/domain/quality/schema.ts';
import { ApiError } from '../../api/client.ts';
import { zodRule } from '../../forms/zodRule.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { DivisionPicker, divisionRule } from '../../components/DivisionPicker.tsx';
import { IdentityFields } from '../../components/IdentityFields.tsx';
import { withoutEmpty } from '../../forms/present.ts';
import { DESTINATION_KIND } from '../applications/intakeForm.ts';
import { qualityApi, type UnregisteredResult } from './qualityApi.ts';

const shape = unregisteredIntakeSchema.shape;
const INITIAL = {
  category: 'unplanned-birth',
  sex: '1',
  ethnicity: '01',
  nationality: 'CN',
  consent: false,
  destinationKind: 'central-city',
};

export default function UnregisteredPage() {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const divisionCode = (Form.useWatch('divisionCode', form) as string | undefined) ?? '';
  // The same choices as the settlement intake's destination step: the central city is 昭阳区 (530602).
  const kinds = DESTINATION_KIND.options!({ destination: { divisionCode } });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<UnregisteredResult | null>(null);
  const rule = (schema: Parameters<typeof zodRule>[0]) => zodRule(schema, t, 'quality.required');

  async function submit(values: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    const body = withoutEmpty(values);
    try {
      setDone(await qualityApi.unregistered(body));
    } catch (e) {
      if (e instanceof ApiError)
        form.setFields(
          e.issues.filter((i) => i.path in shape).map((i) => ({ name: i.path, errors: [i.message] })),
        );
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    const again = (
      <Button key="again" onClick={() => (form.resetFields(), setDone(null))}>
        {t('quality.unregistered.another')}
      </Button>
    );
    return done.application ? (
      <Result
        status="success"
        title={t('quality.unregistered.filed', { intake: done.intakeId, number: done.application.number })}
        extra={[
          <Link key="open" to={`/applications/${done.application.id}`}>
            <Button type="primary">{t('quality.unregistered.openApplication')}</Button>
          </Link>,
          again,
        ]}
      />
    ) : (
      <Result
        status="info"
        title={t('quality.unregistered.draftOnly', { intake: done.intakeId })}
        extra={[
          <Link key="intake" to="/applications/new">
            <Button type="primary">{t('quality.unregistered.toIntake')}</Button>
          </Link>,
          again,
        ]}
      />
    );
  }

  const label = (key: MessageKey) => t(key);
  return (
    <Card>
      <Typography.Title level={2}>{t('quality.unregistered.title')}</Typography.Title>
      <Typography.Paragraph>{t('quality.unregistered.intro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={INITIAL}
        onFinish={submit}
        style={{ maxWidth: 640 }}
        disabled={busy}
      >
        <Form.Item
          name="category"
          label={label('quality.unregistered.category')}
          rules={[rule(shape.category)]}
        >
          <Radio.Group
            options={UNREGISTERED_CATEGORIES.map((c) => ({
              value: c,
              label: t(`quality.unregistered.cat.${c}` as MessageKey),
            }))}
          />
        </Form.Item>
        <IdentityFields idOptional labels={{ idNumber: 'quality.unregistered.idNumber' }} />
        <Form.Item
          name="divisionCode"
          label={label('quality.unregistered.divisionCode')}
          htmlFor="divisionCode"
          rules={[divisionRule(t)]}
        >
          <DivisionPicker id="divisionCode" aria-label={label('quality.unregistered.divisionCode')} />
        </Form.Item>
        <Form.Item name="address" label={label('quality.unregistered.address')} rules={[rule(shape.address)]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="destinationKind"
          label={label('quality.unregistered.destinationKind')}
          rules={[rule(shape.destinationKind)]}
        >
          <Radio.Group
            options={kinds.map((k) => ({ value: k, label: t(`public.opt.kind.${k}` as MessageKey) }))}
          />
        </Form.Item>
        <Form.Item
          name="nationality"
          label={label('quality.unregistered.nationality')}
          rules={[rule(shape.nationality)]}
        >
          <Input maxLength={2} />
        </Form.Item>
        <Form.Item name="note" label={label('quality.unregistered.note')} rules={[rule(shape.note)]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="consent" valuePropName="checked">
          <Checkbox>{t('quality.unregistered.consent')}</Checkbox>
        </Form.Item>
        {error && <Alert type="error" message={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {busy ? t('quality.unregistered.saving') : t('quality.unregistered.submit')}
        </Button>
      </Form>
    </Card>
  );
}
