// Residence registration and residence permits (居住证, T11; issue 15): the start page (search, work list), the
// registration form, a registration, and a permit (the holder's page). Each screen is its own chunk.
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import PermitsHome from './PermitsHome.tsx';

const RegisterPage = lazy(() => import('./RegisterPage.tsx'));
const RegistrationPage = lazy(() => import('./RegistrationPage.tsx'));
const PermitPage = lazy(() => import('./PermitPage.tsx'));

export default function PermitsPage() {
  return (
    <Routes>
      <Route index element={<PermitsHome />} />
      <Route path="register" element={<RegisterPage />} />
      <Route path="registrations/:id" element={<RegistrationPage />} />
      <Route path=":id" element={<PermitPage />} />
    </Routes>
  );
}
