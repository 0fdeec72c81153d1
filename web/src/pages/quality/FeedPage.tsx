// Department feed upload for the health commission (deaths) and the military (enlistments): the officer picks the
// contract's CSV file, the page reads and checks it in the browser (feedCsv.ts), then sends it in the API's request
// size with a progress bar; the server stores the records and reconciles them with the register at once (应销未销).
import { useState } from 'react';
import { Alert, Button, Card, Form, Progress, Radio, Typography } from 'antd';
import { FEED_RECORDS_PER_REQUEST } from '../../../../src/domain/quality/schema.ts';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { batches, readFeed, type FeedKind, type FeedProblem, type FeedRecord } from './feedCsv.ts';
import { qualityApi, type FeedResult } from './qualityApi.ts';

function problemText(p: FeedProblem, t: Translate): string {
  switch (p.kind) {
    case 'missing':
    case 'extra':
      return t(`quality.feeds.err.${p.kind}`, { column: p.column });
    case 'fields':
    case 'quote':
      return t(`quality.feeds.err.${p.kind}`, { line: p.line });
    case 'empty':
      return t('quality.feeds.err.empty');
    case 'row':
      return `${p.line}: ${p.column}: ${p.message}`;
  }
}

export default function FeedPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<FeedKind>('deaths');
  const [file, setFile] = useState<File | null>(null);
  const [records, setRecords] = useState<FeedRecord[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<FeedResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function read(next: File | null, feed: FeedKind) {
    setFile(next);
    setResult(null);
    setError(null);
    if (!next) {
      setRecords([]);
      setProblems([]);
      return;
    }
    const out = readFeed(feed, await next.text());
    setRecords(out.records);
    setProblems(out.problems.slice(0, 50).map((p) => problemText(p, t)));
  }

  async function send() {
    const parts = batches(records, FEED_RECORDS_PER_REQUEST);
    const sum: FeedResult = { received: 0, findings: 0, created: 0 };
    setError(null);
    try {
      for (const [i, part] of parts.entries()) {
        setProgress({ done: i, total: parts.length });
        const r = await qualityApi.feed(kind, part);
        sum.received += r.received;
        sum.findings += r.findings;
        sum.created += r.created;
      }
      setResult(sum);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  }

  return (
    <Card>
      <Typography.Title level={2}>{t('quality.feeds.title')}</Typography.Title>
      <Typography.Paragraph>{t('quality.feeds.intro')}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 640 }} disabled={progress !== null}>
        <Form.Item label={t('quality.feeds.kind')}>
          <Radio.Group
            value={kind}
            onChange={(e) => (
              setKind(e.target.value as FeedKind),
              void read(file, e.target.value as FeedKind)
            )}
            aria-label={t('quality.feeds.kind')}
          >
            <Radio value="deaths">{t('quality.feeds.deaths')}</Radio>
            <Radio value="enlistments">{t('quality.feeds.enlistments')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('quality.feeds.file')} htmlFor="feed-file">
          <input
            id="feed-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void read(e.target.files?.[0] ?? null, kind)}
          />
        </Form.Item>
        {file && problems.length === 0 && (
          <Alert
            type="info"
            message={t('quality.feeds.rows', { count: records.length })}
            style={{ marginBottom: 16 }}
          />
        )}
        {problems.length > 0 && (
          <Alert
            type="error"
            message={t('quality.feeds.badFile')}
            description={
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        {progress && (
          <div role="status" style={{ marginBottom: 16 }}>
            <Progress percent={Math.round((progress.done / progress.total) * 100)} status="active" />
            {t('quality.feeds.sending', { done: progress.done + 1, total: progress.total })}
          </div>
        )}
        {result && (
          <Alert
            type="success"
            role="status"
            message={t('quality.feeds.result', { ...result })}
            style={{ marginBottom: 16 }}
          />
        )}
        {error && <Alert type="error" message={error} style={{ marginBottom: 16 }} />}
        <Button
          type="primary"
          onClick={() => void send()}
          disabled={records.length === 0 || problems.length > 0}
          loading={progress !== null}
        >
          {t('quality.feeds.send')}
        </Button>
      </Form>
    </Card>
  );
}
