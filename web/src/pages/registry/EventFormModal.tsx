// One modal form per registry event kind. The server validates with the domain's schema and answers errors by
// field path; each lands under its field, and a summary names every field in Chinese.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Select, message } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { DivisionPicker, divisionRule } from '../../components/DivisionPicker.tsx';
import { IdentityFields } from '../../components/IdentityFields.tsx';
import { withoutEmpty } from '../../forms/present.ts';
import { useI18n } from '../../i18n/index.tsx';
import { bodyFor, fieldsFor, IDENTITY_LABELS, type FieldSpec } from './eventFields.ts';
import { registryApi, type ChangeResult, type CommandName, type HouseholdView } from './registryApi.ts';

interface Props {
  command: CommandName;
  view?: HouseholdView;
  onClose(): void;
  onDone?(result: ChangeResult): void;
  onStale?(): void;
}

export function EventFormModal({ command, view, onClose, onDone, onStale }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const members = view?.members ?? [];
  const fields = fieldsFor(command, members);
  const labelOf = (path: string) => {
    const spec = fields.find(
      (f) => f.name.join('.') === path || (path.startsWith('members') && f.name[0] === 'memberIds'),
    );
    const inIdentity = fields.find((f) => f.type === 'identity' && path.startsWith(`${f.name.join('.')}.`));
    const identityLabel = inIdentity && IDENTITY_LABELS[path.split('.').at(-1)!];
    return spec ? t(spec.label) : identityLabel ? t(identityLabel) : path;
  };

  async function submit(values: Record<string, unknown>) {
    setBusy(true);
    setProblems([]);
    try {
      const household = view
        ? { householdId: view.household.householdId, version: view.household.version }
        : null;
      const body = bodyFor(command, withoutEmpty(values), household, members);
      const result = await registryApi.record(command, body);
      message.success(t('registry.form.done', { kind: t(`registry.action.${command}`) }));
      onDone?.(result);
      onClose();
      if (command === 'create-household' || command === 'split-household')
        navigate(`/registry/households/${result.households.at(-1)!.householdId}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.code === 'stale-version') onStale?.();
      const issues = e.issues.length ? e.issues : [{ path: '', message: e.message }];
      form.setFields(
        issues
          .filter((i) => i.path)
          .map((i) => ({
            name: i.path.startsWith('members') ? ['memberIds'] : i.path.split('.'),
            errors: [i.message],
          })),
      );
      setProblems(issues.map((i) => (i.path ? `${labelOf(i.path)}：${i.message}` : i.message)));
    } finally {
      setBusy(false);
    }
  }

  const control = (f: FieldSpec) =>
    f.type === 'division' ? (
      <DivisionPicker id={f.name.join('-')} aria-label={t(f.label)} />
    ) : f.type === 'text' ? (
      <Input id={f.name.join('-')} />
    ) : (
      <Select
        mode={f.type === 'multi' ? 'multiple' : undefined}
        options={f.options}
        allowClear={f.optional}
        showSearch
        optionFilterProp="label"
      />
    );

  return (
    <Modal
      open
      title={t(`registry.action.${command}`)}
      okText={t('registry.form.submit')}
      cancelText={t('registry.form.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          role="alert"
          style={{ marginBottom: 16 }}
          message={t('registry.form.failed')}
          description={
            <ul style={{ margin: 0 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'family', person: { ethnicity: '01' } }}
      >
        {fields.map((f) =>
          f.type === 'identity' ? (
            <IdentityFields key={f.name.join('.')} path={f.name} idOptional={f.optional} />
          ) : (
            <Form.Item
              key={f.name.join('.')}
              name={f.name}
              label={t(f.label) + (f.optional ? t('registry.form.optional') : '')}
              htmlFor={f.name.join('-')}
              rules={
                f.type === 'division'
                  ? [divisionRule(t)]
                  : f.optional
                    ? []
                    : [{ required: true, message: `请填写${t(f.label)}` }]
              }
            >
              {control(f)}
            </Form.Item>
          ),
        )}
      </Form>
    </Modal>
  );
}
