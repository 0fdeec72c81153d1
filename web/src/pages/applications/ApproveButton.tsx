// Approve. With checklist materials still missing, the approver confirms in a dialog that names them and gives the
// reason (required, kept by the server with the approval); otherwise it approves at once.
import { useState } from 'react';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';

export function ApproveButton({
  missing,
  onApprove,
}: {
  missing: string[];
  onApprove: (missingMaterialsReason?: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const confirm = async () => {
    setTried(true);
    if (!reason.trim()) return;
    setOpen(false);
    await onApprove(reason.trim());
  };
  return (
    <>
      <Button type="primary" onClick={() => (missing.length ? setOpen(true) : void onApprove())}>
        {t('applications.action.approve')}
      </Button>
      <Modal
        open={open}
        title={t('applications.approve.confirmTitle')}
        okText={t('applications.approve.confirm')}
        cancelText={t('applications.approve.cancel')}
        onOk={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph data-testid="approve-missing">
          {t('applications.approve.missingList', { names: missing.join('、') })}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item
            label={t('applications.approve.reasonLabel')}
            htmlFor="missing-materials-reason"
            required
            validateStatus={tried && !reason.trim() ? 'error' : undefined}
            help={tried && !reason.trim() ? t('applications.required') : undefined}
          >
            <Input.TextArea
              id="missing-materials-reason"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
