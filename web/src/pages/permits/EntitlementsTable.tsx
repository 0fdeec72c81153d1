// What the holder is entitled to now (T11.2), as the server computes it from the stored permit: each right with
// its clause, granted ✓ or what is still needed in words; and each accompanying child's entrance-exam right.
import { List, Table, Typography } from 'antd';
import { GRANTED, PENDING } from './colors.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { PermitResponse } from './permitsApi.ts';
import { codeLabel, needsText } from './permitsText.ts';
import { formatCitation } from '../../../../src/domain/policy/citation.ts';

type Entitlement = PermitResponse['entitlements'][number];

function Standing({ e }: { e: Entitlement }) {
  const { t } = useI18n();
  return e.granted ? (
    <Typography.Text strong style={{ color: GRANTED }}>
      ✓ {t('permits.view.granted')}
    </Typography.Text>
  ) : (
    <Typography.Text style={{ color: PENDING }}>{needsText(t, e.needs)}</Typography.Text>
  );
}

export function EntitlementsTable({ permit }: { permit: PermitResponse }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={3}>{t('permits.view.entitlements')}</Typography.Title>
      <Table<Entitlement>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={permit.entitlements}
        onRow={(e) => ({ 'data-testid': `entitlement-${e.code}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('permits.view.right'),
            dataIndex: 'code',
            render: (code: string) => codeLabel(t, 'permits.ent.', code),
          },
          { title: t('permits.view.clause'), dataIndex: 'clause', render: (c: string) => formatCitation(c) },
          {
            title: t('permits.view.granted'),
            key: 'granted',
            render: (_: unknown, e) => <Standing e={e} />,
          },
        ]}
      />
      <Typography.Title level={4}>{t('permits.view.children')}</Typography.Title>
      {permit.children.length === 0 ? (
        <Typography.Text type="secondary">{t('permits.view.noChildren')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={permit.children}
          renderItem={(c) => (
            <List.Item data-testid={`child-${c.index}`}>
              {t('permits.view.child', {
                name: c.name ?? '',
                birthDate: c.birthDate,
                years: c.continuousSchoolingYears,
              })}
              {c.entitlements.map((e) => (
                <span key={e.code} style={{ marginLeft: 8 }}>
                  {codeLabel(t, 'permits.ent.', e.code)} <Standing e={e} />
                </span>
              ))}
            </List.Item>
          )}
        />
      )}
    </>
  );
}
