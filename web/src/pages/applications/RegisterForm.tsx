// Completion: register the move-in. For an origin outside the city the origin station's move-out confirmation
// (reference and station) is asked for; within the city the move-out is one-stop, and when the applicant heads an
// origin household others stay in, the new head is chosen here from its members (read across the city for this
// purpose: GET …/origin-household) and registered in the same transaction.
import { useEffect, useState } from 'react';
import { Button, Card, Form, Input, Select, Tag, Typography } from 'antd';
import { RELATIONSHIP_CODES } from '../../../../src/domain/codes/relationships.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';

export interface OriginConfirmation {
  reference: string;
  station: string;
}

export interface RegisterChoice {
  originConfirmation?: OriginConfirmation;
  newHeadPersonId?: string;
}

interface OriginHousehold {
  household: {
    householdNo: string;
    place: string;
    members: { personId: string; name: string; relation: string | null; moving: boolean }[];
  } | null;
  mustNameNewHead: boolean;
  candidates: string[];
}

export function RegisterForm({
  applicationId,
  needsConfirmation,
  onRegister,
}: {
  applicationId: string;
  needsConfirmation: boolean;
  onRegister: (c: RegisterChoice) => void;
}) {
  const { t } = useI18n();
  const [c, setC] = useState<OriginConfirmation>({ reference: '', station: '' });
  const [origin, setOrigin] = useState<OriginHousehold | null>(null);
  const [newHead, setNewHead] = useState<string | undefined>();
  useEffect(() => {
    if (needsConfirmation) return;
    api
      .get<OriginHousehold>(`/api/v1/applications/${applicationId}/origin-household`)
      .then(setOrigin, () => setOrigin(null));
  }, [applicationId, needsConfirmation]);
  const relation = (code: string | null) => (code ? (RELATIONSHIP_CODES[code] ?? code) : '');
  const h = origin?.household;
  const choice: RegisterChoice = {
    ...(needsConfirmation ? { originConfirmation: c } : {}),
    ...(newHead ? { newHeadPersonId: newHead } : {}),
  };
  const button = (
    <Button type="primary" onClick={() => onRegister(choice)}>
      {t('applications.action.register')}
    </Button>
  );
  return (
    <Card size="small" data-testid="register-form">
      {needsConfirmation && (
        <div data-testid="origin-confirmation">
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
          </Form>
        </div>
      )}
      {h && (
        <div data-testid="origin-household">
          <Typography.Text strong>
            {t('applications.register.origin', { place: h.place, no: h.householdNo })}
          </Typography.Text>
          <ul>
            {h.members.map((m) => (
              <li key={m.personId}>
                {t('applications.register.member', { name: m.name, relation: relation(m.relation) })}{' '}
                {m.moving && <Tag>{t('applications.register.moving')}</Tag>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {h && origin?.mustNameNewHead && (
        <Form layout="vertical">
          <Form.Item
            label={t('applications.register.newHead')}
            htmlFor="new-head"
            extra={t('applications.register.newHeadHelp')}
            required
          >
            <Select
              id="new-head"
              placeholder={t('applications.register.chooseNewHead')}
              value={newHead}
              onChange={setNewHead}
              style={{ maxWidth: 320 }}
              options={h.members
                .filter((m) => origin.candidates.includes(m.personId))
                .map((m) => ({
                  value: m.personId,
                  label: t('applications.register.member', { name: m.name, relation: relation(m.relation) }),
                }))}
            />
          </Form.Item>
        </Form>
      )}
      {button}
    </Card>
  );
}
