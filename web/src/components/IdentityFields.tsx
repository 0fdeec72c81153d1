// A person's identity in any form: the ID number first, then name, sex, birth date (and ethnicity). Every field
// checks itself as the clerk types, with the server's own rules (src/domain/identity/fields.ts: the check
// character, a birth after today, sex and birth date against the number), and says what is wrong in the chosen
// language on that field. With `autoFill`, a number the register knows fills the identity from the register and
// hands the match (hukou place, household) to the page through `onRegistered`.
import { useEffect, useRef } from 'react';
import { Alert, Form, Input, Radio, Select } from 'antd';
import type { IdentityField } from '../../../src/domain/identity/fields.ts';
import { identityRule } from '../forms/identityRule.ts';
import { useI18n } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';
import { ETHNICITY_OPTIONS } from '../pages/applications/codeOptions.ts';
import { localToday } from '../forms/present.ts';
import { useRegisterLookup, type RegisterMatch } from './useRegisterLookup.ts';

type Path = Array<string | number>;
type Labels = Partial<Record<'idNumber' | 'name' | 'sex' | 'birthDate' | 'ethnicity', MessageKey>>;

export interface IdentityFieldsProps {
  /** Where the fields sit in the form: ['applicant'] names ['applicant', 'idNumber'] …; [] top-level names. */
  path?: Path;
  /** The number may be left empty (a person without one yet); it is then absent from the request. */
  idOptional?: boolean;
  /** Ask for the ethnicity too (default yes). */
  ethnicity?: boolean;
  /** Look a valid number up in the register and fill the identity from it (staff pages only). */
  autoFill?: boolean;
  /** The register's answer for the current number, after the fields were filled from it. */
  onRegistered?: (match: RegisterMatch | null) => void;
  /** Labels other than the shared ones (identity.*). */
  labels?: Labels;
}

export function IdentityFields({
  path = [],
  idOptional = false,
  ethnicity = true,
  autoFill = false,
  onRegistered,
  labels = {},
}: IdentityFieldsProps) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const name = (field: string): Path => [...path, field];
  const domId = (field: string) => [...path, field].join('-');
  const idNumber = Form.useWatch(name('idNumber'), form) as string | undefined;
  const lookup = useRegisterLookup(idNumber, autoFill);
  const label = (field: keyof Labels) => t(labels[field] ?? (`identity.${field}` as MessageKey));

  // Fill from the register once per answer; the page takes the hukou place and household from the match.
  const reported = useRef<RegisterMatch | null | undefined>(undefined);
  useEffect(() => {
    if (!lookup.known || reported.current === lookup.match) return;
    reported.current = lookup.match;
    const p = lookup.match?.person;
    if (p) {
      form.setFieldValue(name('name'), p.name);
      form.setFieldValue(name('sex'), p.sex);
      form.setFieldValue(name('birthDate'), p.birthDate);
      if (ethnicity) form.setFieldValue(name('ethnicity'), p.ethnicity);
      void form.validateFields([name('sex'), name('birthDate')]).catch(() => undefined);
    }
    onRegistered?.(lookup.match);
    // Runs on the answer only: name() is rebuilt each render from `path`.
  }, [lookup.known, lookup.match]);

  const checks = (field: IdentityField) => identityRule(form, name('idNumber'), field, t);
  const required = (field: 'idNumber' | 'name' | 'sex' | 'birthDate' | 'ethnicity') => ({
    required: true,
    message: t(`identity.required.${field}`),
  });

  const match = lookup.match;
  const address = match?.household?.address;
  return (
    <>
      <Form.Item
        name={name('idNumber')}
        label={label('idNumber')}
        htmlFor={domId('idNumber')}
        rules={[...(idOptional ? [] : [required('idNumber')]), checks('idNumber')]}
      >
        <Input id={domId('idNumber')} maxLength={18} autoComplete="off" spellCheck={false} />
      </Form.Item>
      {autoFill && lookup.checking && <Alert type="info" title={t('identity.checking')} />}
      {autoFill && match && (
        <Alert
          type="success"
          data-testid="identity-found"
          style={{ marginBottom: 16 }}
          title={t('identity.found', { name: match.person.name })}
          description={
            match.household &&
            t('identity.foundHousehold', {
              householdNo: match.household.householdNo,
              address: address?.detail ?? '',
            })
          }
        />
      )}
      {autoFill && lookup.known && !match && (
        <Alert
          type="info"
          data-testid="identity-not-found"
          style={{ marginBottom: 16 }}
          title={t('identity.notFound')}
        />
      )}
      <Form.Item
        name={name('name')}
        label={label('name')}
        htmlFor={domId('name')}
        rules={[required('name'), { max: 50, message: t('identity.tooLong', { max: 50 }) }]}
      >
        <Input id={domId('name')} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name={name('sex')}
        label={label('sex')}
        dependencies={[name('idNumber')]}
        rules={[required('sex'), checks('sex')]}
      >
        <Radio.Group
          aria-label={label('sex')}
          options={[
            { value: '1', label: t('identity.male') },
            { value: '2', label: t('identity.female') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={name('birthDate')}
        label={label('birthDate')}
        htmlFor={domId('birthDate')}
        dependencies={[name('idNumber')]}
        rules={[required('birthDate'), checks('birthDate')]}
      >
        <Input id={domId('birthDate')} type="date" max={localToday()} />
      </Form.Item>
      {ethnicity && (
        <Form.Item
          name={name('ethnicity')}
          label={label('ethnicity')}
          htmlFor={domId('ethnicity')}
          rules={[required('ethnicity')]}
        >
          <Select id={domId('ethnicity')} showSearch optionFilterProp="label" options={ETHNICITY_OPTIONS} />
        </Form.Item>
      )}
    </>
  );
}
