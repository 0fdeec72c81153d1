// One finding: what was found and why (clauses, evidence), the persons side by side for a duplicate, and the
// resolution form. Each resolution is a registry event written by the server through the registry's use cases.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Radio, Select, Space, Table, Tag, message } from 'antd';
import { ETHNICITY_CODES, RELATIONSHIP_CODES, SEX_CODES } from '../../../../src/domain/codes/index.ts';
import { FINDING_CODE_INFO } from '../../../../src/domain/quality/codes.ts';
import { CORRECTABLE_FIELDS, FIELD_LABELS } from '../../../../src/domain/registry/events.ts';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { codeLabel } from './FindingsPage.tsx';
import { messages } from './messages.ts';
import { qualityApi, type FindingPerson, type FindingView } from './qualityApi.ts';

type Action = 'merge' | 'not-duplicate' | 'later' | 'correct' | 'upgrade' | 'record-death' | 'cancel-enlisted' | 'dismiss';

function actionsFor(code: string): Action[] {
  const r = FINDING_CODE_INFO[code as keyof typeof FINDING_CODE_INFO]?.resolutions ?? [];
  const out: Action[] = [];
  if (r.includes('merge')) out.push('merge');
  if (code === 'probable-duplicate') out.push('not-duplicate');
  if (r.includes('correct')) out.push('correct');
  if (r.includes('upgrade')) out.push('upgrade');
  if (code === 'deceased-not-cancelled') out.push('record-death');
  if (code === 'enlisted-not-cancelled') out.push('cancel-enlisted');
  return [...out, 'later', 'dismiss'];
}

function SideBySide({ persons, m }: { persons: FindingPerson[]; m: ReturnType<typeof messages> }) {
  const rows: Array<{ key: string; label: string; values: string[] }> = [
    { key: 'name', label: m.name, values: persons.map((p) => p.name) },
    { key: 'idNumber', label: m.idNumbers, values: persons.map((p) => p.idNumber) },
    { key: 'sex', label: m.sex, values: persons.map((p) => SEX_CODES[p.sex as keyof typeof SEX_CODES] ?? p.sex) },
    { key: 'birthDate', label: m.birthDate, values: persons.map((p) => p.birthDate) },
    { key: 'ethnicity', label: m.ethnicity, values: persons.map((p) => ETHNICITY_CODES[p.ethnicity] ?? p.ethnicity) },
    { key: 'relation', label: m.relation, values: persons.map((p) => RELATIONSHIP_CODES[p.relation ?? ''] ?? '') },
    { key: 'status', label: m.personStatus, values: persons.map((p) => (p.status === 'active' ? m.active : m.cancelled)) },
  ];
  return (
    <Table
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: '', dataIndex: 'label', width: 140 },
        ...persons.map((p, i) => ({
          title: <Link to={`/registry/persons/${p.personId}`}>{p.name}</Link>,
          key: p.personId,
          render: (_: unknown, row: (typeof rows)[number]) => {
            const same = row.values.every((v) => v === row.values[0]);
            return <span style={same ? undefined : { background: '#fff1b8' }}>{row.values[i]}</span>;
          },
        })),
      ]}
    />
  );
}

export default function FindingPage() {
  const { id = '' } = useParams();
  const { language } = useI18n();
  const m = messages(language);
  const navigate = useNavigate();
  const [view, setView] = useState<{ finding: FindingView; persons: FindingPerson[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [action, setAction] = useState<Action>('later');
  const [form] = Form.useForm();
  useEffect(() => {
    qualityApi.finding(id).then((v) => (setView(v), setAction(actionsFor(v.finding.code)[0]!)), (e: Error) => setError(e.message));
  }, [id]);
  if (error) return <Alert type="error" message={error} />;
  if (!view) return null;
  const { finding, persons } = view;
  const personOptions = persons.map((p) => ({ value: p.personId, label: `${p.name} ${p.idNumber}` }));

  async function submit(values: Record<string, unknown>) {
    const person = persons.find((p) => p.personId === values.personId) ?? persons[0];
    const base = { action, version: finding.version, reason: values.reason };
    let body: Record<string, unknown> = base;
    if (action === 'merge') {
      const cancel = persons.find((p) => p.personId === values.cancelPersonId)!;
      const keep = persons.find((p) => p.personId !== cancel.personId)!;
      body = { ...base, cancelPersonId: cancel.personId, cancelPersonVersion: cancel.version, keepPersonId: keep.personId };
    } else if (action === 'correct') body = { ...base, personId: person!.personId, personVersion: person!.version, field: values.field, after: values.after ?? null };
    else if (action === 'upgrade' || action === 'cancel-enlisted') body = { ...base, personId: person!.personId, personVersion: person!.version };
    else if (action === 'record-death') body = { ...base, personId: person!.personId, personVersion: person!.version, deathDate: (values.deathDate as { format(f: string): string }).format('YYYY-MM-DD') };
    try {
      await qualityApi.resolve(finding.findingId, body);
      message.success(m.done);
      navigate('/quality');
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.issues.map((i) => ({ name: i.path.split('.').pop() || 'reason', errors: [i.message] })));
      message.error((e as Error).message);
    }
  }

  const closed = finding.status === 'resolved' || finding.status === 'dismissed';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={codeLabel(finding.code, language)} extra={<Link to="/quality">{m.back}</Link>}>
        <Descriptions column={2}>
          <Descriptions.Item label={m.clauses}>{finding.clauses.map((c) => <Tag key={c}>{c}</Tag>)}</Descriptions.Item>
          <Descriptions.Item label={m.status}>{m[finding.status as 'open'] ?? finding.status}</Descriptions.Item>
          <Descriptions.Item label={m.idNumbers}>{finding.idNumbers.join('、')}</Descriptions.Item>
          <Descriptions.Item label={m.households}>{finding.householdNos.join('、')}</Descriptions.Item>
          <Descriptions.Item label={m.due}>{finding.dueOn}</Descriptions.Item>
          {'score' in finding.detail && <Descriptions.Item label={m.score}>{String(finding.detail.score)}</Descriptions.Item>}
          <Descriptions.Item label={m.evidence} span={2}><code>{JSON.stringify(finding.detail.evidence ?? finding.detail, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))}</code></Descriptions.Item>
        </Descriptions>
      </Card>
      {persons.length > 1 && <Card title={m.compare}><SideBySide persons={persons} m={m} /></Card>}
      {!closed && (
        <Card title={m.resolution}>
          <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
            <Form.Item label={m.action}>
              <Radio.Group value={action} onChange={(e) => setAction(e.target.value as Action)}>
                <Space direction="vertical">
                  {actionsFor(finding.code).map((a) => (
                    <Radio key={a} value={a}>{m[({ merge: 'merge', 'not-duplicate': 'notDuplicate', later: 'later', correct: 'correct', upgrade: 'upgrade', 'record-death': 'recordDeath', 'cancel-enlisted': 'cancelEnlisted', dismiss: 'dismiss' } as const)[a]]}</Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
            {action === 'merge' && (
              <Form.Item name="cancelPersonId" label={m.cancelWho} rules={[{ required: true }]}>
                <Select options={personOptions} />
              </Form.Item>
            )}
            {['correct', 'upgrade', 'record-death', 'cancel-enlisted'].includes(action) && persons.length > 1 && (
              <Form.Item name="personId" label={m.name}><Select options={personOptions} /></Form.Item>
            )}
            {action === 'correct' && (
              <>
                <Form.Item name="field" label={m.field} initialValue={String(finding.detail.field ?? 'name')}>
                  <Select options={CORRECTABLE_FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f] }))} />
                </Form.Item>
                <Form.Item name="after" label={m.after} initialValue={String(finding.detail.inIdNumber ?? '')}><Input /></Form.Item>
              </>
            )}
            {action === 'record-death' && (
              <Form.Item name="deathDate" label={m.deathDate} rules={[{ required: true }]}><DatePicker /></Form.Item>
            )}
            <Form.Item name="reason" label={m.reason} rules={[{ required: action !== 'later' }]}><Input.TextArea rows={2} /></Form.Item>
            <Button type="primary" htmlType="submit">{m.submit}</Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
