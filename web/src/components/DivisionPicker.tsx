// A division code picked from the tree, never typed: 昭通市 → county (县/市/区) → town (乡镇/街道) → village or
// community (村/居委会). Counties and towns are the domain's own table (src/domain/divisions); the villages and
// communities of a town are loaded when the town is opened, from GET /api/v1/registry/divisions. The form value is
// the code itself (a string); `depth` says how deep a choice must go (a destination is a 12-digit unit, an origin
// may stop at a county). `outside` adds a 6-digit county code for a hukou elsewhere in China.
import { useEffect, useMemo, useState } from 'react';
import { Cascader, Checkbox, Flex, Input } from 'antd';
import { CITY_CODE } from '../../../src/domain/divisions/city.ts';
import { COUNTIES, townsOf } from '../../../src/domain/divisions/tree.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

export type DivisionDepth = 'county' | 'town' | 'unit';

interface Option {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: Option[];
  disabled?: boolean;
}

export interface DivisionPickerProps {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** How deep a choice must reach: 'unit' (12 digits, the default), 'town' (9+) or 'county' (6+). */
  depth?: DivisionDepth;
  /** Offer "outside 昭通" with a 6-digit county code (a hukou's origin). */
  outside?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
}

const LENGTH: Record<DivisionDepth, number> = { county: 6, town: 9, unit: 12 };

/** Villages and communities under a 9-digit town, fetched once per town for the life of the page. */
const unitCache = new Map<string, Promise<Option[]>>();
function unitsOf(town: string): Promise<Option[]> {
  let hit = unitCache.get(town);
  if (!hit) {
    hit = api
      .get<{ units: Array<{ code: string; name: string }> }>(`/api/v1/registry/divisions?prefix=${town}`)
      .then((r) => r.units.map((u) => ({ value: u.code, label: u.name, isLeaf: true })));
    hit.catch(() => unitCache.delete(town)); // a failed load is tried again next time
    unitCache.set(town, hit);
  }
  return hit;
}

/** The path of codes from the city down to a code: 530602001003 → [5306, 530602, 530602001, 530602001003]. */
export function divisionPathOf(code: string): string[] {
  return [CITY_CODE, ...[6, 9, 12].filter((n) => code.length >= n).map((n) => code.slice(0, n))];
}

function baseTree(cityLabel: string): Option[] {
  const counties = [...COUNTIES.values()].map((county) => ({
    value: county.code,
    label: county.name,
    isLeaf: false,
    children: townsOf(county.code).map((town) => ({
      value: town.code,
      label: town.name,
      isLeaf: false, // its villages and communities are loaded when it is opened
    })),
  }));
  return [{ value: CITY_CODE, label: cityLabel, children: counties }];
}

export function DivisionPicker(props: DivisionPickerProps) {
  const { t } = useI18n();
  const { value, onChange, depth = 'unit', outside = false, disabled } = props;
  const [tree, setTree] = useState<Option[]>(() => baseTree(t('division.city')));
  const [failed, setFailed] = useState(false);
  const isOutside = Boolean(value) && !value!.startsWith(CITY_CODE);
  const [outsideChosen, setOutsideChosen] = useState(isOutside);
  const path = useMemo(() => (value && !isOutside ? divisionPathOf(value) : []), [value, isOutside]);

  async function openTown(town: string) {
    try {
      const units = await unitsOf(town);
      setFailed(false);
      setTree((current) => withUnits(current, town, units));
    } catch {
      setFailed(true);
    }
  }

  // A value set from outside (a register look-up, a draft) shows its village's name: load its town's units.
  useEffect(() => {
    if (value && value.length === 12 && value.startsWith(CITY_CODE)) void openTown(value.slice(0, 9));
  }, [value]);

  const cascader = (
    <Cascader
      id={props.id}
      aria-label={props['aria-label']}
      options={tree}
      value={path}
      disabled={disabled}
      placeholder={t('division.placeholder')}
      changeOnSelect={depth !== 'unit'}
      showSearch={{ filter: (input, options) => options.some((o) => String(o.label).includes(input)) }}
      loadData={(selected) => {
        const last = selected.at(-1);
        if (last && String(last.value).length === 9) void openTown(String(last.value));
      }}
      onChange={(codes) => {
        const code = (codes as string[] | undefined)?.at(-1);
        onChange?.(code || undefined); // too shallow a choice is the rule's to refuse (divisionRule)
      }}
      status={failed ? 'warning' : undefined}
      style={{ width: '100%' }}
    />
  );
  if (!outside) return cascader;
  return (
    <Flex vertical gap={8}>
      <Checkbox
        checked={outsideChosen}
        disabled={disabled}
        onChange={(e) => {
          setOutsideChosen(e.target.checked);
          onChange?.(undefined);
        }}
      >
        {t('division.outside')}
      </Checkbox>
      {outsideChosen ? (
        <Input
          id={props.id}
          aria-label={t('division.outsideCode')}
          placeholder={t('division.outsideCode')}
          inputMode="numeric"
          maxLength={6}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange?.(e.target.value.trim() || undefined)}
        />
      ) : (
        cascader
      )}
    </Flex>
  );
}

function withUnits(tree: Option[], town: string, units: Option[]): Option[] {
  return tree.map((city) => ({
    ...city,
    children: city.children?.map((county) =>
      town.startsWith(county.value)
        ? {
            ...county,
            children: county.children?.map((t) =>
              t.value === town ? { ...t, isLeaf: units.length === 0, children: units } : t,
            ),
          }
        : county,
    ),
  }));
}

/** An antd form rule: a code of the depth asked for (from the tree, or a 6-digit code outside the city). */
export function divisionRule(
  t: (key: 'division.required' | 'division.needUnit' | 'division.outsideInvalid') => string,
  depth: DivisionDepth = 'unit',
  required = true,
) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const code = typeof value === 'string' ? value : '';
      if (!code) {
        if (required) throw new Error(t('division.required'));
        return;
      }
      if (!code.startsWith(CITY_CODE)) {
        if (!/^\d{6}$/.test(code)) throw new Error(t('division.outsideInvalid'));
        return;
      }
      if (code.length < LENGTH[depth]) throw new Error(t('division.needUnit'));
    },
  };
}
