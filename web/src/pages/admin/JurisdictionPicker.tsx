// A jurisdiction picked from the 昭通 tree (city → county → town), never typed as digits: the value is the code of
// the last level chosen (5306, a county's 6 digits or a town's 9).
import { Cascader } from 'antd';
import { CITY_CODE, CITY_NAME } from '../../../../src/domain/divisions/city.ts';
import { COUNTIES, divisionPath, townsOf } from '../../../../src/domain/divisions/tree.ts';

interface Option {
  value: string;
  label: string;
  children?: Option[];
}

const TREE: Option[] = [
  {
    value: CITY_CODE,
    label: CITY_NAME,
    children: [...COUNTIES.values()].map((c) => ({
      value: c.code,
      label: c.name,
      children: townsOf(c.code).map((t) => ({ value: t.code, label: t.name })),
    })),
  },
];

/** The chain of codes the cascader shows for a jurisdiction code. */
function chainOf(code: string | undefined): string[] {
  if (!code) return [];
  return [
    CITY_CODE,
    code.length >= 6 ? code.slice(0, 6) : '',
    code.length >= 9 ? code.slice(0, 9) : '',
  ].filter(Boolean);
}

/** "昭通市 昭阳区 凤凰街道" for a jurisdiction code. */
export function jurisdictionName(code: string): string {
  return [CITY_NAME, ...divisionPath(code)].join(' ');
}

export function JurisdictionPicker({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
}) {
  return (
    <Cascader
      id={id}
      options={TREE}
      changeOnSelect
      showSearch
      value={chainOf(value)}
      onChange={(path) => onChange?.(path?.length ? String(path[path.length - 1]) : undefined)}
      style={{ width: '100%' }}
    />
  );
}
