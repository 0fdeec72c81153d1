// The applicant's identity in the intake wizard: the shared identity fields under the wizard's own labels, and what
// a register match brings besides the identity — the person's id, the hukou place (the household's address) and
// the origin household (the one-stop move reads it).
import type { FormInstance } from 'antd';
import type { RegisterMatch } from '../../components/useRegisterLookup.ts';
import type { IdentityFieldsProps } from '../../components/IdentityFields.tsx';

export const IDENTITY_LABELS: IdentityFieldsProps['labels'] = {
  idNumber: 'applications.f.idNumber',
  name: 'applications.f.name',
  sex: 'applications.f.sex',
  birthDate: 'applications.f.birthDate',
  ethnicity: 'applications.f.ethnicity',
};

/** Fill the origin from a register match (or clear what an earlier match filled when the number changed). */
export function fillFromRegister(form: FormInstance, match: RegisterMatch | null) {
  const household = match?.household;
  form.setFieldValue(['applicant', 'personId'], match?.person.personId);
  form.setFieldValue(['origin', 'householdId'], household?.householdId);
  if (!household) return;
  form.setFieldValue(['origin', 'has'], true);
  form.setFieldValue(['origin', 'divisionCode'], household.address.divisionCode);
  form.setFieldValue(['origin', 'address'], household.address.detail);
}
