// An antd rule for one identity field with the server's own rules (src/domain/identity/fields.ts): the ID number's
// check character and date, a birth after today, sex and birth date against the number (read from the form at
// `idName`). The problem is said in the chosen language on the field itself.
import type { FormInstance } from 'antd';
import { identityFieldProblem, type IdentityField } from '../../../src/domain/identity/fields.ts';
import type { Translate } from '../i18n/index.tsx';
import { localToday } from './present.ts';

export function identityRule(
  form: FormInstance,
  idName: Array<string | number>,
  field: IdentityField,
  t: Translate,
) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const given = typeof value === 'string' ? value : '';
      const idNumber = field === 'idNumber' ? given : (form.getFieldValue(idName) as string | undefined);
      const problem = identityFieldProblem(field, { idNumber, [field]: given }, localToday());
      if (problem) throw new Error(t(`identity.problem.${problem}`));
    },
  };
}
