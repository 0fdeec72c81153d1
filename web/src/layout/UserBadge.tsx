// Who is signed in, shown in the header: display name, role, and jurisdiction or department.
import { Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import type { SessionUser } from '../api/auth.ts';
import { useI18n } from '../i18n/index.tsx';
import { jurisdictionLabel, roleLabel } from './labels.ts';

export function UserBadge({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  return (
    <div className="app-header-identity" data-testid="user-badge">
      <Typography.Text strong>
        <UserOutlined aria-hidden /> {user.displayName}
      </Typography.Text>
      <Tag color="blue">{roleLabel(t, user)}</Tag>
      <Typography.Text type="secondary">
        {user.department
          ? t('header.department', { value: user.department })
          : t('header.jurisdiction', { value: jurisdictionLabel(t, user) })}
      </Typography.Text>
    </div>
  );
}
