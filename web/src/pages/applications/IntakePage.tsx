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
import { MEMBER_RELATION_OPTIONS } from './codeOptions.ts';
import { DESTINATION_KIND, applicationBody, factQuestions, type IntakeValues } from './intakeForm.ts';
import { MaterialsUpload } from './MaterialsUpload.tsx';
import { DivisionPicker, divisionRule } from '../../components/DivisionPicker.tsx';
import { IdentityFields } from '../../components/IdentityFields.tsx';
import { fillFromRegister, IDENTITY_LABELS } from './intakeIdentity.ts';

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

/** The fields each step checks before the next (the applicant's identity and origin, the destination). */
const STEP_FIELDS: Partial<Record<number, string[][]>> = {
  1: [['applicant'], ['origin']],
  2: [['destination']],
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

  /** On to the next step once this step's fields pass their checks (each error stays on its field). */
  async function next() {
    const names = STEP_FIELDS[step];
    try {
      if (names) await form.validateFields(names, { recursive: true });
      setStep(step + 1);
    } catch {
      // The fields show what is wrong; the step stays.
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
          <IdentityFields
            path={['applicant']}
            autoFill
            onRegistered={(match) => fillFromRegister(form, match)}
            labels={IDENTITY_LABELS}
          />
          {!unregistered && (
            <>
              <Form.Item name={['origin', 'has']} valuePropName="checked">
                <Checkbox>{F('applications.f.hasHukou')}</Checkbox>
              </Form.Item>
              {values.origin?.has !== false && (
                <>
                  <Form.Item
                    name={['origin', 'divisionCode']}
                    label={F('division.origin')}
                    htmlFor="origin-divisionCode"
                    extra={F('division.originHelp')}
                    rules={[divisionRule(t, 'county')]}
                  >
                    <DivisionPicker
                      id="origin-divisionCode"
                      depth="county"
                      outside
                      aria-label={F('division.origin')}
                    />
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
          <Form.Item
            name={['destination', 'divisionCode']}
            label={F('division.destination')}
            htmlFor="destination-divisionCode"
            rules={[divisionRule(t)]}
          >
            <DivisionPicker id="destination-divisionCode" aria-label={F('division.destination')} />
          </Form.Item>
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
          <Button type="primary" onClick={() => void next()}>
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
