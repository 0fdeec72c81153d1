// End to end through the real server and Chromium, the web parts of issue 7 (T12): a police-station clerk takes in a
// person without hukou and follows on to the settlement application it filed; the health commission's deaths CSV is
// uploaded on the feed page and the clerk records the death of a head, naming the new head; a household imported
// with two heads is found by a scan the city officer starts on the work-queue page, and put right by a change of
// head. Each resolution's registry event shows in the history.
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { browserMissing } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';
import { apiAs } from './support/api.ts';
import { expectPageAccessible } from './support/axe.ts';
import { pickDivision } from './support/division.ts';
import { login } from './support/login.ts';
import { chooseOption } from './support/select.ts';

describe.skipIf(browserMissing())('registry quality in the browser: intake, feeds, resolutions', () => {
  const session = useBrowserSession();
  const call = apiAs(() => session.server.url);

  /** Opens the finding of this code that names the text, from the work queue. */
  async function openFinding(code: string, text: string) {
    const { page, server } = session;
    await page.goto(`${server.url}/quality?code=${code}`);
    await page.locator('tr', { hasText: text }).getByRole('link', { name: '处理' }).click();
    await page.getByRole('heading', { name: '处理' }).or(page.getByText('处理方式')).first().waitFor();
  }

  it('takes in a person without hukou and leads on to the settlement application (basis unregistered)', async () => {
    const { page } = session;
    const idNumber = makeIdNumber('530602', '2015-03-04', 52);
    await login(session, 'clerk');
    await page.getByRole('menuitem', { name: '无户口人员登记' }).click();
    await page
      .getByRole('heading', { name: '无户口人员登记（应落未落，T12 ·「四、(三) 12 户口遗留问题」）' })
      .waitFor();
    await page.getByRole('radio', { name: '计划外生育' }).check();
    await page.getByLabel('姓名').fill('陈小雨');
    await page.getByRole('radio', { name: '女' }).check();
    await page.getByLabel('出生日期').fill('2015-03-04');
    await page.getByLabel('公民身份号码（已有的填写）').fill(idNumber);
    await pickDivision(page, 'divisionCode', ['昭阳区', '凤凰街道', '凤凰第3社区居委会']);
    await page.getByLabel('实际居住地址').fill('凤凰街道e2e巷3号');
    await page.getByLabel('本人同意以登记信息申请落户（个人信息仅用于户籍办理）').check();
    await expectPageAccessible(page, 'unregistered intake form');
    await page.getByRole('button', { name: /登\s*记/ }).click();
    await page.screenshot({ path: '/tmp/hukou-e2e-unregistered-form.png', fullPage: true });
    await page.getByText(/并生成落户申请/).waitFor();
    await page.getByRole('button', { name: '打开落户申请' }).click();
    await page.waitForURL((u) => /^\/applications\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'));
    await page.getByText('陈小雨').first().waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-unregistered-application.png', fullPage: true });
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const application = await call('clerk', 'GET', `/api/v1/applications/${id}`);
    expect(application.status, JSON.stringify(application.body)).toBe(200);
    expect(application.body.input).toMatchObject({
      basis: 'unregistered',
      applicant: { idNumber, hukou: null },
    });
  });

  it('uploads a deaths CSV on the feed page; the clerk records the death of a head with the new head; history shows both', async () => {
    const { page, server } = session;
    const head = makeIdNumber('530602', '1940-06-01', 71);
    const spouse = makeIdNumber('530602', '1942-08-02', 82);
    const a = await call('clerk', 'POST', '/api/v1/registry/households', {
      kind: 'family',
      address: { divisionCode: '530602001001', detail: 'e2e路21号' },
      from: '本市',
      reason: 'e2e',
      head: {
        type: 'newcomer',
        person: { idNumber: head, name: '杨老汉', sex: '1', birthDate: '1940-06-01', ethnicity: '01' },
      },
    });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const hh = a.body.households[0];
    const m = await call('clerk', 'POST', '/api/v1/registry/move-ins', {
      householdId: hh.householdId,
      version: hh.version,
      relation: '10',
      from: '本市',
      reason: 'e2e',
      arrival: {
        type: 'newcomer',
        person: { idNumber: spouse, name: '马阿婆', sex: '2', birthDate: '1942-08-02', ethnicity: '01' },
      },
    });
    expect(m.status, JSON.stringify(m.body)).toBe(201);

    await login(session, 'health');
    await page.getByRole('menuitem', { name: '部门数据推送' }).click();
    await page.getByRole('radio', { name: /^死亡/ }).check();
    await page.getByLabel('CSV文件').setInputFiles({
      name: 'deaths.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFFname,id_number,death_date\r\n杨老汉,${head},2023-05-06\r\n`),
    });
    await page.getByText('读取到 1 条记录').waitFor();
    await expectPageAccessible(page, 'feed upload');
    await page.getByRole('button', { name: /推\s*送/ }).click();
    await page.getByText('已接收 1 条，比对发现 1 个应销未销问题，其中新增 1 个。').waitFor();

    await login(session, 'clerk');
    await openFinding('deceased-not-cancelled', head);
    await page.getByRole('radio', { name: '死亡注销' }).check();
    await page.getByLabel('死亡日期').fill('2023-05-06');
    await page.getByLabel('死亡日期').press('Enter');
    // The head's options read "name ID number" (HeadFields).
    await chooseOption(page.getByLabel('新户主（或留任的户主）'), `马阿婆 ${spouse}`);
    await page.getByLabel('理由').fill('卫计委死亡信息');
    await expectPageAccessible(page, 'resolution form (death)');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.waitForURL((u) => u.pathname === '/quality');

    const household = await call('clerk', 'GET', `/api/v1/registry/households/${hh.householdId}`);
    expect(
      household.body.members.map((p: { idNumber: string; relation: string }) => [p.idNumber, p.relation]),
    ).toEqual([[spouse, '02']]);
    expect(household.body.events.map((e: { kind: string }) => e.kind)).toContain('death-recorded');
    await page.goto(`${server.url}/registry/households/${hh.householdId}`);
    await page.getByTestId('history-timeline').getByText('死亡注销').waitFor();
  });

  it('a household imported with two heads is put right by a change of head; the household history shows it', async () => {
    const { page, server } = session;
    const first = makeIdNumber('530602', '1970-01-10', 91);
    const second = makeIdNumber('530602', '1972-02-20', 93);
    const upload = await call('admin', 'POST', '/api/v1/imports');
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const files = {
      'households.csv':
        'household_no,kind,division_code,address,created_on\r\nE2E0001,family,530602001002,e2e两主巷1号,2001-01-01\r\n',
      'persons.csv':
        [
          'id_number,name,sex,birth_date,ethnicity,household_no,relation,status,cancelled_reason,former_type,residence_division_code,residing_since',
          `${first},罗大山,1,1970-01-10,01,E2E0001,02,active,,agricultural,,`,
          `${second},罗二山,1,1972-02-20,01,E2E0001,02,active,,agricultural,,`,
        ].join('\r\n') + '\r\n',
    };
    for (const [name, text] of Object.entries(files)) {
      const r = await call(
        'admin',
        'PUT',
        `/api/v1/imports/${upload.body.id}/files/${name}`,
        text,
        'text/csv',
      );
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    expect((await call('admin', 'POST', `/api/v1/imports/${upload.body.id}/start`, {})).status).toBe(202);
    await expect
      .poll(async () => (await call('admin', 'GET', `/api/v1/imports/${upload.body.id}`)).body.state, {
        timeout: 60_000,
        interval: 500,
      })
      .not.toBe('importing');
    const imported = (await call('admin', 'GET', `/api/v1/imports/${upload.body.id}`)).body;
    expect(imported.state, JSON.stringify(imported)).toBe('committed');
    // The city officer starts the scan on the work-queue page and watches it to the end.
    await login(session, 'city');
    await page.goto(`${server.url}/quality`);
    await page.getByRole('button', { name: '开始全库检查' }).click();
    await page.getByText(/次检查完成于/).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: '/tmp/hukou-e2e-quality-scan.png' });
    await expectPageAccessible(page, 'scan finished');

    await login(session, 'clerk');
    await page.goto(`${server.url}/quality`);
    await page.getByRole('figure', { name: '各县区问题数量（按类别）' }).locator('canvas').waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-quality-chart.png' });
    await expectPageAccessible(page, 'work queue');
    await openFinding('household-multiple-heads', 'E2E0001');
    await page.getByRole('radio', { name: '变更户主' }).check();
    await page.getByText('本户有多名户主').waitFor();
    await chooseOption(page.getByLabel('新户主（或留任的户主）'), `罗大山 ${first}`);
    await chooseOption(page.getByLabel('不再任户主的人员'), `罗二山 ${second}`);
    await page.getByLabel('理由').fill('历史数据一户两主，经核实罗大山为户主');
    await page.screenshot({ path: '/tmp/hukou-e2e-change-head.png', fullPage: true });
    await expectPageAccessible(page, 'resolution form (change head)');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.waitForURL((u) => u.pathname === '/quality');

    const persons = (await call('clerk', 'GET', `/api/v1/registry/persons/by-id-number/${second}`)).body
      .persons;
    const household = await call('clerk', 'GET', `/api/v1/registry/households/${persons[0].householdId}`);
    expect(
      household.body.members
        .map((p: { idNumber: string; relation: string }) => [p.idNumber, p.relation])
        .sort(),
    ).toEqual(
      [
        [first, '02'],
        [second, '97'],
      ].sort(),
    );
    expect(household.body.events.map((e: { kind: string }) => e.kind)).toEqual(['head-changed']);
    await page.goto(`${server.url}/registry/households/${persons[0].householdId}`);
    await page.getByTestId('history-timeline').getByText('变更户主').waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-change-head-history.png', fullPage: true });
  });
});
