// Demo mode: a user for every role (and for each department that sends a feed or has a view of the register) with a published password, so a
// newcomer can try every screen.
// Refused in production by loadConfig.
import { findUserByUsername } from '../../db/repositories/users.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { addUser, type NewUserInput } from './manage-users.ts';
import { systemJob } from '../../domain/access/principal.ts';
import { CITY_CODE } from '../../domain/divisions/city.ts';

export const DEMO_PASSWORD = 'hukou-demo';

export const DEMO_USERS: NewUserInput[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
    jurisdiction: CITY_CODE,
    password: DEMO_PASSWORD,
  },
  {
    username: 'clerk',
    displayName: '凤凰派出所 李警官',
    role: 'station-clerk',
    jurisdiction: '530602001',
    password: DEMO_PASSWORD,
  },
  {
    username: 'county',
    displayName: '昭阳分局 王警官',
    role: 'county-officer',
    jurisdiction: '530602',
    password: DEMO_PASSWORD,
  },
  {
    username: 'city',
    displayName: '市公安局 张警官',
    role: 'city-officer',
    jurisdiction: CITY_CODE,
    password: DEMO_PASSWORD,
  },
  {
    username: 'edu',
    displayName: '市教育局 陈老师',
    role: 'department-officer',
    jurisdiction: CITY_CODE,
    department: '教育局',
    password: DEMO_PASSWORD,
  },
  {
    username: 'health',
    displayName: '市卫健委 赵医生',
    role: 'department-officer',
    jurisdiction: CITY_CODE,
    department: '卫健委',
    password: DEMO_PASSWORD,
  },
  {
    username: 'hrss',
    displayName: '市人社局 周科长',
    role: 'department-officer',
    jurisdiction: CITY_CODE,
    department: '人社局',
    password: DEMO_PASSWORD,
  },
  {
    username: 'civil',
    displayName: '市民政局 吴科长',
    role: 'department-officer',
    jurisdiction: CITY_CODE,
    department: '民政局',
    password: DEMO_PASSWORD,
  },
  {
    username: 'housing',
    displayName: '市住建局 郑科长',
    role: 'department-officer',
    jurisdiction: CITY_CODE,
    department: '住建局',
    password: DEMO_PASSWORD,
  },
  {
    username: 'army',
    displayName: '市人武部 孙参谋',
    role: 'department-officer',
    jurisdiction: CITY_CODE,
    department: '人武部',
    password: DEMO_PASSWORD,
  },
  {
    username: 'supervisor',
    displayName: '市政府督查室 刘主任',
    role: 'supervisor',
    jurisdiction: CITY_CODE,
    password: DEMO_PASSWORD,
  },
];

/** Create the demo users that do not exist yet; returns the ones created. */
export async function seedDemoUsers(deps: AppDeps): Promise<string[]> {
  const ctx: RequestContext = { principal: systemJob('demo-seed'), requestId: 'demo-seed', ip: 'local' };
  const created: string[] = [];
  for (const u of DEMO_USERS) {
    if (await findUserByUsername(deps.database.db, u.username)) continue;
    await addUser(deps, ctx, u);
    created.push(u.username);
  }
  return created;
}
