// The papers of an application: the 受理回执 once submitted (with the one-time notice of missing materials), the
// 准予迁入证明 once issued (its number, signer, and the public verification page its QR code opens).
import { Descriptions, Space } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { Detail } from './reviewTypes.ts';

export function PermitPapers({ d }: { d: Detail }) {
  const { t } = useI18n();
  const base = `/api/v1/applications/${d.id}`;
  const items = [
    ...(d.state !== 'draft'
      ? [
          {
            key: 'receipt',
            label: t('applications.case.receipt'),
            children: (
              <a href={`${base}/receipt.pdf`} target="_blank" rel="noreferrer" data-testid="receipt-link">
                {t('applications.case.receipt')}
              </a>
            ),
          },
        ]
      : []),
    ...(d.permit
      ? [
          {
            key: 'permit',
            label: t('applications.review.permit'),
            children: (
              <Space wrap>
                <span data-testid="permit-number">{d.permit.number}</span>
                <a href={`${base}/permit.pdf`} target="_blank" rel="noreferrer">
                  {t('applications.review.print')}
                </a>
                {d.permit.verifyToken && (
                  <a
                    href={`/verify/${d.permit.verifyToken}`}
                    target="_blank"
                    rel="noreferrer"
                    data-testid="verify-link"
                  >
                    {t('applications.case.verify')}
                  </a>
                )}
              </Space>
            ),
          },
          {
            key: 'authority',
            label: t('applications.case.authority'),
            children: <span data-testid="permit-authority">{d.permit.issuingAuthority ?? '—'}</span>,
          },
        ]
      : []),
  ];
  return items.length ? <Descriptions column={1} items={items} /> : null;
}
