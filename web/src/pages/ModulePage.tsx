// Placeholder for a module that arrives in a later issue: says what the module will do, shows no data.
import { Card, Typography } from 'antd';
import { useI18n } from '../i18n/index.tsx';
import type { ModuleInfo } from '../modules.ts';
import { ModuleIntro } from './ModuleIntro.tsx';

export default function ModulePage({ module }: { module: ModuleInfo }) {
  const { t } = useI18n();
  return (
    <Card>
      <ModuleIntro title={module.title} description={module.description} />
      <Typography.Paragraph type="secondary">{t('module.inProgress')}</Typography.Paragraph>
    </Card>
  );
}
