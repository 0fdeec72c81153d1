// The review screen: the decision with its explanation and the clause texts, the materials checklist, the history,
// and the actions this user may take now (the server decides; the buttons follow availableActions).
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, List, Space, Tag, Typography } from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

interface Detail {
  id: string; number: string; stateName: string; applicantName: string; version: number; availableActions: string[];
  evaluation: { policyVersion: string; decision: { outcome: string; clauses: string[]; reasons: { clause: string; met: boolean; message: string }[] }; explanation: { clauses: { id: string; summary: string; text: string }[] } } | null;
  checklist: { code: string; name: string; received: boolean }[];
  events: { seq: number; action: string; actor: string | null; reason: string | null; at: string }[];
  permit: { number: string; validUntil: string; status: string } | null;
}

export default function ReviewPage() {
  const { id } = useParams();
  const m = messages(useI18n().language);
  const [d, setD] = useState<Detail | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => api.get<Detail>(`/api/v1/applications/${id}`).then(setD, (e) => setError(String(e))), [id]);
  useEffect(() => void load(), [load]);
  if (!d) return <Card>{error && <Alert type="error" message={error} />}</Card>;

  async function act(action: string) {
    setError(null);
    try {
      await api.post(`/api/v1/applications/${id}/${action}`, { version: d!.version, ...(reason ? { reason } : {}) });
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? `${e.message} ${e.issues.map((i) => i.message).join('；')}` : String(e));
    }
  }
  const labels: Record<string, string> = { submit: m.submit, accept: m.accept, 'request-supplement': m.supplement, approve: m.approve, reject: m.reject, register: m.register };
  const outcome = d.evaluation?.decision.outcome;
  return (
    <Card>
      <Link to="/applications">{m.back}</Link>
      <Typography.Title level={2}>{m.review} {d.number}</Typography.Title>
      <Descriptions column={1} items={[
        { key: 'a', label: m.applicant, children: d.applicantName },
        { key: 's', label: m.state, children: <span data-testid="application-state">{d.stateName}</span> },
        ...(d.permit ? [{ key: 'p', label: m.permit, children: <span data-testid="permit-number">{d.permit.number}</span> }] : []),
      ]} />
      {d.evaluation && (
        <>
          <Typography.Title level={3}>{m.decision}</Typography.Title>
          <Tag color={outcome === 'eligible' ? 'green' : outcome === 'ineligible' ? 'red' : 'orange'} data-testid="outcome">{m[outcome as 'eligible'] ?? outcome}</Tag>
          <span>{m.clauses}：{d.evaluation.decision.clauses.join('、')}（{d.evaluation.policyVersion}）</span>
          <List size="small" header={m.reasons} dataSource={d.evaluation.decision.reasons} renderItem={(r) => (
            <List.Item><Tag color={r.met ? 'green' : 'red'}>{r.clause}</Tag>{r.message}</List.Item>
          )} />
          <List size="small" dataSource={d.evaluation.explanation.clauses} renderItem={(c) => (
            <List.Item><Typography.Text strong>{c.id}</Typography.Text>&nbsp;<Typography.Text type="secondary">{c.text}</Typography.Text></List.Item>
          )} />
        </>
      )}
      <List size="small" header={m.checklist} dataSource={d.checklist} renderItem={(c) => <List.Item>{c.name} <Tag>{c.received ? m.received : m.missing}</Tag></List.Item>} />
      {error && <Alert type="error" role="alert" message={error} style={{ margin: '16px 0' }} />}
      <Space wrap style={{ marginTop: 16 }}>
        <Input aria-label={m.reason} placeholder={m.reason} value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 320 }} />
        {d.availableActions.filter((a) => labels[a]).map((a) => <Button key={a} type={a === 'approve' || a === 'register' ? 'primary' : 'default'} onClick={() => act(a)}>{labels[a]}</Button>)}
        {d.permit && <a href={`/api/v1/applications/${d.id}/permit.pdf`} target="_blank" rel="noreferrer">{m.printPermit}</a>}
      </Space>
      <List size="small" header={m.events} dataSource={d.events} renderItem={(e) => <List.Item>{new Date(e.at).toLocaleString('zh-CN')} {e.action} {e.actor ?? ''} {e.reason ?? ''}</List.Item>} />
    </Card>
  );
}
