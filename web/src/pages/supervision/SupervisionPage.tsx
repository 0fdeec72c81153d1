// Reform supervision (issue 19; W1, W2): the board of the 20 tasks and one task with its reports and decisions.
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import BoardPage from './BoardPage.tsx';

const TaskPage = lazy(() => import('./TaskPage.tsx'));

export default function SupervisionPage() {
  return (
    <Routes>
      <Route index element={<BoardPage />} />
      <Route path="tasks/:id" element={<TaskPage />} />
    </Routes>
  );
}
