// A page that could not load its record: not found (or outside the jurisdiction, which reads the same), or why not.
import { Alert, Card, Skeleton } from 'antd';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';

export function LoadError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 403);
  return (
    <Card>
      <Alert
        type="error"
        role="alert"
        title={
          notFound ? t('permits.notFound') : t('permits.loadFailed', { detail: (error as Error).message })
        }
      />
    </Card>
  );
}
