// Companions (随迁): each one's identity, relation to the applicant (judged by the policy engine) and GB/T 4761
// relation to the head of the destination household (with which they are registered at completion).
import { Button, Card, Form, Input, Radio, Select, Switch } from 'antd';
import { KIN_RELATIONS } from '../../../../src/domain/policy/case-schema.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { ETHNICITY_OPTIONS, MEMBER_RELATION_OPTIONS } from './codeOptions.ts';

export function CompanionsField() {
  const { t } = useI18n();
  const relationOptions = KIN_RELATIONS.map((r) => ({
    value: r,
    label: t(`public.opt.relation.${r}` as MessageKey),
  }));
  return (
    <Form.List name="companions">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              title={t('applications.companions.item', { n: i + 1 })}
              extra={<Button onClick={() => remove(f.name)}>{t('applications.companions.remove')}</Button>}
              style={{ marginBottom: 12 }}
              data-testid={`companion-${i}`}
            >
              <Form.Item
                name={[f.name, 'name']}
                label={t('applications.f.name')}
                htmlFor={`companion-${i}-name`}
              >
                <Input id={`companion-${i}-name`} />
              </Form.Item>
              <Form.Item
                name={[f.name, 'idNumber']}
                label={t('applications.f.idNumber')}
                htmlFor={`companion-${i}-id`}
              >
                <Input id={`companion-${i}-id`} />
              </Form.Item>
              <Form.Item name={[f.name, 'sex']} label={t('applications.f.sex')}>
                <Radio.Group
                  aria-label={t('applications.f.sex')}
                  options={[
                    { value: '1', label: t('applications.f.male') },
                    { value: '2', label: t('applications.f.female') },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name={[f.name, 'ethnicity']}
                label={t('applications.f.ethnicity')}
                htmlFor={`companion-${i}-ethnicity`}
              >
                <Select
                  id={`companion-${i}-ethnicity`}
                  showSearch
                  optionFilterProp="label"
                  options={ETHNICITY_OPTIONS}
                />
              </Form.Item>
              <Form.Item
                name={[f.name, 'birthDate']}
                label={t('applications.f.birthDate')}
                htmlFor={`companion-${i}-birth`}
              >
                <Input id={`companion-${i}-birth`} type="date" />
              </Form.Item>
              <Form.Item name={[f.name, 'relation']} label={t('applications.companions.relation')}>
                <Radio.Group aria-label={t('applications.companions.relation')} options={relationOptions} />
              </Form.Item>
              <Form.Item
                name={[f.name, 'headRelation']}
                label={t('applications.companions.headRelation')}
                htmlFor={`companion-${i}-head`}
              >
                <Select
                  id={`companion-${i}-head`}
                  showSearch
                  optionFilterProp="label"
                  options={MEMBER_RELATION_OPTIONS}
                />
              </Form.Item>
              <Form.Item
                name={[f.name, 'coResiding']}
                label={t('applications.companions.coResiding')}
                valuePropName="checked"
              >
                <Switch aria-label={t('applications.companions.coResiding')} />
              </Form.Item>
            </Card>
          ))}
          <Button onClick={() => add({ coResiding: true, ethnicity: '01' })}>
            {t('applications.companions.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
