// The change-of-head fields for a head anomaly (T12): the household's active members with their relations, who is
// head from now on, and — where the household has several heads — who steps down and which relation that person
// takes. With no head, the chosen member becomes head replacing nobody.
import { Link } from 'react-router-dom';
import { Alert, Form, Select, Table } from 'antd';
import { HEAD_RELATION } from '../../../../src/domain/codes/relationships.ts';
import { RELATIONSHIP_CODES } from '../../../../src/domain/codes/index.ts';
import { MEMBER_RELATION_OPTIONS } from '../applications/codeOptions.ts';
import type { QualityMessages } from './messages.ts';
import type { FindingHousehold } from './qualityApi.ts';

export function HeadFields({
  household,
  m,
}: {
  household: FindingHousehold | undefined;
  m: QualityMessages;
}) {
  if (!household || household.status !== 'active') return <Alert type="warning" message={m.householdGone} />;
  const heads = household.members.filter((p) => p.relation === HEAD_RELATION);
  const option = (p: FindingHousehold['members'][number]) => ({
    value: p.personId,
    label: `${p.name} ${p.idNumber}`,
  });
  const several = heads.length > 1;
  return (
    <>
      <Alert
        type="info"
        showIcon
        message={several ? m.severalHeadsNote : m.noHeadNote}
        style={{ marginBottom: 16 }}
      />
      <Table
        size="small"
        rowKey="personId"
        pagination={false}
        style={{ marginBottom: 16 }}
        title={() => (
          <Link
            to={`/registry/households/${household.householdId}`}
          >{`${m.members} · ${m.household} ${household.householdNo}`}</Link>
        )}
        dataSource={household.members}
        columns={[
          { title: m.name, dataIndex: 'name' },
          { title: m.idNumbers, dataIndex: 'idNumber' },
          {
            title: m.relation,
            dataIndex: 'relation',
            render: (r: string | null) => (r ? `${r} ${RELATIONSHIP_CODES[r] ?? ''}` : ''),
          },
        ]}
      />
      <Form.Item name="newHeadPersonId" label={m.newHead} rules={[{ required: true, message: m.required }]}>
        <Select options={(several ? heads : household.members).map(option)} />
      </Form.Item>
      {several && (
        <Form.Item
          name="formerHeadPersonId"
          label={m.formerHead}
          rules={[{ required: true, message: m.required }]}
        >
          <Select options={heads.map(option)} />
        </Form.Item>
      )}
      <Form.Item
        name="formerHeadRelation"
        label={m.formerHeadRelation}
        initialValue="97"
        hidden={!several}
        rules={[{ required: true, message: m.required }]}
      >
        <Select options={MEMBER_RELATION_OPTIONS} showSearch optionFilterProp="label" />
      </Form.Item>
    </>
  );
}
