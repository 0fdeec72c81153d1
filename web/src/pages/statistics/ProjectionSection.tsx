// T1 if the settlement policy were applied to the people already here (issue 16's projection): the city's and each
// county's registered urbanization now and projected against the target, who would qualify by which clause, and
// why the others would not. Computed on request (it evaluates every person living apart from their hukou), under
// today's parameters or a shipped reform file.
import { useEffect, useMemo, useState } from 'react';
import { Button, Descriptions, Select, Space, Table } from 'antd';
import { EChart } from '../../components/EChart.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { categoryChart } from './chartOptions.ts';
import { formatCount, formatRate } from './format.ts';
import { Section } from './Section.tsx';
import { statsApi, type ProjectionOutput, type ReformFile } from './statsApi.ts';
import type { Loadable } from './useStatsData.ts';

const TODAY = '';

function ProjectionView({ projection }: { projection: ProjectionOutput }) {
  const { t, language } = useI18n();
  const { counties, city, target, byClause, ineligibleReasons, evaluated } = projection;
  const countyOption = useMemo(
    () =>
      categoryChart(
        counties.map((c) => c.name),
        [
          {
            name: t('statistics.urbanization.registered'),
            values: counties.map((c) => c.urbanization.registered),
          },
          {
            name: t('statistics.projection.projected'),
            values: counties.map((c) => c.urbanization.projected),
          },
        ],
        {
          percent: true,
          rotate: true,
          target: { value: target.registered, name: `T1 ${formatRate(target.registered)}` },
        },
      ),
    [counties, target, t],
  );
  const clauseOption = useMemo(
    () =>
      categoryChart(
        byClause.map((c) => c.clause),
        [{ name: t('statistics.projection.eligible'), values: byClause.map((c) => c.persons) }],
      ),
    [byClause, t],
  );
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('statistics.projection.evaluated')}>
          {t('statistics.projection.evaluatedValue', {
            apart: formatCount(evaluated.apart, language),
            permits: formatCount(evaluated.permitHolders, language),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('statistics.projection.eligible')}>
          {formatCount(city.eligible, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('statistics.projection.cityRate')}>
          {formatRate(city.urbanization.registered)} → {formatRate(city.urbanization.projected)}
        </Descriptions.Item>
      </Descriptions>
      <EChart option={countyOption} label={t('statistics.projection.byCounty')} />
      <EChart option={clauseOption} label={t('statistics.projection.byClause')} height={220} />
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        caption={t('statistics.projection.reasons')}
        dataSource={ineligibleReasons}
        columns={[
          { title: t('statistics.projection.reason'), dataIndex: 'text' },
          {
            title: t('statistics.csv.persons'),
            dataIndex: 'persons',
            align: 'right',
            render: (n: number) => formatCount(n, language),
          },
        ]}
      />
    </>
  );
}

export function ProjectionSection() {
  const { t } = useI18n();
  const [reforms, setReforms] = useState<ReformFile[]>([]);
  const [reform, setReform] = useState(TODAY);
  const [load, setLoad] = useState<Loadable<ProjectionOutput>>({ state: 'idle' });

  useEffect(() => {
    // The picker offers the shipped reform files; without the list the projection still runs on today's rules.
    statsApi.reforms().then(setReforms, () => setReforms([]));
  }, []);

  const run = () => {
    setLoad({ state: 'loading' });
    statsApi.projection(reform || undefined).then(
      (data) => setLoad({ state: 'done', data }),
      (error: unknown) => setLoad({ state: 'failed', error }),
    );
  };

  return (
    <Section
      title={t('statistics.section.projection')}
      load={load}
      toolbar={
        <Space wrap className="stats-no-print" style={{ marginBottom: 12 }}>
          <label htmlFor="stats-reform">{t('statistics.projection.policy')}</label>
          <Select
            id="stats-reform"
            style={{ minWidth: 240 }}
            value={reform}
            onChange={setReform}
            options={[
              { value: TODAY, label: t('statistics.projection.today') },
              ...reforms.map((r) => ({ value: r.id, label: r.name ?? r.id })),
            ]}
          />
          <Button type="primary" onClick={run} loading={load.state === 'loading'}>
            {t('statistics.projection.run')}
          </Button>
        </Space>
      }
      csv={(p) => ({
        header: [
          t('statistics.csv.code'),
          t('statistics.csv.name'),
          t('statistics.registeredPersons'),
          t('statistics.projection.eligible'),
          t('statistics.urbanization.registered'),
          t('statistics.projection.projected'),
        ],
        rows: p.counties.map((c) => [
          c.code,
          c.name,
          c.registered,
          c.eligible,
          c.urbanization.registered,
          c.urbanization.projected,
        ]),
      })}
      csvName={`projection-${reform || 'today'}`}
    >
      {(p) => <ProjectionView projection={p} />}
    </Section>
  );
}
