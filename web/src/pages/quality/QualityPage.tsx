// Registry quality (T12) for staff: the work queue by code and county, one finding with its resolution form, the
// intake of a person without hukou (应落未落) and the department feed upload.
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import FindingsPage from './FindingsPage.tsx';

const FindingPage = lazy(() => import('./FindingPage.tsx'));
const UnregisteredPage = lazy(() => import('./UnregisteredPage.tsx'));
const FeedPage = lazy(() => import('./FeedPage.tsx'));

export default function QualityPage() {
  return (
    <Routes>
      <Route index element={<FindingsPage />} />
      <Route path="unregistered" element={<UnregisteredPage />} />
      <Route path="feeds" element={<FeedPage />} />
      <Route path=":id" element={<FindingPage />} />
    </Routes>
  );
}
