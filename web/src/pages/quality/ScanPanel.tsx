// The whole-register scan on the work-queue page: the latest scan's outcome, and for a city-level officer a button
// that starts one and a progress bar while it reads the register (the scan runs on the server; this page asks how
// far it is once a second, and picks a running scan up again after a reload).
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Progress, Space, Typography } from 'antd';
import { mayAct } from '../../../../src/domain/access/roles.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { ScanRecord } from '../../../../src/domain/quality/schema.ts';
import { qualityApi } from './qualityApi.ts';
import { CITY_COUNTY_CODE } from '../../../../src/domain/divisions/city.ts';

const POLL_MS = 1000;

export function ScanPanel({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const [scan, setScan] = useState<ScanRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mayStart =
    session.status === 'signed-in' && mayAct({ ...session.user }, 'quality.resolve', CITY_COUNTY_CODE);

  const follow = (view: ScanRecord) => {
    setScan(view);
    if (view.state === 'running')
      timer.current = setTimeout(
        () => qualityApi.scan(view.scanId).then(follow, (e: Error) => setError(e.message)),
        POLL_MS,
      );
    else if (view.state === 'done') onDone();
  };
  useEffect(() => {
    qualityApi.latestScans().then(
      (r) => r.scans[0] && (r.scans[0].state === 'running' ? follow(r.scans[0]) : setScan(r.scans[0])),
      () => {},
    );
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const start = () => {
    setError(null);
    qualityApi.startScan().then(follow, (e: Error) => setError(e.message));
  };
  const found = scan ? Object.values(scan.counts).reduce((a, b) => a + b, 0) : 0;
  const percent = scan?.total ? Math.min(99, Math.floor((scan.persons / scan.total) * 100)) : 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4}>{t('quality.scan.title')}</Typography.Title>
      <div role="status">
        {!scan && <Typography.Text>{t('quality.scan.never')}</Typography.Text>}
        {scan?.state === 'running' && (
          <>
            <Typography.Text>
              {t('quality.scan.running', { scanId: scan.scanId, persons: scan.persons })}
            </Typography.Text>
            <Progress percent={percent} status="active" aria-label={t('quality.scan.progress')} />
          </>
        )}
        {scan?.state === 'done' && (
          <Typography.Text>
            {t('quality.scan.done', {
              scanId: scan.scanId,
              time: new Date(scan.finishedAt ?? scan.startedAt).toLocaleString(),
              persons: scan.persons,
              found,
            })}
          </Typography.Text>
        )}
        {scan?.state === 'failed' && (
          <Alert
            type="warning"
            message={t('quality.scan.failed', { scanId: scan.scanId, error: scan.error ?? '' })}
          />
        )}
      </div>
      {error && <Alert type="error" role="alert" message={error} />}
      {mayStart && (
        <Button
          type="primary"
          onClick={start}
          loading={scan?.state === 'running'}
          disabled={scan?.state === 'running'}
        >
          {t('quality.scan.start')}
        </Button>
      )}
    </Space>
  );
}
