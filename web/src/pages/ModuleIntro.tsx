// A module's heading and its one-paragraph purpose from the catalog (module pages and the public page).
import { Typography } from 'antd';
import { useI18n } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';

export function ModuleIntro({ title, description }: { title: MessageKey; description: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        {t(title)}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 15, maxWidth: 760 }}>{t(description)}</Typography.Paragraph>
    </>
  );
}
