// Routes. Every page is a lazy chunk, so the first load carries only React, the router and antd's core.
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { PageLoading } from './layout/PageLoading.tsx';
import { MODULES } from './modules.ts';

const LoginPage = lazy(() => import('./pages/LoginPage.tsx'));
const PublicLayout = lazy(() => import('./pages/public/PublicLayout.tsx'));
const SelfCheckPage = lazy(() => import('./pages/public/SelfCheckPage.tsx'));
const PolicyPage = lazy(() => import('./pages/public/PolicyPage.tsx'));
const TrackPage = lazy(() => import('./pages/public/TrackPage.tsx'));
const AppLayout = lazy(() => import('./layout/AppLayout.tsx'));
const HomePage = lazy(() => import('./pages/HomePage.tsx'));
const ModulePage = lazy(() => import('./pages/ModulePage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));
const ApplicationsPage = lazy(() => import('./pages/applications/ApplicationsPage.tsx'));
const QualityPage = lazy(() => import('./pages/quality/QualityPage.tsx'));
const PermitsPage = lazy(() => import('./pages/permits/PermitsPage.tsx'));
const SupervisionPage = lazy(() => import('./pages/supervision/SupervisionPage.tsx'));
const RegistrySearchPage = lazy(() => import('./pages/registry/RegistrySearchPage.tsx'));
const HouseholdPage = lazy(() => import('./pages/registry/HouseholdPage.tsx'));
const PersonPage = lazy(() => import('./pages/registry/PersonPage.tsx'));
const ImportPage = lazy(() => import('./pages/admin/ImportPage.tsx'));
const TokensPage = lazy(() => import('./pages/admin/TokensPage.tsx'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage.tsx'));
const ParametersPage = lazy(() => import('./pages/admin/ParametersPage.tsx'));
const AccessLogPage = lazy(() => import('./pages/public/AccessLogPage.tsx'));
const StatisticsPage = lazy(() => import('./pages/statistics/StatisticsPage.tsx'));

/** Modules with pages of their own (routed above); the others show their introduction page. */
const ROUTED = new Set([
  'registry',
  'applications',
  'permits',
  'quality',
  'unregistered',
  'feeds',
  'import',
  'tokens',
  'users',
  'parameters',
  'supervision',
  'statistics',
]);

export function App() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/public" element={<PublicLayout />}>
          <Route index element={<SelfCheckPage />} />
          <Route path="policy" element={<PolicyPage />} />
          <Route path="track" element={<TrackPage />} />
          <Route path="access-log" element={<AccessLogPage />} />
        </Route>
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="/registry" element={<RegistrySearchPage />} />
          <Route path="/registry/households/:householdId" element={<HouseholdPage />} />
          <Route path="/registry/persons/:personId" element={<PersonPage />} />
          <Route path="/applications/*" element={<ApplicationsPage />} />
          <Route path="/quality/*" element={<QualityPage />} />
          <Route path="/residence-permits/*" element={<PermitsPage />} />
          <Route path="/supervision/*" element={<SupervisionPage />} />
          <Route path="/statistics" element={<StatisticsPage />} />
          <Route path="/admin/import" element={<ImportPage />} />
          <Route path="/admin/tokens" element={<TokensPage />} />
          <Route path="/admin/users" element={<UsersPage />} />
          <Route path="/admin/parameters" element={<ParametersPage />} />
          {MODULES.filter((m) => !ROUTED.has(m.key)).map((m) => (
            <Route key={m.key} path={m.path} element={<ModulePage module={m} />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
