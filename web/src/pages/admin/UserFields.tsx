// The fields the users page asks in more than one place: role, jurisdiction and department (shown for department
// officers only), and a new password checked with the server's own rules as it is typed.
import { Form, Input, Select } from 'antd';
import type { FormRule } from 'antd';
import { ROLES } from '../../../../src/domain/access/roles.ts';
import { DEPARTMENTS } from '../../../../src/domain/access/departments.ts';
import { passwordProblems } from '../../../../src/domain/auth/password-rules.ts';
import { isZhaotongJurisdiction } from '../../../../src/domain/users/schema.ts';
import { inPageLanguage } from '../../api/messageLanguage.ts';
import { useI18n } from '../../i18n/index.tsx';
import { JurisdictionPicker } from './JurisdictionPicker.tsx';

export function AssignmentFields() {
  const { t, language } = useI18n();
  const required = [{ required: true, message: t('users.required') }];
  const role = Form.useWatch('role');
  return (
    <>
      <Form.Item name="role" label={t('users.role')} rules={required}>
        <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      </Form.Item>
      <Form.Item
        name="jurisdiction"
        label={t('users.jurisdiction')}
        extra={t('users.jurisdictionHelp')}
        rules={[
          ...required,
          {
            validator: async (_r, v?: string) => {
              if (v && !isZhaotongJurisdiction(v)) throw new Error(t('users.jurisdictionHelp'));
            },
          },
        ]}
      >
        <JurisdictionPicker />
      </Form.Item>
      {role === 'department-officer' && (
        <Form.Item
          name="department"
          label={t('users.department')}
          extra={t('users.departmentHelp')}
          rules={required}
        >
          <Select
            options={Object.values(DEPARTMENTS).map((d) => ({
              value: d.name,
              label: language === 'en' ? d.en : d.name,
            }))}
          />
        </Form.Item>
      )}
    </>
  );
}

/** The password rules of src/domain/auth/password-rules.ts, in the page's language, for the user `username`. */
export function passwordRule(username: () => string): FormRule {
  return {
    validator: async (_r, v?: string) => {
      const problems = passwordProblems(v ?? '', username());
      if (problems.length) throw new Error(inPageLanguage(problems[0]!.message));
    },
  };
}

export function PasswordField({
  name,
  label,
  username,
}: {
  name: string;
  label: string;
  username: () => string;
}) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={label} extra={t('users.passwordHelp')} rules={[passwordRule(username)]}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
