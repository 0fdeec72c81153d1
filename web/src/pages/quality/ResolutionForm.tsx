// The resolution form of one finding: the actions its code allows (resolution.ts) and the fields each needs —
// whom to cancel and keep for a merge, the item with its value before and after for a correction, the upgraded
// number, the death date, the new head where a head leaves or a household has none or several. The server writes
// the registry event; its refusal lands on the field it names.
import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Radio, Select, Space, Spin } from 'antd';
import { HEAD_RELATION } from '../../../../src/domain/codes/relationships.ts';
import { upgradeIdNumber } from '../../../../src/domain/identity/id-number.ts';
import { CORRECTABLE_FIELDS, FIELD_LABELS } from '../../../../src/domain/registry/events.ts';
import { ApiError } from '../../api/client.ts';
import { HeadFields } from './HeadFields.tsx';
import type { QualityMessages } from './messages.ts';
import { qualityApi, type FindingHousehold, type FindingPerson, type FindingView } from './qualityApi.ts';
import {
  ACTION_LABEL,
  PERSON_ACTIONS,
  actionsFor,
  proposedCorrection,
  resolutionBody,
  type Action,
} from './resolution.ts';

type Candidate = {
  personId: string;
  version: number;
  name: string;
  idNumber: string;
  relation: string | null;
} & Partial<Record<string, unknown>>;

interface Props {
  finding: FindingView;
  persons: FindingPerson[];
  households: FindingHousehold[];
  m: QualityMessages;
  onDone(): void;
}

export function ResolutionForm({ finding, persons, households, m, onDone }: Props) {
  const actions = actionsFor(finding.code);
  const [action, setAction] = useState<Action>(actions[0]!);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  // Household findings name no ID numbers: their members are the persons a correction may concern.
  const members = households.flatMap((h) => h.members);
  const candidates: Candidate[] = [
    ...persons,
    ...members.filter((x) => !persons.some((p) => p.personId === x.personId)),
  ];
  const pick = (id: unknown) => candidates.find((c) => c.personId === id);
  const optionsOf = (list: ReadonlyArray<{ personId: string; name: string; idNumber: string }>) =>
    list.map((p) => ({ value: p.personId, label: `${p.name} ${p.idNumber}` }));
  const options = optionsOf(candidates);
  const chosenId = (Form.useWatch('personId', form) as string | undefined) ?? candidates[0]?.personId;
  const chosen = pick(chosenId);
  const field = (Form.useWatch('field', form) as string | undefined) ?? '';
  const proposed = proposedCorrection(finding.detail, chosen?.idNumber);
  const leavingHead =
    chosen?.relation === HEAD_RELATION && members.filter((x) => x.personId !== chosen.personId).length > 0;

  async function submit(values: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    const v: Record<string, unknown> = { ...values, personId: values.personId ?? chosenId };
    if (action === 'record-death')
      v.deathDate = (values.deathDate as { format(f: string): string }).format('YYYY-MM-DD');
    // A merge is between the persons the finding names, never their housemates.
    if (action === 'merge' && !v.keepPersonId)
      v.keepPersonId = persons.find((c) => c.personId !== v.cancelPersonId)?.personId;
    try {
      await qualityApi.resolve(
        finding.findingId,
        resolutionBody(action, finding.version, v, pick, households[0]),
      );
      onDone();
    } catch (e) {
      const names = new Set([
        'reason',
        'after',
        'field',
        'deathDate',
        'cancelPersonId',
        'newHeadPersonId',
        'formerHeadPersonId',
        'formerHeadRelation',
      ]);
      if (e instanceof ApiError) {
        form.setFields(
          e.issues.flatMap((i) => {
            const name = i.path.split('.').pop() ?? '';
            return names.has(name) ? [{ name, errors: [i.message] }] : [];
          }),
        );
      }
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Spin spinning={busy} tip={m.submitting}>
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }} disabled={busy}>
        <Form.Item label={m.action}>
          <Radio.Group
            value={action}
            onChange={(e) => setAction(e.target.value as Action)}
            aria-label={m.action}
          >
            <Space direction="vertical">
              {actions.map((a) => (
                <Radio key={a} value={a}>
                  {m[ACTION_LABEL[a]]}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {action === 'merge' && (
          <>
            <Form.Item
              name="cancelPersonId"
              label={m.cancelWho}
              rules={[{ required: true, message: m.required }]}
            >
              <Select options={optionsOf(persons)} />
            </Form.Item>
            {persons.length > 2 && (
              <Form.Item
                name="keepPersonId"
                label={m.keepWho}
                rules={[{ required: true, message: m.required }]}
              >
                <Select options={optionsOf(persons)} />
              </Form.Item>
            )}
          </>
        )}
        {PERSON_ACTIONS.includes(action) && candidates.length > 1 && (
          <Form.Item name="personId" label={m.name} initialValue={candidates[0]?.personId}>
            <Select options={options} />
          </Form.Item>
        )}
        {action === 'correct' && (
          <>
            <Form.Item name="field" label={m.field} initialValue={proposed.field}>
              <Select options={CORRECTABLE_FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f] }))} />
            </Form.Item>
            <Form.Item label={m.before}>
              <Input value={String(chosen?.[field] ?? '')} readOnly aria-label={m.before} />
            </Form.Item>
            <Form.Item name="after" label={m.after} initialValue={proposed.after}>
              <Input />
            </Form.Item>
          </>
        )}
        {action === 'upgrade' && chosen && (
          <Form.Item label={m.upgradeTo}>
            <Input value={upgradeIdNumber(chosen.idNumber)} readOnly aria-label={m.upgradeTo} />
          </Form.Item>
        )}
        {action === 'record-death' && (
          <Form.Item name="deathDate" label={m.deathDate} rules={[{ required: true, message: m.required }]}>
            <DatePicker />
          </Form.Item>
        )}
        {(action === 'record-death' || action === 'cancel-enlisted') && leavingHead && (
          <Form.Item
            name="newHeadPersonId"
            label={m.newHead}
            rules={[{ required: true, message: m.required }]}
          >
            <Select
              options={members
                .filter((x) => x.personId !== chosen?.personId)
                .map((x) => ({ value: x.personId, label: `${x.name} ${x.idNumber}` }))}
            />
          </Form.Item>
        )}
        {action === 'change-head' && <HeadFields household={households[0]} m={m} />}
        <Form.Item
          name="reason"
          label={m.reason}
          rules={[{ required: action !== 'later', message: m.required }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        {error && <Alert type="error" message={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {m.submit}
        </Button>
      </Form>
    </Spin>
  );
}
