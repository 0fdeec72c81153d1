// Completion: register the move-in. For an origin outside the city the origin station's move-out confirmation
// (reference and station) is asked for and sent with the registration; within the city the move-out is one-stop.
import { useState } from 'react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';

export interface OriginConfirmation {
  reference: string;
  station: string;
}

export function RegisterForm({
  needsConfirmation,
  onRegister,
}: {
  needsConfirmation: boolean;
  onRegister: (c: OriginConfirmation | undefined) => void;
}) {
  const { t } = useI18n();
  const [c, setC] = useState<OriginConfirmation>({ reference: '', station: '' });
  const button = (
    <Button type="primary" onClick={() => onRegister(needsConfirmation ? c : undefined)}>
      {t('applications.action.register')}
    </Button>
  );
  if (!needsConfirmation) return button;
  return (
    <Card size="small" data-testid="origin-confirmation">
      <Typography.Paragraph>{t('applications.review.originConfirmation')}</Typography.Paragraph>
      <Form layout="inline">
        <Form.Item label={t('applications.review.originReference')} htmlFor="origin-reference">
          <Input
            id="origin-reference"
            value={c.reference}
            onChange={(e) => setC({ ...c, reference: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('applications.review.originStation')} htmlFor="origin-station">
          <Input
            id="origin-station"
            value={c.station}
            onChange={(e) => setC({ ...c, station: e.target.value })}
          />
        </Form.Item>
        {button}
      </Form>
    </Card>
  );
}
