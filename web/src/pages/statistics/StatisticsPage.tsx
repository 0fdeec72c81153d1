// The statistics dashboard (issue 16; T1, T3, T13.1, T16.1): one area (the city, a county or a town) as of one day,
// both held in the URL. Every measure loads on its own with a progress bar over them all; tiles and bars open the
// area below, the breadcrumb goes back up. Printing drops the menu and the controls and fits the charts to A4.
import { Progress, Row, Typography } from 'antd';
import { scopeCode } from '../../../../src/domain/statistics/schema.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatRate } from './format.ts';
import { Headline } from './Headline.tsx';
import { MigrationSections } from './MigrationSections.tsx';
import { OverviewSections } from './OverviewSections.tsx';
import { ProjectionSection } from './ProjectionSection.tsx';
import { ReformSections } from './ReformSections.tsx';
import { Section, ViewQuery } from './Section.tsx';
import { StatsToolbar } from './StatsToolbar.tsx';
import { StructureSections } from './StructureSections.tsx';
import { useStatsData } from './useStatsData.ts';
import { useStatsView } from './useStatsView.ts';
import './statistics.css';

export default function StatisticsPage() {
  const { t } = useI18n();
  const view = useStatsView();
  const { query } = view;
  const { data, progress } = useStatsData(query);
  // A bar or tile of a level without a dashboard of its own (a village) opens nothing.
  const open = (code: string) => {
    if (scopeCode.safeParse(code).success) view.openScope(code);
  };
  const summary = data.summary.state === 'done' ? data.summary.data : undefined;

  return (
    <div className="stats-page">
      <Typography.Title level={2}>
        {summary ? t('statistics.titleOf', { name: summary.name }) : t('statistics.title')}
      </Typography.Title>
      <StatsToolbar view={view} />
      {progress < 1 && (
        <div role="status" aria-live="polite" className="stats-no-print">
          <Progress
            percent={Math.round(progress * 100)}
            size="small"
            status="active"
            aria-label={t('app.loading')}
          />
        </div>
      )}
      {summary && (
        <Typography.Paragraph type="secondary">
          {t(
            summary.source === 'snapshot' ? 'statistics.provenance.snapshot' : 'statistics.provenance.live',
            {
              asOf: summary.asOf,
              computedAt: summary.computedAt.slice(0, 16).replace('T', ' '),
              target: formatRate(summary.target.resident),
            },
          )}
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        <ViewQuery.Provider value={query}>
          <Section title={t('statistics.section.headline')} load={data.summary}>
            {(s) => <Headline summary={s} />}
          </Section>
          <OverviewSections data={data} onOpen={open} />
          <MigrationSections data={data} onOpen={open} />
          <StructureSections data={data} />
          <ReformSections data={data} onOpen={open} />
          <ProjectionSection />
        </ViewQuery.Provider>
      </Row>
    </div>
  );
}
