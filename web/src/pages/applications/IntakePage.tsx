// The clerk's intake wizard (窗口受理): the basis, the applicant, the destination, the facts the basis needs (the
// self-check's question model), companions, consent; saved as a draft, then materials are uploaded and the
// application is submitted (evaluated by the policy engine).
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Radio, Select, Steps, Typography } from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { QuestionField } from '../public/QuestionField.tsx';
import { SITUATIONS, basisOf, questionKey, type Situation, type Values } from '../public/questions.ts';
import { today, type FieldIssue } from '../public/buildCase.ts';
import { CompanionsField } from './CompanionsField.tsx';
import { ETHNICITY_OPTIONS, MEMBER_RELATION_OPTIONS } from './codeOptions.ts';
import { DESTINATION_KIND, applicationBody, factQuestions, type IntakeValues } from './intakeForm.ts';
import { MaterialsUpload } from './MaterialsUpload.tsx';

const STEPS: MessageKey[] = [
  'applications.step.basis',
  'applications.step.applicant',
  'applications.step.destination',
  'applications.step.facts',
  'applications.step.companions',
  'applications.step.consent',
  'applications.step.materials',
];
const INITIAL = {
  applicant: { sex: '1', ethnicity: '01' },
  origin: { has: true, rural: true },
  destination: { divisionCode: '530602001003', kind: 'central-city' },
};

/** The step that asks the field an issue names. */
function stepOf(path: (string | number)[]): number {
  const [a, b] = path.map(String);
  if (a === 'consent' || (a === 'applicant' && b === 'consent')) return 5;
  if (a === 'applicant' && b !== 'ruralRights') return 1;
  if (a === 'destination') return 2;
  if (a === 'companions') return 4;
  return 3;
}

export default function IntakePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeValues>();
  const watched = (Form.useWatch([], form) as IntakeValues | undefined) ?? (INITIAL as IntakeValues);
  const [step, setStep] = useState(0);
  const [situation, setSituation] = useState<Situation>('rental');
  const [created, setCreated] = useState<{ id: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const values = watched as unknown as Values;
  const unregistered = basisOf(situation) === 'unregistered';
  const F = (key: MessageKey) => t(key);

  function showIssues(issues: FieldIssue[]) {
    setStep(Math.min(...issues.map((i) => stepOf(i.name))));
    setError(
      t('applications.invalid', {
        detail: issues.map((i) => `${i.name.join('.')}: ${i.message}`).join('；'),
      }),
    );
  }

  async function save() {
    setError(null);
    const { body, issues } = applicationBody(situation, form.getFieldsValue(true), today());
    if (issues.length) return showIssues(issues);
    setBusy(true);
    try {
      setCreated(await api.post<{ id: string }>('/api/v1/applications', body));
      setStep(6);
    } catch (e) {
      if (e instanceof ApiError && e.issues.length)
        showIssues(e.issues.map((i) => ({ name: i.path.split('.'), message: i.message })));
      else setError(t('applications.failed', { detail: String((e as Error).message) }));
    } finally {
      setBusy(false);
    }
  }

  async function submit() {
    setError(null);
    try {
      await api.post(`/api/v1/applications/${created!.id}/submit`, {});
      navigate(`/applications/${created!.id}`);
    } catch (e) {
      setError(t('applications.failed', { detail: String((e as Error).message) }));
    }
  }

  const item = (name: [string, string], label: MessageKey, input: ReactNode, id?: string) => (
    <Form.Item name={name} label={F(label)} htmlFor={id ?? name.join('-')}>
      {input}
    </Form.Item>
  );

  return (
    <Card>
      <Typography.Title level={2}>{t('applications.intake.title')}</Typography.Title>
      <Steps current={step} size="small" items={STEPS.map((s) => ({ title: t(s) }))} />
      <Form
        form={form}
        layout="vertical"
        initialValues={INITIAL}
        style={{ marginTop: 24, maxWidth: 640 }}
        disabled={created !== null}
      >
        <div hidden={step !== 0}>
          <Form.Item label={<span id="basis-label">{t('applications.basis')}</span>}>
            <Radio.Group
              aria-labelledby="basis-label"
              value={situation}
              onChange={(e) => setSituation(e.target.value as Situation)}
              options={SITUATIONS.map((s) => ({ value: s, label: t(`public.situation.${s}` as MessageKey) }))}
            />
          </Form.Item>
        </div>
        <div hidden={step !== 1}>
          {item(['applicant', 'name'], 'applications.f.name', <Input id="applicant-name" />)}
          {item(['applicant', 'idNumber'], 'applications.f.idNumber', <Input id="applicant-idNumber" />)}
          <Form.Item name={['applicant', 'sex']} label={F('applications.f.sex')}>
            <Radio.Group
              aria-label={F('applications.f.sex')}
              options={[
                { value: '1', label: F('applications.f.male') },
                { value: '2', label: F('applications.f.female') },
              ]}
            />
          </Form.Item>
          {item(
            ['applicant', 'ethnicity'],
            'applications.f.ethnicity',
            <Select
              id="applicant-ethnicity"
              showSearch
              optionFilterProp="label"
              options={ETHNICITY_OPTIONS}
            />,
          )}
          {item(
            ['applicant', 'birthDate'],
            'applications.f.birthDate',
            <Input id="applicant-birthDate" type="date" />,
          )}
          {!unregistered && (
            <>
              <Form.Item name={['origin', 'has']} valuePropName="checked">
                <Checkbox>{F('applications.f.hasHukou')}</Checkbox>
              </Form.Item>
              {values.origin?.has !== false && (
                <>
                  <Form.Item
                    name={['origin', 'divisionCode']}
                    label={F('applications.f.origin')}
                    htmlFor="origin-divisionCode"
                    extra={F('applications.f.originHelp')}
                  >
                    <Input id="origin-divisionCode" />
                  </Form.Item>
                  {item(['origin', 'address'], 'applications.f.originAddress', <Input id="origin-address" />)}
                  <Form.Item name={['origin', 'rural']} valuePropName="checked">
                    <Checkbox>{F('applications.f.rural')}</Checkbox>
                  </Form.Item>
                </>
              )}
            </>
          )}
        </div>
        <div hidden={step !== 2}>
          {item(
            ['destination', 'divisionCode'],
            'applications.f.destination',
            <Input id="destination-divisionCode" />,
          )}
          <QuestionField question={DESTINATION_KIND} values={values} />
          {item(['destination', 'address'], 'applications.f.address', <Input id="destination-address" />)}
          {item(
            ['destination', 'householdId'],
            'applications.f.householdId',
            <Input id="destination-householdId" />,
          )}
          {item(
            ['destination', 'relation'],
            'applications.f.relation',
            <Select
              id="destination-relation"
              allowClear
              showSearch
              optionFilterProp="label"
              options={MEMBER_RELATION_OPTIONS}
            />,
          )}
        </div>
        <div hidden={step !== 3}>
          {step === 3 &&
            factQuestions(situation, values).map((q) => (
              <QuestionField key={questionKey(q) + (q.label ?? '')} question={q} values={values} />
            ))}
        </div>
        <div hidden={step !== 4}>
          <Typography.Paragraph type="secondary">{t('applications.companions.help')}</Typography.Paragraph>
          <CompanionsField />
        </div>
        <div hidden={step !== 5}>
          <Form.Item
            name={['applicant', 'consent']}
            valuePropName="checked"
            extra={F('applications.f.consentHelp')}
          >
            <Checkbox>{F('applications.f.consent')}</Checkbox>
          </Form.Item>
        </div>
      </Form>
      {step === 6 && created && <MaterialsUpload applicationId={created.id} />}
      {error && <Alert type="error" role="alert" title={error} style={{ margin: '16px 0' }} />}
      <Flex gap={8} style={{ marginTop: 16 }}>
        {step > 0 && step < 6 && <Button onClick={() => setStep(step - 1)}>{t('applications.prev')}</Button>}
        {step < 5 && (
          <Button type="primary" onClick={() => setStep(step + 1)}>
            {t('applications.next')}
          </Button>
        )}
        {step === 5 && (
          <Button type="primary" loading={busy} onClick={() => void save()}>
            {t('applications.saveDraft')}
          </Button>
        )}
        {step === 6 && (
          <Button type="primary" onClick={() => void submit()}>
            {t('applications.submitDraft')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
