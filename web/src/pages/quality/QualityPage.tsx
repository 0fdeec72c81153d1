// Registry quality (T12) for staff: the work queue by code and county, and one finding with its resolution form.
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import FindingsPage from './FindingsPage.tsx';

const FindingPage = lazy(() => import('./FindingPage.tsx'));

export default function QualityPage() {
  return (
    <Routes>
      <Route index element={<FindingsPage />} />
      <Route path=":id" element={<FindingPage />} />
    </Routes>
  );
}
