// A form's submission: busy while the request runs, the API's field issues put on the form's fields, the message
// shown otherwise. Shared by the supervision forms.
import { useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client.ts';

export function useSubmit(form: FormInstance, fields: readonly string[]) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(work: () => Promise<unknown>, after: () => void) {
    setBusy(true);
    setError(null);
    try {
      await work();
      form.resetFields();
      after();
    } catch (e) {
      if (e instanceof ApiError)
        form.setFields(
          e.issues.flatMap((i) => {
            const name = i.path.split('.')[0] ?? '';
            return fields.includes(name) ? [{ name, errors: [i.message] }] : [];
          }),
        );
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
