// Admin import page (issue 6): upload the contract's CSV files, start the import, watch its progress (rows/s, ETA),
// read the bad rows and download rejects.csv. The server runs the same import as `hukou import`.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, List, Progress, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';
import { apiRequest, ApiError } from '../../api/client.ts';
import { importMessages } from './messages.ts';

interface UploadView {
  id: string;
  files: string[];
  state: 'receiving' | 'importing' | 'committed' | 'failed';
  progress: {
    done: number;
    total: number | null;
    rows: number;
    rowsPerSecond: number;
    etaSeconds: number | null;
  } | null;
  messages: string[];
  error: string | null;
  counts: { persons: number; households: number; rejected: number; flagged: number } | null;
  hasRejects: boolean;
}

async function putFile(id: string, file: File): Promise<UploadView> {
  const r = await fetch(`/api/v1/imports/${id}/files/${encodeURIComponent(file.name)}`, {
    method: 'PUT',
    body: file,
    headers: { 'Content-Type': 'text/csv' },
    credentials: 'same-origin',
  });
  const body = await r.json();
  if (!r.ok)
    throw new ApiError(
      r.status,
      body.error?.code ?? 'internal',
      body.error?.message ?? r.statusText,
      body.error?.issues ?? [],
    );
  return body as UploadView;
}

export default function ImportPage() {
  const { language } = useI18n();
  const m = importMessages(language);
  const [upload, setUpload] = useState<UploadView | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const ensureUpload = async () => upload ?? (await apiRequest<UploadView>('POST', '/api/v1/imports'));
  const fail = (e: unknown) =>
    setError(
      e instanceof ApiError && e.status === 403 ? m.forbidden : e instanceof Error ? e.message : String(e),
    );

  useEffect(() => {
    if (upload?.state !== 'importing') return;
    const timer = setInterval(() => {
      apiRequest<UploadView>('GET', `/api/v1/imports/${upload.id}`).then(setUpload, fail);
    }, 1000);
    return () => clearInterval(timer);
  }, [upload?.id, upload?.state]);

  const percent = upload?.progress?.total
    ? Math.floor((upload.progress.done / upload.progress.total) * 100)
    : 0;
  return (
    <Card title={m.title}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{m.intro}</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} />}
        <Upload
          multiple
          accept=".csv,text/csv"
          showUploadList={false}
          disabled={upload !== null && upload.state !== 'receiving'}
          customRequest={({ file, onSuccess, onError }) => {
            ensureUpload()
              .then((u) => putFile(u.id, file as File))
              .then((u) => {
                setUpload(u);
                onSuccess?.(u);
              })
              .catch((e: Error) => {
                fail(e);
                onError?.(e);
              });
          }}
        >
          <Button icon={<UploadOutlined />}>{m.choose}</Button>
        </Upload>
        {upload && upload.files.length > 0 && (
          <Typography.Text>
            {m.uploaded}: {upload.files.join('、')}
          </Typography.Text>
        )}
        <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)}>
          {m.skipInvalid}
        </Checkbox>
        <Button
          type="primary"
          disabled={!upload || upload.state !== 'receiving' || upload.files.length === 0}
          onClick={() =>
            apiRequest<UploadView>('POST', `/api/v1/imports/${upload!.id}/start`, { skipInvalid }).then(
              setUpload,
              fail,
            )
          }
        >
          {m.start}
        </Button>
        {upload && upload.state !== 'receiving' && (
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={m.state}>{m[upload.state]}</Descriptions.Item>
            <Descriptions.Item label={m.rows}>
              <Progress
                percent={upload.state === 'committed' ? 100 : percent}
                status={upload.state === 'failed' ? 'exception' : undefined}
              />
              {upload.progress?.rows ?? 0}
            </Descriptions.Item>
            <Descriptions.Item label={m.rate}>{upload.progress?.rowsPerSecond ?? 0}</Descriptions.Item>
            <Descriptions.Item label={m.eta}>{upload.progress?.etaSeconds ?? '—'}</Descriptions.Item>
            {upload.counts && (
              <Descriptions.Item label={m.counts}>
                {m.persons} {upload.counts.persons} · {m.households} {upload.counts.households} · {m.rejected}{' '}
                {upload.counts.rejected} · {m.flagged} {upload.counts.flagged}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
        {upload?.error && <Alert type="error" showIcon message={upload.error} />}
        {upload && upload.messages.length > 0 && (
          <List
            size="small"
            header={m.rejects}
            bordered
            dataSource={upload.messages}
            renderItem={(line) => (
              <List.Item>
                <Typography.Text code>{line}</Typography.Text>
              </List.Item>
            )}
          />
        )}
        {upload?.hasRejects && (
          <a href={`/api/v1/imports/${upload.id}/rejects.csv`} download="rejects.csv">
            {m.download}
          </a>
        )}
        {upload && (upload.state === 'committed' || upload.state === 'failed') && (
          <Button onClick={() => setUpload(null)}>{m.again}</Button>
        )}
      </Space>
    </Card>
  );
}
