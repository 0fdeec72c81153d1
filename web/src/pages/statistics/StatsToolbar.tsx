// Above the dashboard: where we are (city › county › town, each a way back up), the day viewed, printing, and the
// server's spreadsheet of every measure for this view. Hidden in print except the breadcrumb and the day.
import { Breadcrumb, Button, Input, Space } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { CITY_CODE, CITY_NAME } from '../../../../src/domain/divisions/city.ts';
import { divisionPath } from '../../../../src/domain/divisions/tree.ts';
import { useI18n } from '../../i18n/index.tsx';
import { scopeTrail } from './scope.ts';
import { statsApi } from './statsApi.ts';
import type { StatsView } from './useStatsView.ts';

export function StatsToolbar({ view }: { view: StatsView }) {
  const { t } = useI18n();
  const { query } = view;
  const trail = scopeTrail(query.scope);
  const nameOf = (code: string) =>
    code === CITY_CODE ? CITY_NAME : (divisionPath(code).at(-1) ?? t('division.unknown', { code }));
  return (
    <Space wrap align="center" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
      <Breadcrumb
        aria-label={t('statistics.breadcrumb')}
        items={trail.map((code, i) =>
          i === trail.length - 1
            ? { title: <span aria-current="page">{nameOf(code)}</span> }
            : {
                title: (
                  <a
                    href={`?scope=${code}${query.asOf ? `&asOf=${query.asOf}` : ''}`}
                    onClick={(e) => {
                      e.preventDefault();
                      view.openScope(code);
                    }}
                  >
                    {nameOf(code)}
                  </a>
                ),
              },
        )}
      />
      <Space wrap>
        <label htmlFor="stats-as-of">{t('statistics.asOf')}</label>
        <Input
          id="stats-as-of"
          type="date"
          style={{ width: 170 }}
          value={query.asOf ?? ''}
          onChange={(e) => view.setAsOf(e.target.value || undefined)}
        />
        <Button className="stats-no-print" onClick={() => view.setAsOf(undefined)} disabled={!query.asOf}>
          {t('statistics.today')}
        </Button>
        <Button className="stats-no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('statistics.print')}
        </Button>
        <Button
          className="stats-no-print"
          icon={<FileExcelOutlined />}
          href={statsApi.exportUrl(query, 'xlsx')}
          download
        >
          {t('statistics.exportXlsx')}
        </Button>
        <Button className="stats-no-print" href={statsApi.exportUrl(query, 'csv')} download>
          {t('statistics.exportCsv')}
        </Button>
      </Space>
    </Space>
  );
}
