// A probable duplicate side by side: one column per person, the items that differ highlighted, names linking to
// each person's hukou history.
import { Link } from 'react-router-dom';
import { Table } from 'antd';
import { ETHNICITY_CODES, RELATIONSHIP_CODES, SEX_CODES } from '../../../../src/domain/codes/index.ts';
import type { QualityMessages } from './messages.ts';
import type { FindingPerson } from './qualityApi.ts';

export function SideBySide({ persons, m }: { persons: FindingPerson[]; m: QualityMessages }) {
  const rows: Array<{ key: string; label: string; values: string[] }> = [
    { key: 'name', label: m.name, values: persons.map((p) => p.name) },
    { key: 'idNumber', label: m.idNumbers, values: persons.map((p) => p.idNumber) },
    {
      key: 'sex',
      label: m.sex,
      values: persons.map((p) => SEX_CODES[p.sex as keyof typeof SEX_CODES] ?? p.sex),
    },
    { key: 'birthDate', label: m.birthDate, values: persons.map((p) => p.birthDate) },
    {
      key: 'ethnicity',
      label: m.ethnicity,
      values: persons.map((p) => ETHNICITY_CODES[p.ethnicity] ?? p.ethnicity),
    },
    {
      key: 'relation',
      label: m.relation,
      values: persons.map((p) => RELATIONSHIP_CODES[p.relation ?? ''] ?? ''),
    },
    {
      key: 'status',
      label: m.personStatus,
      values: persons.map((p) => (p.status === 'active' ? m.active : m.cancelled)),
    },
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
