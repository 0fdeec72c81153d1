// The business modules of the sider menu (shared/DESIGN.md "Capabilities"). A role sees a module when it holds
// any of the module's permissions in the domain's table; that only shapes the menu, the server enforces access.
import type { ComponentType } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  FileSyncOutlined,
  FileProtectOutlined,
  KeyOutlined,
  ControlOutlined,
  UserSwitchOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { hasPermission } from '../../src/domain/access/roles.ts';
import type { Permission, Role } from '../../src/domain/access/roles.ts';
import type { MessageKey } from './i18n/zh-CN.ts';

export type ModuleKey =
  | 'registry'
  | 'applications'
  | 'permits'
  | 'quality'
  | 'unregistered'
  | 'feeds'
  | 'statistics'
  | 'supervision'
  | 'import'
  | 'tokens'
  | 'users'
  | 'parameters';

export interface ModuleInfo {
  key: ModuleKey;
  path: string;
  title: MessageKey;
  description: MessageKey;
  icon: ComponentType;
  permissions: readonly Permission[];
}

export const MODULES: readonly ModuleInfo[] = [
  {
    key: 'registry',
    path: '/registry',
    title: 'module.registry.title',
    description: 'module.registry.description',
    icon: TeamOutlined,
    permissions: ['registry.read'],
  },
  {
    key: 'applications',
    path: '/applications',
    title: 'module.applications.title',
    description: 'module.applications.description',
    icon: FileProtectOutlined,
    permissions: ['applications.intake', 'applications.approve'],
  },
  {
    key: 'permits',
    path: '/residence-permits',
    title: 'module.permits.title',
    description: 'module.permits.description',
    icon: IdcardOutlined,
    permissions: ['permits.manage', 'permits.read'],
  },
  {
    key: 'quality',
    path: '/quality',
    title: 'module.quality.title',
    description: 'module.quality.description',
    icon: SafetyCertificateOutlined,
    permissions: ['quality.resolve'],
  },
  {
    // 应落未落 (T12): the station clerk takes the person in; the server files the settlement application.
    key: 'unregistered',
    path: '/quality/unregistered',
    title: 'quality.nav.unregistered',
    description: 'quality.nav.unregisteredDescription',
    icon: UserAddOutlined,
    permissions: ['applications.intake'],
  },
  {
    // 应销未销 (T12): the health commission and the military send their feeds.
    key: 'feeds',
    path: '/quality/feeds',
    title: 'quality.nav.feeds',
    description: 'quality.nav.feedsDescription',
    icon: FileSyncOutlined,
    permissions: ['quality.feed'],
  },
  {
    key: 'statistics',
    path: '/statistics',
    title: 'module.statistics.title',
    description: 'module.statistics.description',
    icon: BarChartOutlined,
    permissions: ['statistics.read'],
  },
  {
    key: 'supervision',
    path: '/supervision',
    title: 'module.supervision.title',
    description: 'module.supervision.description',
    icon: AuditOutlined,
    // Everyone signed in reads the board (issue 19); supervision.read keeps its meaning: reading every report.
    permissions: ['supervision.board'],
  },
  {
    // The register's initial load (issue 6): only the administrator may import (registry.import).
    key: 'import',
    path: '/admin/import',
    title: 'module.import.title',
    description: 'module.import.description',
    icon: CloudUploadOutlined,
    permissions: ['registry.import'],
  },
  {
    // API tokens for department systems (T13.2): administrators only.
    key: 'tokens',
    path: '/admin/tokens',
    title: 'module.tokens.title',
    description: 'module.tokens.description',
    icon: KeyOutlined,
    permissions: ['users.manage'],
  },
  {
    // Staff accounts, roles and jurisdictions (issue 17): administrators only.
    key: 'users',
    path: '/admin/users',
    title: 'module.users.title',
    description: 'module.users.description',
    icon: UserSwitchOutlined,
    permissions: ['users.manage'],
  },
  {
    // Every dated value of the policy parameters with its source (issue 17): those who maintain the policy.
    key: 'parameters',
    path: '/admin/parameters',
    title: 'module.parameters.title',
    description: 'module.parameters.description',
    icon: ControlOutlined,
    permissions: ['policy.manage'],
  },
];

export function modulesFor(role: Role): ModuleInfo[] {
  return MODULES.filter((m) => m.permissions.some((p) => hasPermission(role, p)));
}
