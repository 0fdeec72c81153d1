// The actions the clerk may take on a permit now — exactly the server's `actions` list: issue (制发), endorse
// (签注), renew (换领), replace a lost card (补领, with a reason), cancel (注销, with its reason). Each sends the
// version read, so a permit changed meanwhile is refused rather than overwritten.
import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Select } from 'antd';
import { ApiError } from '../../api/client.ts';
import { CANCEL_REASONS } from '../../../../src/domain/permits/states.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { permitsApi, type PermitActionResult, type PermitResponse } from './permitsApi.ts';
import { fieldName, showFieldIssues } from './registerForm.ts';

/** The clerk's actions, in the order the buttons show, with the endpoint and body each one sends. */
const CLERK_ACTIONS = {
  issue: { path: 'issue', body: () => ({}) },
  endorse: { path: 'endorsements', body: () => ({}) },
  renew: { path: 'replacements', body: () => ({ kind: 'renewal' }) },
  replace: { path: 'replacements', body: () => ({ kind: 'loss' }) },
  cancel: { path: 'cancel', body: () => ({}) },
} as const;
type ClerkAction = keyof typeof CLERK_ACTIONS;

interface ActionValues {
  reason?: string;
  cancelReason?: string;
}

export function PermitActions({
  permit,
  onDone,
}: {
  permit: PermitResponse;
  onDone: (action: ClerkAction, result: PermitActionResult) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ActionValues>();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const actions = (Object.keys(CLERK_ACTIONS) as ClerkAction[]).filter((a) => permit.actions.includes(a));
  if (actions.length === 0) return null;

  async function act(action: ClerkAction) {
    setError(null);
    showFieldIssues(form, []);
    const v = form.getFieldsValue();
    const reason = v.reason?.trim();
    const body =
      action === 'cancel'
        ? { version: permit.version, reason: v.cancelReason ?? '', ...(reason ? { note: reason } : {}) }
        : { version: permit.version, ...CLERK_ACTIONS[action].body(), ...(reason ? { reason } : {}) };
    setBusy(action);
    try {
      const result = await permitsApi.act(permit.id, CLERK_ACTIONS[action].path, body);
      form.resetFields();
      onDone(action, result);
    } catch (e) {
      if (e instanceof ApiError && e.issues.length > 0) {
        // The cancel body's `reason` is the cancel reason; its free text is the note (the reason field here).
        const rename: Record<string, string> =
          action === 'cancel' ? { reason: 'cancelReason', note: 'reason' } : {};
        showFieldIssues(
          form,
          e.issues.map((i) => ({ name: fieldName(rename[i.path] ?? i.path), message: i.message })),
        );
        setError(t('permits.view.failed', { detail: e.issues.map((i) => i.message).join('；') }));
      } else setError(t('permits.view.failed', { detail: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 640, margin: '16px 0' }}>
      <Form.Item name="reason" label={t('permits.view.reason')} htmlFor="permit-reason">
        <Input id="permit-reason" />
      </Form.Item>
      {actions.includes('cancel') && (
        <Form.Item name="cancelReason" label={t('permits.view.cancelReason')} htmlFor="permit-cancelReason">
          <Select
            id="permit-cancelReason"
            allowClear
            options={CANCEL_REASONS.map((r) => ({ value: r, label: t(`permits.cancel.${r}` as MessageKey) }))}
          />
        </Form.Item>
      )}
      {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Flex gap={8} wrap>
        {actions.map((a) => (
          <Button
            key={a}
            data-testid={`permit-action-${a}`}
            type={a === 'issue' || a === 'endorse' ? 'primary' : 'default'}
            danger={a === 'cancel'}
            loading={busy === a}
            disabled={busy !== null && busy !== a}
            onClick={() => void act(a)}
          >
            {t(`permits.action.${a}` as MessageKey)}
          </Button>
        ))}
      </Flex>
    </Form>
  );
}
