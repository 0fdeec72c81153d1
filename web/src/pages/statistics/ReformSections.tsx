// The reform's own measures in the viewed area: 市民化 per area (T16.1; a bar opens its area), settlements by the
// clause the approval cited, residence permits, and T12 findings open and cleared.
import { useMemo } from 'react';
import { Col, Row, Statistic } from 'antd';
import { EChart } from '../../components/EChart.tsx';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { categoryChart } from './chartOptions.ts';
import { formatCount } from './format.ts';
import { Section, type DashboardPart } from './Section.tsx';
import type { ReformOutput } from './statsApi.ts';

function Citizenization({ reform, onOpen }: { reform: ReformOutput; onOpen: (code: string) => void }) {
  const { t, language } = useI18n();
  const { areas } = reform.citizenization;
  const option = useMemo(
    () =>
      categoryChart(
        areas.map((a) => a.name),
        [{ name: t('statistics.citizenization'), values: areas.map((a) => a.persons) }],
        { rotate: true },
      ),
    [areas, t],
  );
  return (
    <>
      <Statistic
        title={t('statistics.citizenization.total')}
        value={formatCount(reform.citizenization.persons, language)}
      />
      <EChart
        option={option}
        label={t('statistics.section.citizenization')}
        onItemClick={(item) => areas[item.dataIndex] && onOpen(areas[item.dataIndex]!.code)}
      />
    </>
  );
}

/** Residence permits (issued, endorsed, suspended, valid) and T12 findings (open, cleared), labelled. */
function permitAndFindingFigures(t: Translate, { permits, findings }: ReformOutput): Array<[string, number]> {
  return [
    [t('statistics.permits.issued'), permits.issued],
    [t('statistics.permits.endorsed'), permits.endorsed],
    [t('statistics.permits.suspended'), permits.suspended],
    [t('statistics.permits.valid'), permits.valid],
    [t('statistics.findings.open'), findings.open],
    [t('statistics.findings.cleared'), findings.cleared],
  ];
}

function Settlements({ reform }: { reform: ReformOutput }) {
  const { t, language } = useI18n();
  const option = useMemo(
    () =>
      categoryChart(
        reform.settlements.map((s) => s.clause),
        [{ name: t('statistics.csv.persons'), values: reform.settlements.map((s) => s.persons) }],
      ),
    [reform, t],
  );
  return (
    <>
      <EChart option={option} label={t('statistics.section.settlements')} height={240} />
      <Row gutter={[16, 8]}>
        {permitAndFindingFigures(t, reform).map(([title, value]) => (
          <Col key={title} xs={12} md={8}>
            <Statistic title={title} value={formatCount(value, language)} />
          </Col>
        ))}
      </Row>
    </>
  );
}

export function ReformSections({ data, onOpen }: DashboardPart) {
  const { t } = useI18n();
  return (
    <>
      <Section
        half
        title={t('statistics.section.citizenization')}
        load={data.reform}
        csv={(r) => ({
          header: [t('statistics.csv.code'), t('statistics.csv.name'), t('statistics.citizenization')],
          rows: r.citizenization.areas.map((a) => [a.code, a.name, a.persons]),
        })}
        csvName="citizenization"
      >
        {(r) => <Citizenization reform={r} onOpen={onOpen} />}
      </Section>
      <Section
        half
        title={t('statistics.section.settlements')}
        load={data.reform}
        csv={(r) => ({
          header: [t('statistics.csv.measure'), t('statistics.csv.persons')],
          rows: [...r.settlements.map((s) => [s.clause, s.persons]), ...permitAndFindingFigures(t, r)],
        })}
        csvName="reform"
      >
        {(r) => <Settlements reform={r} />}
      </Section>
    </>
  );
}
