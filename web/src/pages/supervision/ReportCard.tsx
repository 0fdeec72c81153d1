// One report with its history and the buttons of whoever may act on it now: the lead unit accepts or returns (with a
// reason), the filing unit refiles a returned report, the supervisor comments and rates an accepted one. The buttons
// come from the same domain table the server decides with.
import { useState } from 'react';
import { Alert, Button, Card, Input, InputNumber, Rate, Space, Tag, Timeline, Typography } from 'antd';
import type { SessionUser } from '../../../../src/domain/auth/schema.ts';
import { INDICATORS, type IndicatorId } from '../../../../src/domain/supervision/indicators.ts';
import { mayTakeReportAction } from '../../../../src/domain/supervision/access.ts';
import { actionAllowedFrom, type ReportAction } from '../../../../src/domain/supervision/reports.ts';
import { findItem } from '../../../../src/domain/supervision/tasks.ts';
import { unitByCode } from '../../../../src/domain/supervision/units.ts';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DONE_COLOR } from './StatusTag.tsx';
import { supervisionApi, type ReportView } from './supervisionApi.ts';

const STATE_COLORS = { filed: 'blue', accepted: DONE_COLOR, returned: 'red' } as const;

export function ReportCard({
  report,
  user,
  onChanged,
}: {
  report: ReportView;
  user: SessionUser;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [rating, setRating] = useState(0);
  const [text, setText] = useState(report.text);
  const [percent, setPercent] = useState<number | null>(report.percent);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const item = findItem(report.itemId)!;
  const may = (a: ReportAction) =>
    actionAllowedFrom(a, report.state) && mayTakeReportAction(user, a, item, report.unitCode);

  async function act(body: Parameters<typeof supervisionApi.act>[2]) {
    setBusy(true);
    setError(null);
    try {
      await supervisionApi.act(report.itemId, report.reportId, body);
      setReason('');
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.issues.map((i) => i.message)].join('：') : String(e));
    } finally {
      setBusy(false);
    }
  }
  const version = report.version;
  const reasonInput = (
    <Input
      aria-label={t('supervision.form.reason')}
      placeholder={t('supervision.form.reason')}
      value={reason}
      onChange={(e) => setReason(e.target.value)}
      style={{ width: 320 }}
    />
  );

  return (
    <Card
      size="small"
      title={`${report.itemId} · ${report.unitName}`}
      extra={
        <Space>
          <Tag color={STATE_COLORS[report.state]}>{t(`supervision.report.state.${report.state}`)}</Tag>
          {report.rating ? <Rate disabled value={report.rating} /> : null}
        </Space>
      }
    >
      <Typography.Paragraph>
        {report.text} <Typography.Text strong>（{report.percent}%）</Typography.Text>
      </Typography.Paragraph>
      {report.attachments.map((a) => (
        <Typography.Paragraph key={a.name} type="secondary">
          📎 {a.name}：{a.reference}
        </Typography.Paragraph>
      ))}
      {report.indicators.length > 0 && (
        <Typography.Paragraph>
          {t('supervision.form.indicators')}：
          {report.indicators.map((i) => (
            <Tag key={i}>{INDICATORS[i as IndicatorId]?.name ?? i}</Tag>
          ))}
        </Typography.Paragraph>
      )}
      <Typography.Text type="secondary">{t('supervision.history')}</Typography.Text>
      <Timeline
        style={{ marginTop: 8 }}
        items={report.events.map((e) => ({
          children: `${e.at.slice(0, 16).replace('T', ' ')} ${t(`supervision.action.${e.action}`)} · ${
            e.unitCode ? (unitByCode(e.unitCode)?.name ?? e.unitCode) : (e.actorRole ?? '')
          } ${e.actorUsername ?? ''}${e.rating ? ` · ${'★'.repeat(e.rating)}` : ''}${e.reason ? `：${e.reason}` : ''}`,
        }))}
      />
      {error && <Alert type="error" message={error} style={{ marginBottom: 8 }} />}
      <Space wrap>
        {(may('return') || may('comment')) && reasonInput}
        {may('accept') && (
          <Button type="primary" loading={busy} onClick={() => act({ action: 'accept', version })}>
            {t('supervision.action.accept')}
          </Button>
        )}
        {may('return') && (
          <Button danger loading={busy} onClick={() => act({ action: 'return', version, reason })}>
            {t('supervision.action.return')}
          </Button>
        )}
        {may('comment') && (
          <Button loading={busy} onClick={() => act({ action: 'comment', version, reason })}>
            {t('supervision.action.comment')}
          </Button>
        )}
        {may('rate') && (
          <>
            <Rate aria-label={t('supervision.form.rating')} value={rating} onChange={setRating} />
            <Button
              disabled={!rating}
              loading={busy}
              onClick={() => act({ action: 'rate', version, rating })}
            >
              {t('supervision.action.rate')}
            </Button>
          </>
        )}
        {may('refile') && (
          <>
            <Input.TextArea
              aria-label={t('supervision.form.text')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={2}
              style={{ width: 360 }}
            />
            <InputNumber
              aria-label={t('supervision.form.percent')}
              min={0}
              max={100}
              value={percent}
              onChange={setPercent}
            />
            <Button
              loading={busy}
              onClick={() => act({ action: 'refile', version, text, percent: percent ?? 0 })}
            >
              {t('supervision.action.refile')}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}
