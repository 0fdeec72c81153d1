// The signed-in frame: module menu (sider, or a drawer on narrow screens), header with the user, language and
// sign-out, and the page.
import { Suspense, useState } from 'react';
import { App as AntApp, Button, Drawer, Layout } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Outlet, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext.tsx';
import { useI18n } from '../i18n/index.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PageLoading } from './PageLoading.tsx';
import { SideMenu } from './SideMenu.tsx';
import { UserBadge } from './UserBadge.tsx';
import { useNarrowScreen } from './useNarrowScreen.ts';

export default function AppLayout() {
  const { session, signOut } = useAuth();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const narrow = useNarrowScreen();
  const [drawerOpen, setDrawerOpen] = useState(false);

  if (session.status !== 'signed-in') return null;
  const { user } = session;

  const onSignOut = () => {
    signOut().then(
      () => navigate('/login', { replace: true }),
      () => void message.error(t('header.logoutFailed')),
    );
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {narrow ? (
        // A drawer rather than a pushed sider: phones keep the full width, and the drawer traps focus and
        // closes on Escape.
        <Drawer
          placement="left"
          size={260}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.title')}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu user={user} theme="light" onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider width={232}>
          <div className="app-brand">{t('app.title')}</div>
          <SideMenu user={user} theme="dark" />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {narrow && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
            />
          )}
          <UserBadge user={user} />
          <LanguageSwitch />
          <Button icon={<LogoutOutlined />} onClick={onSignOut}>
            {t('header.logout')}
          </Button>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
