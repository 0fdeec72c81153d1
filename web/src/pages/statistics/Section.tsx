// One block of the dashboard: a titled card (half the width on a wide screen, or all of it) that shows its measure
// once it has arrived (a skeleton while it loads, the reason in words when it failed) and offers the numbers
// behind it as CSV, named after the view it belongs to.
import { createContext, useContext, type ReactNode } from 'react';
import { Alert, Button, Card, Col, Skeleton } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { CITY_CODE } from '../../../../src/domain/divisions/city.ts';
import { useI18n } from '../../i18n/index.tsx';
import { csvFileName, type CsvTable } from './csv.ts';
import { downloadCsv } from './download.ts';
import { errorText } from './errorText.ts';
import type { Loadable, StatsData } from './useStatsData.ts';
import type { ScopedQuery } from './useStatsView.ts';

/** The view the blocks belong to (for their file names). */
export const ViewQuery = createContext<ScopedQuery>({ scope: CITY_CODE });

/** What a group of blocks receives: the view's measures, and how to open an area below. */
export interface DashboardPart {
  data: StatsData;
  onOpen: (code: string) => void;
}

export interface SectionProps<T> {
  title: string;
  load: Loadable<T>;
  /** Half the row on wide screens (two blocks side by side). */
  half?: boolean;
  /** The numbers behind the block, for the CSV download (none: no download button). */
  csv?: (data: T) => CsvTable;
  /** The chart's part of the CSV file's name (with the view's scope and day). */
  csvName?: string;
  /** Controls shown above the content (the projection's policy picker). */
  toolbar?: ReactNode;
  children: (data: T) => ReactNode;
}

export function Section<T>({ title, load, half, csv, csvName, toolbar, children }: SectionProps<T>) {
  const { t } = useI18n();
  const query = useContext(ViewQuery);
  const download =
    csv && load.state === 'done' ? (
      <Button
        size="small"
        className="stats-no-print"
        icon={<DownloadOutlined />}
        onClick={() =>
          downloadCsv(csvFileName(csvName ?? 'statistics', query.scope, query.asOf), csv(load.data))
        }
        aria-label={t('statistics.downloadCsvOf', { title })}
      >
        CSV
      </Button>
    ) : null;
  return (
    <Col xs={24} xl={half ? 12 : 24} className="stats-block">
      <Card title={title} extra={download} size="small" className="stats-section">
        {toolbar}
        {load.state === 'loading' && <Skeleton active />}
        {load.state === 'failed' && (
          <Alert type="error" role="alert" showIcon title={errorText(t, load.error)} />
        )}
        {load.state === 'done' && children(load.data)}
      </Card>
    </Col>
  );
}
