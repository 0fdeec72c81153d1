// One question of the self-check as a labelled form field: yes/no and choices as radio buttons (large targets on a
// phone), rights as checkboxes, counts as numbers, the birth date as the phone's own date picker.
import { Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import { COUNTIES } from '../../../../src/domain/divisions/tree.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isMessageKey } from './reasonText.ts';
import { questionKey, type Question, type Values } from './questions.ts';

export function QuestionField({ question, values }: { question: Question; values: Values }) {
  const { t } = useI18n();
  const id = questionKey(question).replace(/\./g, '-');
  const labelKey = question.label ?? `public.q.${questionKey(question)}`;
  const label = isMessageKey(labelKey) ? t(labelKey) : labelKey;
  const optionLabel = (value: string) => {
    const key = `${question.optionKey}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
  const options = (question.options?.(values) ?? []).map((value) => ({ value, label: optionLabel(value) }));
  const rules = question.optional ? [] : [{ required: true, message: t('public.check.required') }];

  return (
    <Form.Item
      className="public-question"
      name={question.name}
      label={label}
      htmlFor={
        question.kind === 'choice' || question.kind === 'yesno' || question.kind === 'multi' ? undefined : id
      }
      extra={question.help ? t(question.help) : undefined}
      rules={rules}
    >
      {renderInput(question, id, label, options, t)}
    </Form.Item>
  );
}

function renderInput(
  question: Question,
  id: string,
  label: string,
  options: { value: string; label: string }[],
  t: ReturnType<typeof useI18n>['t'],
) {
  switch (question.kind) {
    case 'yesno':
      return (
        <Radio.Group
          aria-label={label}
          options={[
            { value: true, label: t('public.yes') },
            { value: false, label: t('public.no') },
          ]}
          optionType="button"
          buttonStyle="solid"
          size="large"
        />
      );
    case 'choice':
      return <Radio.Group aria-label={label} className="public-choice" options={options} />;
    case 'multi':
      return <Checkbox.Group aria-label={label} className="public-choice" options={options} />;
    case 'number':
      return (
        <InputNumber
          id={id}
          min={0}
          precision={question.name[1] === 'perCapitaHousingAreaM2' ? 1 : 0}
          inputMode="decimal"
          size="large"
          style={{ width: 160 }}
        />
      );
    case 'date':
      return <Input id={id} type="date" size="large" style={{ maxWidth: 220 }} />;
    case 'county':
      return (
        <Select
          id={id}
          size="large"
          options={[...COUNTIES.values()].map((c) => ({ value: c.code, label: c.name }))}
          style={{ maxWidth: 320 }}
        />
      );
  }
}
