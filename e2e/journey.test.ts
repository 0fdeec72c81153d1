// Browser test of the settlement journey without dead ends (issue 17): 张伟 heads a 镇雄县 household with his wife
// and son. The clerk of 凤凰街道 takes his rental application with his wife moving along and prints the 受理回执; the
// county officer sees the whole case (identity, origin, facts, the findings with their clause text, the files) and
// approves with a material still missing, giving the reason; the clerk registers, choosing the son as the origin
// household's new head. Afterwards both households are right: the son heads the 镇雄 household, 张伟 heads the new
// one with his wife. The review page passes the axe check.
import { pickDivision } from './support/division.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { apiAs } from './support/api.ts';
import { expectPageAccessible } from './support/axe.ts';
import { browserMissing } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { useBrowserSession } from './support/session.ts';
import { login } from './support/login.ts';

const HEAD = { name: '张伟', idNumber: makeIdNumber('530627', '1980-05-05', 171), birthDate: '1980-05-05' };
const WIFE = { name: '李芳', idNumber: makeIdNumber('530627', '1982-06-06', 182), birthDate: '1982-06-06' };
const SON = { name: '张强', idNumber: makeIdNumber('530627', '2004-07-07', 193), birthDate: '2004-07-07' };

describe.skipIf(browserMissing())('the journey of a household head with family members', () => {
  const session = useBrowserSession();
  let server: TestServer;
  let page: Page;
  const api = apiAs(() => server.url);
  beforeAll(() => {
    ({ server, page } = session);
  });

  const answer = (scope: Page | Locator, question: string, option: string) =>
    scope
      .getByRole('radiogroup', { name: question })
      .locator('label')
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click();
  const next = () => page.getByRole('button', { name: '下一步' }).click();

  /** The 镇雄 household, written by the city officer through the register's API. */
  async function seedOriginHousehold(): Promise<string> {
    const person = (p: typeof HEAD, sex: string) => ({
      type: 'newcomer',
      person: { idNumber: p.idNumber, name: p.name, sex, birthDate: p.birthDate, ethnicity: '01' },
    });
    const created = await api('city', 'POST', '/api/v1/registry/households', {
      kind: 'family',
      address: { divisionCode: '530627001001', detail: '乌峰街道文化路8号' },
      from: '出生',
      reason: '测试户',
      head: person(HEAD, '1'),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    let h = created.body.households[0];
    for (const [p, sex, relation] of [
      [WIFE, '2', '10'],
      [SON, '1', '20'],
    ] as const) {
      const r = await api('city', 'POST', '/api/v1/registry/move-ins', {
        householdId: h.householdId,
        version: h.version,
        relation,
        from: '测试',
        reason: '测试户',
        arrival: person(p, sex),
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      h = r.body.households[0];
    }
    return h.householdId as string;
  }

  it('takes, approves and registers the application, naming the new head; both households are right', async () => {
    const originHouseholdId = await seedOriginHousehold();

    // Intake at the counter: rental basis, the applicant's identity and origin, his wife moving along.
    await login(session, 'clerk');
    await page.goto(server.url + '/applications/new');
    await page.getByRole('radio', { name: '在城镇租房住' }).check();
    await next();
    await page.locator('#applicant-name').fill(HEAD.name);
    await page.locator('#applicant-idNumber').fill(HEAD.idNumber);
    await page.locator('#applicant-birthDate').fill(HEAD.birthDate);
    await pickDivision(page, 'origin-divisionCode', ['镇雄县']);
    await next();
    await page.getByLabel('迁入地址').fill('龙泉路171号');
    await next();
    await answer(page, '签了租赁合同、依法办理了租赁手续吗？', '是');
    await answer(page, '您本人实际住在这套房子里吗？', '是');
    await answer(page, '租赁合同在当地房管部门办理了租赁登记备案吗？', '是');
    await answer(page, '房东（房屋产权人）同意您把户口落在这里吗？', '是');
    await answer(page, '这个地址已经登记了别人的户口吗？', '否');
    await answer(page, '这套房子是分租或合租给几家人或几个人的吗？', '否');
    await next();
    await page.getByRole('button', { name: '添加随迁人员' }).click();
    const card = page.getByTestId('companion-0');
    await card.locator('#companion-0-name').fill(WIFE.name);
    await card.locator('#companion-0-id').fill(WIFE.idNumber);
    await answer(card, '性别', '女');
    await card.locator('#companion-0-birth').fill(WIFE.birthDate);
    await answer(card, '与申请人的关系', '配偶');
    await card.locator('#companion-0-head').click();
    await page.locator('.ant-select-item-option[title="10 配偶"]').click();
    await next();
    await page.getByLabel('申请人本人自愿落户（P2）').check();
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByTestId('materials-upload').waitFor();
    await page.locator('#material-file').setInputFiles({
      name: 'id-card.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% scanned ID card\n'),
    });
    await page.getByRole('button', { name: /^上\s*传$/ }).click();
    await page.getByText('已上传：居民身份证 id-card.pdf').waitFor();
    await page.getByRole('button', { name: '提交申请并评估' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const url = page.url();
    const apiUrl = url.replace(/\/applications\//, '/api/v1/applications/');

    // The receipt: a PDF, its one-time notice listing what is still missing.
    const receiptHref = await page.getByTestId('receipt-link').getAttribute('href');
    const receipt = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return { status: r.status, head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 4)) };
    }, receiptHref!);
    expect(receipt).toEqual({ status: 200, head: '%PDF' });
    await page.getByRole('button', { name: '受理审核' }).click();
    await page.getByTestId('application-state').filter({ hasText: '审核中' }).waitFor();

    // The county officer sees the case before approving.
    await login(session, 'county');
    await page.goto(url);
    const summary = page.getByTestId('case-summary');
    await summary.getByText(HEAD.idNumber).waitFor();
    await summary
      .getByText(/镇雄县/)
      .first()
      .waitFor();
    await summary.getByText(/李芳（配偶）/).waitFor();
    await page.getByTestId('reason-0').getByText(/。/).first().waitFor(); // the clause's own text
    const idCard = page.getByTestId('checklist-id-card');
    await idCard.getByRole('link', { name: /id-card\.pdf/ }).waitFor();
    const opened = await page.evaluate(
      async (u) => (await fetch(u)).status,
      (await idCard.getByRole('link').getAttribute('href'))!,
    );
    expect(opened).toBe(200);
    await expectPageAccessible(page, 'review page');
    await page.getByRole('button', { name: '批准并签发准迁证' }).click();
    await page.getByTestId('approve-missing').waitFor();
    await page.getByRole('button', { name: '确认批准' }).click();
    await page.getByText('必填', { exact: true }).waitFor(); // no reason, no approval
    await page.getByLabel(/不待补齐即批准的理由/).fill('租赁备案证明原件已当场核验，复印件随后补传');
    await page.getByRole('button', { name: '确认批准' }).click();
    await page.getByTestId('permit-number').waitFor();
    expect(await page.getByTestId('permit-authority').textContent()).toBe('昭通市昭阳区公安局');
    const verifyHref = (await page.getByTestId('verify-link').getAttribute('href'))!;
    expect(verifyHref).toMatch(/^\/verify\/[A-Za-z0-9_-]{22}$/);

    // The clerk registers; the wizard asks who heads the 镇雄 household from now.
    await login(session, 'clerk');
    await page.goto(url);
    const form = page.getByTestId('register-form');
    await form.getByTestId('origin-household').getByText(/张强/).waitFor();
    await form.getByRole('button', { name: '办理落户登记' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/请在「原户新户主」中选定/).waitFor();
    const text = (await alert.textContent())!;
    expect(text.split('户主离开').length).toBeLessThanOrEqual(2); // said once
    await form.locator('#new-head').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '张强' }).click();
    await form.getByRole('button', { name: '办理落户登记' }).click();
    await page.getByTestId('application-state').filter({ hasText: '已办结落户' }).waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-journey-registered.png', fullPage: true });

    // Both households, read through the API by the city officer.
    const approval = (await api('county', 'GET', apiUrl.replace(server.url, ''))).body.events.find(
      (e: { action: string }) => e.action === 'approve',
    );
    expect(approval.detail.missingMaterialsReason).toContain('当场核验');
    const origin = (await api('city', 'GET', `/api/v1/registry/households/${originHouseholdId}`)).body;
    expect(origin.members.map((m: { name: string; relation: string }) => `${m.name} ${m.relation}`)).toEqual([
      '张强 02',
    ]);
    const head = (await api('city', 'GET', `/api/v1/registry/persons/by-id-number/${HEAD.idNumber}`)).body
      .persons[0];
    const moved = (await api('city', 'GET', `/api/v1/registry/households/${head.householdId}`)).body;
    expect(
      moved.members.map((m: { name: string; relation: string }) => `${m.name} ${m.relation}`).sort(),
    ).toEqual(['张伟 02', '李芳 10'].sort());
    await page.goto(server.url + verifyHref);
    await page.getByTestId('permit-status').filter({ hasText: '已使用' }).waitFor();
  });
});
