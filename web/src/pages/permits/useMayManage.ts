// Whether the signed-in user takes permit work (permits.manage: the station clerk) or only reads it (county and
// city officers). It only shapes the pages: the server refuses a write from anyone else anyway.
import { hasPermission } from '../../../../src/domain/access/roles.ts';
import { useAuth } from '../../auth/AuthContext.tsx';

export function useMayManage(): boolean {
  const { session } = useAuth();
  return session.status === 'signed-in' && hasPermission(session.user.role, 'permits.manage');
}
