// The supervision report for a period, downloaded as PDF or XLSX (the server renders both).
import { useEffect, useState } from 'react';
import { Button, Card, Input, Space } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { supervisionApi } from './supervisionApi.ts';

export function ExportPanel({ today }: { today: string }) {
  const { t } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  useEffect(() => {
    if (!today) return;
    setFrom(`${today.slice(0, 4)}-01-01`);
    setTo(today);
  }, [today]);
  const ready = Boolean(from && to && from <= to);
  return (
    <Card title={t('supervision.export.title')}>
      <Space wrap>
        <label>
          {t('supervision.export.from')}{' '}
          <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} style={{ width: 160 }} />
        </label>
        <label>
          {t('supervision.export.to')}{' '}
          <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} style={{ width: 160 }} />
        </label>
        <Button disabled={!ready} href={supervisionApi.exportUrl(from, to, 'pdf')}>
          {t('supervision.export.pdf')}
        </Button>
        <Button disabled={!ready} href={supervisionApi.exportUrl(from, to, 'xlsx')}>
          {t('supervision.export.xlsx')}
        </Button>
      </Space>
    </Card>
  );
}
