// The frame of the public pages (T20, W3): no sign-in, phone first. A skip link, the site name, the language
// switch, the three public services as a nav bar, the page, and a footer saying nothing is kept.
import { Suspense } from 'react';
import { Typography } from 'antd';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { LanguageSwitch } from '../../layout/LanguageSwitch.tsx';
import { PageLoading } from '../../layout/PageLoading.tsx';
import './public.css';

const NAV: { to: string; label: MessageKey }[] = [
  { to: '/public', label: 'public.nav.check' },
  { to: '/public/policy', label: 'public.nav.policy' },
  { to: '/public/track', label: 'public.nav.track' },
  { to: '/public/access-log', label: 'public.nav.accessLog' },
];

export default function PublicLayout() {
  const { t } = useI18n();
  return (
    <>
      <div className="public-page">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="public-header">
          <div className="public-header-row">
            <Typography.Text strong className="public-site-name">
              {t('app.title')}
            </Typography.Text>
            <LanguageSwitch />
          </div>
          <nav aria-label={t('public.nav.label')} className="public-nav">
            {NAV.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                end
                className={({ isActive }) => (isActive ? 'active' : undefined)}
              >
                {t(item.label)}
              </NavLink>
            ))}
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="public-main">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </main>
        <footer className="public-footer">
          <Typography.Paragraph type="secondary">{t('public.footer')}</Typography.Paragraph>
          <Link to="/login">{t('public.staffLogin')}</Link>
        </footer>
      </div>
    </>
  );
}
