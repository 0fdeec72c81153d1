// Gate for the staff pages: waits for the session check, sends signed-out users to /login (remembering where
// they were going) and offers a retry when the server could not be reached.
import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './AuthContext.tsx';
import { useI18n } from '../i18n/index.tsx';
import { PageLoading } from '../layout/PageLoading.tsx';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, recheck } = useAuth();
  const { t } = useI18n();
  const location = useLocation();

  switch (session.status) {
    case 'checking':
      return <PageLoading />;
    case 'unreachable':
      return (
        <Result
          status="warning"
          title={t('app.sessionCheckFailed')}
          extra={
            <Button type="primary" onClick={recheck}>
              {t('app.retry')}
            </Button>
          }
        />
      );
    case 'signed-out':
      return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
    case 'signed-in':
      return children;
  }
}
