// The road from permit to hukou (T11.1 → basis residence-permit): the clerk records the holder's own consent (P2),
// the server prefills a settlement application from the permit, and the clerk continues on the application's page
// (destination household, companions, materials, submission). Shown for a valid permit to staff who take permits.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Checkbox, Modal, Typography } from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { PermitResponse } from './permitsApi.ts';
import { useMayManage } from './useMayManage.ts';

export function SettleFromPermit({ permit }: { permit: PermitResponse }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const mayManage = useMayManage();
  const [open, setOpen] = useState(false);
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!mayManage || permit.status !== 'valid') return null;

  async function create() {
    if (!consent) return setError(t('permits.settle.consentRequired'));
    setBusy(true);
    setError(null);
    try {
      const draft = await api.get<object>(`/api/v1/residence-permits/${permit.id}/settlement-draft`);
      const created = await api.post<{ id: string }>('/api/v1/applications', { ...draft, consent: true });
      navigate(`/applications/${created.id}`);
    } catch (e) {
      const issues = e instanceof ApiError ? e.issues.map((i) => i.message).join('；') : '';
      setError(e instanceof ApiError ? `${e.message}${issues ? `：${issues}` : ''}` : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="settle-from-permit">
        {t('permits.settle.button')}
      </Button>
      <Modal
        open={open}
        title={t('permits.settle.title')}
        okText={t('permits.settle.submit')}
        confirmLoading={busy}
        onOk={() => void create()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>{t('permits.settle.hint')}</Typography.Paragraph>
        <Checkbox
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
          data-testid="settle-consent"
        >
          {t('permits.settle.consent')}
        </Checkbox>
        {error && <Alert type="error" title={error} style={{ marginTop: 12 }} />}
      </Modal>
    </>
  );
}
