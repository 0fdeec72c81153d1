// True below antd's lg breakpoint (992 px), where the sider gives way to a drawer menu. Read synchronously
// from matchMedia so the first render already has the right layout (no flash of the wrong one).
import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 991.98px)';

function subscribe(onChange: () => void) {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
