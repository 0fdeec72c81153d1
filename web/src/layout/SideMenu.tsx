// The module menu, used in the sider on wide screens and in the drawer on narrow ones.
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { HomeOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import type { SessionUser } from '../api/auth.ts';
import { useI18n } from '../i18n/index.tsx';
import { modulesFor } from '../modules.ts';

export function SideMenu({
  user,
  theme,
  onNavigate,
}: {
  user: SessionUser;
  theme: 'dark' | 'light';
  onNavigate?: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    ...modulesFor(user.role).map((m) => ({ key: m.path, icon: <m.icon />, label: t(m.title) })),
    { type: 'divider' },
    { key: '/public', icon: <QuestionCircleOutlined />, label: t('module.selfCheck.title') },
  ];

  return (
    <nav aria-label={t('nav.menuLabel')}>
      <Menu
        theme={theme}
        mode="inline"
        selectedKeys={[pathname]}
        items={items}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}
