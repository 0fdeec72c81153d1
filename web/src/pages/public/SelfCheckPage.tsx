// 我能落户吗? (T20): choose a situation, answer only the questions it needs, read the decision with its reasons,
// the clauses, the materials and what would change it; change an answer and ask again. Nothing is stored.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Form, Radio, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { buildCase, checkCase, today, withPresets, type FieldIssue } from './buildCase.ts';
import { checkSettlement, type Decision } from './publicApi.ts';
import { QuestionField } from './QuestionField.tsx';
import { SITUATIONS, questionKey, visibleQuestions, type Situation, type Values } from './questions.ts';
import { ResultView } from './ResultView.tsx';

type Step = 1 | 2 | 3;
const STEP_NAMES: Record<Step, MessageKey> = {
  1: 'public.check.step1',
  2: 'public.check.step2',
  3: 'public.check.step3',
};
const INITIAL: Values = { applicant: { consent: true } };

export default function SelfCheckPage() {
  const { t, language } = useI18n();
  const [step, setStep] = useState<Step>(1);
  const [situation, setSituation] = useState<Situation | undefined>();
  const [answers, setAnswers] = useState<Values>(INITIAL);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const watched = (Form.useWatch([], form) as Values | undefined) ?? answers;
  const heading = useRef<HTMLHeadingElement>(null);

  // Each new step starts at its heading, so keyboard and screen-reader users land on what changed (not on the
  // first load, where the skip link stays the first Tab stop).
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  const goTo = (next: Step) => {
    setError(null);
    setStep(next);
  };

  const showIssues = (issues: FieldIssue[]) => {
    const shown = new Set(visibleQuestions(situation!, withPresets(situation!, answers)).map(questionKey));
    const onFields = issues.filter((i) => shown.has(i.name.slice(0, 2).join('.')));
    form.setFields(
      onFields.map((i) => ({
        name: i.name.slice(0, 2) as [string, string],
        errors: [t('public.check.invalid')],
      })),
    );
    const rest = issues.filter((i) => !onFields.includes(i));
    setError(
      rest.length
        ? t('public.check.failed', {
            detail: rest.map((i) => `${i.name.join('.')}: ${i.message}`).join('; '),
          })
        : t('public.check.formErrors', { count: onFields.length }),
    );
  };

  const submit = async (values: Values) => {
    setAnswers(values);
    const c = buildCase(situation!, values, today());
    const issues = checkCase(c);
    if (issues.length) return showIssues(issues);
    setBusy(true);
    setError(null);
    try {
      setDecision(await checkSettlement(c));
      goTo(3);
    } catch (e) {
      if (e instanceof ApiError && e.issues.length)
        showIssues(e.issues.map((i) => ({ name: i.path.split('.'), message: i.message })));
      else
        setError(
          e instanceof ApiError && e.unreachable
            ? t('public.check.unreachable')
            : t('public.check.failed', { detail: String((e as Error).message) }),
        );
    } finally {
      setBusy(false);
    }
  };

  const questions = situation ? visibleQuestions(situation, withPresets(situation, watched)) : [];

  return (
    <section aria-labelledby="self-check-title">
      <Typography.Title level={1} id="self-check-title" style={{ fontSize: 24, marginTop: 0 }}>
        {t('module.selfCheck.title')}
      </Typography.Title>
      {step === 1 && <Typography.Paragraph>{t('public.check.intro')}</Typography.Paragraph>}
      <Typography.Title level={2} ref={heading} tabIndex={-1} style={{ fontSize: 18, outline: 'none' }}>
        {t('public.check.step', { step, name: t(STEP_NAMES[step]) })}
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}

      {step === 1 && (
        <Form layout="vertical" onFinish={() => goTo(2)}>
          <Form.Item label={<span id="situation-label">{t('public.check.situationLabel')}</span>} required>
            <Radio.Group
              aria-labelledby="situation-label"
              className="public-choice"
              value={situation}
              onChange={(e) => setSituation(e.target.value as Situation)}
              options={SITUATIONS.map((s) => ({
                value: s,
                label: (
                  <span>
                    {t(`public.situation.${s}`)}
                    <span className="public-hint">{t(`public.situation.${s}.hint`)}</span>
                  </span>
                ),
              }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" disabled={!situation}>
            {t('public.check.next')}
          </Button>
        </Form>
      )}

      {step === 2 && situation && (
        <Form
          form={form}
          layout="vertical"
          initialValues={answers}
          onFinish={(v) => void submit(v)}
          requiredMark={false}
        >
          {questions.map((q) => (
            <QuestionField
              key={questionKey(q) + (q.label ?? '')}
              question={q}
              values={withPresets(situation, watched)}
            />
          ))}
          <Flex gap={12} wrap>
            <Button
              size="large"
              onClick={() => {
                setAnswers(form.getFieldsValue(true));
                goTo(1);
              }}
            >
              {t('public.check.back')}
            </Button>
            <Button type="primary" htmlType="submit" size="large" loading={busy}>
              {t('public.check.submit')}
            </Button>
          </Flex>
        </Form>
      )}

      {step === 3 && decision && (
        <>
          <ResultView decision={decision} language={language} />
          <Flex gap={12} wrap style={{ marginTop: 16 }}>
            <Button type="primary" size="large" onClick={() => goTo(2)}>
              {t('public.check.change')}
            </Button>
            <Button
              size="large"
              onClick={() => {
                setAnswers(INITIAL);
                setSituation(undefined);
                setDecision(null);
                goTo(1);
              }}
            >
              {t('public.check.restart')}
            </Button>
          </Flex>
        </>
      )}
    </section>
  );
}
