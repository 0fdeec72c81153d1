// Settlement applications for staff: the work queue (nearest deadline first), the intake wizard, the review screen.
import { Route, Routes } from 'react-router-dom';
import { lazy } from 'react';
import QueuePage from './QueuePage.tsx';

const IntakePage = lazy(() => import('./IntakePage.tsx'));
const ReviewPage = lazy(() => import('./ReviewPage.tsx'));

export default function ApplicationsPage() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path="new" element={<IntakePage />} />
      <Route path=":id" element={<ReviewPage />} />
    </Routes>
  );
}
