// Shown while a route chunk or the session check is loading.
import { Flex, Spin, Typography } from 'antd';
import { useI18n } from '../i18n/index.tsx';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <Flex vertical justify="center" align="center" gap={12} style={{ minHeight: '50vh' }} role="status">
      <Spin size="large" />
      <Typography.Text type="secondary">{t('app.loading')}</Typography.Text>
    </Flex>
  );
}
