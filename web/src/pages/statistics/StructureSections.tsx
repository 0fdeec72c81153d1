// The registered population's make-up in the viewed area: the age pyramid, the sex ratio and households, and the
// ethnicities.
import { useMemo } from 'react';
import { Descriptions } from 'antd';
import { EChart } from '../../components/EChart.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { pyramidChart, shareChart } from './chartOptions.ts';
import { formatCount } from './format.ts';
import { Section, type DashboardPart } from './Section.tsx';
import type { StructureOutput } from './statsApi.ts';

function Pyramid({ structure }: { structure: StructureOutput }) {
  const { t } = useI18n();
  const option = useMemo(
    () => pyramidChart(structure.pyramid, { male: t('statistics.male'), female: t('statistics.female') }),
    [structure, t],
  );
  return <EChart option={option} label={t('statistics.section.pyramid')} height={420} />;
}

function Ethnicities({ structure }: { structure: StructureOutput }) {
  const { t, language } = useI18n();
  const option = useMemo(
    () =>
      shareChart(
        structure.ethnicities.map((e) => ({ name: e.name, value: e.persons })),
        t('statistics.otherEthnicities'),
      ),
    [structure, t],
  );
  const { households, sexRatio } = structure;
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={t('statistics.sexRatio')}>
          <span data-measure="sex-ratio">{sexRatio === null ? '—' : sexRatio.toFixed(1)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('statistics.personsPerFamily')}>
          {households.personsPerFamily === null ? '—' : households.personsPerFamily.toFixed(2)}
        </Descriptions.Item>
        <Descriptions.Item label={t('statistics.familyHouseholds')}>
          {formatCount(households.family, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('statistics.collectiveHouseholds')}>
          {formatCount(households.collective, language)}
        </Descriptions.Item>
      </Descriptions>
      <EChart option={option} label={t('statistics.section.ethnicities')} height={320} />
    </>
  );
}

export function StructureSections({ data }: Pick<DashboardPart, 'data'>) {
  const { t } = useI18n();
  return (
    <>
      <Section
        half
        title={t('statistics.section.pyramid')}
        load={data.structure}
        csv={(s) => ({
          header: [t('statistics.csv.band'), t('statistics.male'), t('statistics.female')],
          rows: s.pyramid.map((r) => [r.band, r.male, r.female]),
        })}
        csvName="age-pyramid"
      >
        {(s) => <Pyramid structure={s} />}
      </Section>
      <Section
        half
        title={t('statistics.section.ethnicities')}
        load={data.structure}
        csv={(s) => ({
          header: [t('statistics.csv.code'), t('statistics.csv.name'), t('statistics.csv.persons')],
          rows: s.ethnicities.map((e) => [e.code, e.name, e.persons]),
        })}
        csvName="ethnicities"
      >
        {(s) => <Ethnicities structure={s} />}
      </Section>
    </>
  );
}
