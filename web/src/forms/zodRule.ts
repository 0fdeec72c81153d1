// An antd form rule that validates with the API's own zod schema, so the form and the server accept exactly
// the same input; the messages come from the catalog so they follow the chosen language.
import type { FormRule } from 'antd';
import type { ZodType } from 'zod';
import type { Translate } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';

export function zodRule(schema: ZodType, t: Translate, requiredMessage: MessageKey): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (result.success) return;
      const issue = result.error.issues[0]!;
      if (issue.code === 'too_small') throw new Error(t(requiredMessage));
      if (issue.code === 'too_big') throw new Error(t('form.tooLong', { max: Number(issue.maximum) }));
      throw new Error(t('form.invalid'));
    },
  };
}
