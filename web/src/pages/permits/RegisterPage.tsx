// 居住登记 (T11.1, T13.1): the clerk records who lives where in the station's jurisdiction, since when, on which
// ground, with which evidence. The API's own schema checks the form before it is sent; its issues and the
// server's are shown on their fields.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { IdentityFields, useRegisteredPerson } from './IdentityFields.tsx';
import { permitsApi } from './permitsApi.ts';
import { localToday } from './permitsText.ts';
import {
  fieldName,
  registrationBody,
  registrationIssues,
  showFieldIssues,
  type FieldIssue,
  type RegistrationFormValues,
} from './registerForm.ts';
import { GroundsEvidenceFields, ResidenceFields } from './ResidenceFields.tsx';

const INITIAL: RegistrationFormValues = {
  person: { ethnicity: '01', hukou: { rural: false } },
  grounds: [],
  evidence: [{ code: 'id-card' }],
};

export default function RegisterPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegistrationFormValues>();
  const lookup = useRegisteredPerson(form);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function showIssues(issues: FieldIssue[]) {
    showFieldIssues(form, issues);
    setError(issues.length ? t('permits.reg.invalid', { count: issues.length }) : null);
  }

  async function submit() {
    setError(null);
    const body = registrationBody(form.getFieldsValue(true), lookup.person !== null);
    const { issues, input } = registrationIssues(body, localToday(), t('permits.f.future'));
    showIssues(issues);
    if (!input) return;
    setBusy(true);
    try {
      const created = await permitsApi.register(input);
      navigate(`/residence-permits/registrations/${created.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.issues.length > 0)
        showIssues(e.issues.map((i) => ({ name: fieldName(i.path), message: i.message })));
      else setError(t('permits.reg.failed', { detail: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card>
      <Typography.Title level={2}>{t('permits.reg.title')}</Typography.Title>
      <Form
        form={form}
        layout="vertical"
        initialValues={INITIAL}
        style={{ maxWidth: 720 }}
        // The date inputs' max only guides the picker: the browser must not block the form with its own bubble,
        // the schema's checks put every error on its field in the app's language.
        noValidate
        onFinish={() => void submit()}
      >
        <Typography.Title level={3}>{t('permits.reg.identity')}</Typography.Title>
        <IdentityFields lookup={lookup} />
        <Typography.Title level={3}>{t('permits.reg.residence')}</Typography.Title>
        <ResidenceFields form={form} />
        <Typography.Title level={3}>{t('permits.reg.groundsEvidence')}</Typography.Title>
        <GroundsEvidenceFields />
        {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy} disabled={lookup.checking}>
          {t('permits.reg.submit')}
        </Button>
      </Form>
    </Card>
  );
}
