// The public 我能落户吗? page (T20): reachable without signing in. The self-check itself comes with the
// settlement policy engine; until then the page says what it will do.
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/index.tsx';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { ModuleIntro } from './ModuleIntro.tsx';

export default function PublicSelfCheckPage() {
  const { t } = useI18n();
  return (
    <main className="login-page">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ width: '100%', maxWidth: 760 }}>
        <Typography.Text strong>{t('app.title')}</Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 760 }}>
        <ModuleIntro title="module.selfCheck.title" description="module.selfCheck.description" />
        <Typography.Paragraph type="secondary">{t('module.inProgress')}</Typography.Paragraph>
      </Card>
      <Link to="/login">{t('public.staffLogin')}</Link>
    </main>
  );
}
