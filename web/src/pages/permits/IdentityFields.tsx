// Who is registered: the ID number first. A number the register knows (in the clerk's jurisdiction) brings the
// identity with it and the identity fields go away; any other number asks for name, sex, birth date, ethnicity and
// the hukou place — sex and birth date start from what the number itself says.
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, Input, Radio, Select, type FormInstance } from 'antd';
import { checkIdNumber } from '../../../../src/domain/identity/id-number.ts';
import type { IdentityField } from '../../../../src/domain/identity/fields.ts';
import { identityRule } from '../../forms/identityRule.ts';
import { DivisionPicker, divisionRule } from '../../components/DivisionPicker.tsx';
import { localToday } from '../../forms/present.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ETHNICITY_OPTIONS } from '../applications/codeOptions.ts';
import { permitsApi, type RegisterLookup } from './permitsApi.ts';
import type { RegistrationFormValues } from './registerForm.ts';

export type RegisteredPerson = RegisterLookup['persons'][number];

/** The register's person for the number in the form, looked up once the number is a valid one. */
export function useRegisteredPerson(form: FormInstance<RegistrationFormValues>) {
  const idNumber = (Form.useWatch(['person', 'idNumber'], form) as string | undefined)?.trim().toUpperCase();
  const [found, setFound] = useState<{ idNumber: string; person: RegisteredPerson | null } | null>(null);
  const valid = idNumber ? checkIdNumber(idNumber).valid : false;
  useEffect(() => {
    if (!valid || !idNumber) return;
    let live = true;
    permitsApi.lookup(idNumber).then(
      (r) => live && setFound({ idNumber, person: r.persons[0] ?? null }),
      // The register could not be asked (or refused): the clerk enters the identity, the server checks it.
      () => live && setFound({ idNumber, person: null }),
    );
    return () => {
      live = false;
    };
  }, [idNumber, valid]);
  useEffect(() => {
    // A new number that is not in the register: start sex and birth date from the number's own digits.
    if (!idNumber || found?.idNumber !== idNumber || found.person) return;
    const facts = checkIdNumber(idNumber);
    if (!facts.valid) return;
    const p = form.getFieldValue('person') as RegistrationFormValues['person'];
    if (!p?.birthDate) form.setFieldValue(['person', 'birthDate'], facts.facts.birthDate);
    if (!p?.sex) form.setFieldValue(['person', 'sex'], String(facts.facts.sex));
  }, [found, idNumber, form]);
  const current = found && found.idNumber === idNumber ? found : null;
  return { checking: valid && !current, person: current?.person ?? null, known: current !== null };
}

export function IdentityFields({
  lookup,
}: {
  lookup: { checking: boolean; person: RegisteredPerson | null; known: boolean };
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const p = lookup.person;
  const checks = (field: IdentityField) => identityRule(form, ['person', 'idNumber'], field, t);
  return (
    <>
      <Form.Item
        name={['person', 'idNumber']}
        label={t('permits.f.idNumber')}
        htmlFor="person-idNumber"
        rules={[checks('idNumber')]}
      >
        <Input id="person-idNumber" maxLength={18} autoComplete="off" />
      </Form.Item>
      {lookup.checking && <Alert type="info" title={t('permits.reg.checking')} />}
      {p && (
        <Alert
          type="success"
          data-testid="in-register"
          title={t('permits.reg.inRegister', {
            name: p.name,
            sex: t(p.sex === '2' ? 'permits.f.female' : 'permits.f.male'),
            birthDate: p.birthDate,
          })}
        />
      )}
      {lookup.known && !p && (
        <Alert type="info" data-testid="not-in-register" title={t('permits.reg.notInRegister')} />
      )}
      <div hidden={p !== null} style={{ marginTop: 16 }}>
        <Form.Item name={['person', 'name']} label={t('permits.f.name')} htmlFor="person-name">
          <Input id="person-name" />
        </Form.Item>
        <Form.Item
          name={['person', 'sex']}
          label={t('permits.f.sex')}
          dependencies={[['person', 'idNumber']]}
          rules={[checks('sex')]}
        >
          <Radio.Group
            aria-label={t('permits.f.sex')}
            options={[
              { value: '1', label: t('permits.f.male') },
              { value: '2', label: t('permits.f.female') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name={['person', 'birthDate']}
          label={t('permits.f.birthDate')}
          htmlFor="person-birthDate"
          dependencies={[['person', 'idNumber']]}
          rules={[checks('birthDate')]}
        >
          <Input id="person-birthDate" type="date" max={localToday()} />
        </Form.Item>
        <Form.Item name={['person', 'ethnicity']} label={t('permits.f.ethnicity')} htmlFor="person-ethnicity">
          <Select id="person-ethnicity" showSearch optionFilterProp="label" options={ETHNICITY_OPTIONS} />
        </Form.Item>
        <Form.Item
          name={['person', 'hukou', 'divisionCode']}
          label={t('permits.f.hukouDivision')}
          extra={t('permits.f.hukouDivisionHelp')}
          htmlFor="person-hukou-divisionCode"
          rules={[divisionRule(t, 'county', false)]}
        >
          <DivisionPicker
            id="person-hukou-divisionCode"
            depth="county"
            outside
            aria-label={t('permits.f.hukouDivision')}
          />
        </Form.Item>
        <Form.Item
          name={['person', 'hukou', 'address']}
          label={t('permits.f.hukouAddress')}
          htmlFor="person-hukou-address"
        >
          <Input id="person-hukou-address" />
        </Form.Item>
        <Form.Item name={['person', 'hukou', 'rural']} valuePropName="checked">
          <Checkbox>{t('permits.f.rural')}</Checkbox>
        </Form.Item>
      </div>
    </>
  );
}
