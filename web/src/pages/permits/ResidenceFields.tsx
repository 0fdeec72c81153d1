// Where the person lives: a village or community of the clerk's jurisdiction picked from the division tree (the
// towns from the domain, their units from the register's division table — never a 12-digit code typed by hand),
// the address, since when (not after today); then the grounds and the evidence seen.
import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Flex, Form, Input, Select, type FormInstance } from 'antd';
import { EVIDENCE_CODES } from '../../../../src/domain/permits/residence-schema.ts';
import { GROUNDS } from '../../../../src/domain/permits/schema.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { permitsApi } from './permitsApi.ts';
import { localToday } from './permitsText.ts';
import { townsFor, type RegistrationFormValues } from './registerForm.ts';

export function ResidenceFields({ form }: { form: FormInstance<RegistrationFormValues> }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const jurisdiction = session.status === 'signed-in' ? session.user.jurisdiction : '';
  const towns = useMemo(() => townsFor(jurisdiction), [jurisdiction]);
  const town = Form.useWatch('town', form) as string | undefined;
  const [units, setUnits] = useState<Array<{ code: string; name: string }>>([]);
  useEffect(() => {
    // A station clerk has one town: it is chosen already.
    if (towns.length === 1 && !form.getFieldValue('town')) form.setFieldValue('town', towns[0]!.code);
  }, [towns, form]);
  useEffect(() => {
    if (!town) return;
    let live = true;
    permitsApi.units(town).then(
      (r) => live && setUnits(r.units),
      () => live && setUnits([]),
    );
    return () => {
      live = false;
    };
  }, [town]);
  return (
    <>
      <Form.Item name="town" label={t('permits.f.town')} htmlFor="town" hidden={towns.length === 1}>
        <Select
          id="town"
          showSearch
          optionFilterProp="label"
          options={towns.map((x) => ({ value: x.code, label: `${x.name}（${x.code}）` }))}
          onChange={() => form.setFieldValue(['residence', 'unitCode'], undefined)}
        />
      </Form.Item>
      <Form.Item name={['residence', 'unitCode']} label={t('permits.f.unit')} htmlFor="residence-unitCode">
        <Select
          id="residence-unitCode"
          showSearch
          optionFilterProp="label"
          disabled={!town || units.length === 0}
          options={units.map((u) => ({ value: u.code, label: `${u.name}（${u.code}）` }))}
        />
      </Form.Item>
      <Form.Item name={['residence', 'address']} label={t('permits.f.address')} htmlFor="residence-address">
        <Input id="residence-address" />
      </Form.Item>
      <Form.Item name={['residence', 'since']} label={t('permits.f.since')} htmlFor="residence-since">
        <Input id="residence-since" type="date" max={localToday()} />
      </Form.Item>
    </>
  );
}

export function GroundsEvidenceFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="grounds" label={<span id="grounds-label">{t('permits.f.grounds')}</span>}>
        <Checkbox.Group
          aria-labelledby="grounds-label"
          options={GROUNDS.map((g) => ({ value: g, label: t(`permits.ground.${g}` as MessageKey) }))}
        />
      </Form.Item>
      <Form.List name="evidence">
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t('permits.f.evidence')} htmlFor="evidence-0-code">
            {fields.map((f, i) => (
              <Flex key={f.key} gap={8} align="start" data-testid={`evidence-${i}`}>
                <Form.Item name={[f.name, 'code']} style={{ minWidth: 260 }}>
                  <Select
                    id={`evidence-${i}-code`}
                    aria-label={t('permits.f.evidenceCode')}
                    options={EVIDENCE_CODES.map((c) => ({
                      value: c,
                      label: t(`permits.evidence.${c}` as MessageKey),
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'reference']} style={{ flex: 1 }}>
                  <Input
                    id={`evidence-${i}-reference`}
                    aria-label={t('permits.f.evidenceReference')}
                    placeholder={t('permits.f.evidenceReference')}
                  />
                </Form.Item>
                <Button onClick={() => remove(f.name)}>{t('permits.f.removeEvidence')}</Button>
              </Flex>
            ))}
            <Button onClick={() => add({ code: 'residence-proof' })}>{t('permits.f.addEvidence')}</Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
    </>
  );
}
