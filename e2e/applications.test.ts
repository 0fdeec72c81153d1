// Browser test of settlement applications: a rental application from intake through approval, the permit PDF
// and registration, the new member in the destination household's history; a lease not registered with the
// housing authority is rejected citing T4; /verify answers an unknown number as not found. The intake wizard
// uploads a material in the browser, a spouse moving along (随迁) is registered in the applicant's household, and an
// origin outside the city has its move-out confirmation recorded at registration.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { COUNTIES } from '../src/domain/divisions/tree.ts';
import { pickDivision } from './support/division.ts';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { browserMissing } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { useBrowserSession } from './support/session.ts';
import { login } from './support/login.ts';

describe.skipIf(browserMissing())('settlement applications in the browser', () => {
  const session = useBrowserSession();
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = session);
  });

  // Yes/no answers are button-style radios whose input is hidden behind its label: press the label.
  const answer = (scope: Page | Locator, question: string, option: string) =>
    scope
      .getByRole('radiogroup', { name: question })
      .locator('label')
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click();
  const next = () => page.getByRole('button', { name: '下一步' }).click();
  const SPOUSE = {
    name: '毖妻',
    idNumber: makeIdNumber('530627', '1991-03-02', 222),
    birthDate: '1991-03-02',
  };

  /** The clerk's wizard for a rental case: applicant, destination, the T4 questions, a spouse moving along, consent, an uploaded ID card. */
  async function intake(
    idNumber: string,
    name: string,
    address: string,
    rentalRegistered: boolean,
    withSpouse = false,
    origin = '530627',
  ): Promise<string> {
    await page.goto(server.url + '/applications/new');
    await page.getByRole('radio', { name: '在城镇租房住' }).check();
    await next();
    await page.locator('#applicant-name').fill(name);
    await page.locator('#applicant-idNumber').fill(idNumber);
    await page.locator('#applicant-birthDate').fill('1990-01-01');
    // The origin is picked from the tree inside the city; elsewhere it is a 6-digit county code.
    if (COUNTIES.has(origin)) await pickDivision(page, 'origin-divisionCode', [COUNTIES.get(origin)!.name]);
    else {
      await page.getByLabel('户口在昭通市以外').check();
      await page.locator('#origin-divisionCode').fill(origin);
    }
    await next();
    await page.getByLabel('迁入地址').fill(address);
    await next();
    await answer(page, '签了租赁合同、依法办理了租赁手续吗？', '是');
    await answer(page, '您本人实际住在这套房子里吗？', '是');
    await answer(page, '租赁合同在当地房管部门办理了租赁登记备案吗？', rentalRegistered ? '是' : '否');
    await answer(page, '房东（房屋产权人）同意您把户口落在这里吗？', '是');
    await answer(page, '这个地址已经登记了别人的户口吗？', '否');
    await answer(page, '这套房子是分租或合租给几家人或几个人的吗？', '否');
    await next();
    if (withSpouse) {
      await page.getByRole('button', { name: '添加随迁人员' }).click();
      const card = page.getByTestId('companion-0');
      await card.locator('#companion-0-name').fill(SPOUSE.name);
      await card.locator('#companion-0-id').fill(SPOUSE.idNumber);
      await answer(card, '性别', '女');
      await card.locator('#companion-0-birth').fill(SPOUSE.birthDate);
      await answer(card, '与申请人的关系', '配偶');
      await card.locator('#companion-0-head').click();
      await page.locator('.ant-select-item-option[title="10 配偶"]').click();
    }
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
    await page.getByTestId('application-state').filter({ hasText: '已提交' }).waitFor();
    return page.url();
  }

  async function act(label: string, reason?: string) {
    if (reason) await page.getByLabel('理由', { exact: true }).fill(reason);
    await page.getByRole('button', { name: label }).click();
  }

  /** Approve: materials are still missing (only the ID card was uploaded), so the dialog asks why. */
  async function approve() {
    await act('批准并签发准迁证');
    await page.getByLabel(/不待补齐即批准的理由/).fill('原件已当场核验');
    await page.getByRole('button', { name: '确认批准' }).click();
  }

  it('takes a rental application from intake to registration, with a printable permit that verifies', async () => {
    const idNumber = makeIdNumber('530627', '1990-01-01', 111);
    await login(session, 'clerk');
    const url = await intake(idNumber, '毖谰耪锨', '龙泉路101号', true, true);
    await page.getByTestId('checklist-id-card').filter({ hasText: '已收' }).waitFor();
    await act('受理审核');
    await page.getByTestId('application-state').filter({ hasText: '审核中' }).waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-application-review.png', fullPage: true });

    await login(session, 'county');
    await page.goto(url);
    expect(await page.getByTestId('outcome').textContent()).toBe('符合条件');
    await page.getByText('T4 ·「四、(二) 4 租赁性质合法稳定住所」', { exact: true }).first().waitFor();
    await page.getByTestId('companion-decision-0').filter({ hasText: '可随迁' }).waitFor();
    await approve();
    const permitNumber = (await page.getByTestId('permit-number').textContent())!;
    expect(permitNumber).toMatch(/^ZQ530602/);

    const pdf = await page.evaluate(
      async (u) => {
        const r = await fetch(u);
        return {
          status: r.status,
          type: r.headers.get('content-type'),
          head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 4)),
        };
      },
      url.replace(/\/applications\//, '/api/v1/applications/') + '/permit.pdf',
    );
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', head: '%PDF' });

    await page.goto(server.url + (await page.getByTestId('verify-link').getAttribute('href'))!);
    await page.getByTestId('permit-status').filter({ hasText: '有效' }).waitFor();
    expect(await page.getByTestId('masked-name').textContent()).toBe('毖***');

    await login(session, 'clerk');
    await page.goto(url);
    await act('办理落户登记');
    await page.getByTestId('application-state').filter({ hasText: '已办结落户' }).waitFor();
    const household = await page.evaluate(async (id) => {
      const p = await (await fetch(`/api/v1/registry/persons/by-id-number/${id}`)).json();
      const h = await (await fetch(`/api/v1/registry/households/${p.persons[0].householdId}`)).json();
      return {
        members: h.members.map((m: { name: string; relation: string }) => `${m.name} ${m.relation}`),
        events: h.events.map((e: { kind: string }) => e.kind),
      };
    }, idNumber);
    expect(household.members).toEqual(expect.arrayContaining(['毖谰耪锨 02', `${SPOUSE.name} 10`]));
    expect(household.events).toEqual(expect.arrayContaining(['household-created', 'moved-in']));
  });

  it('rejects a lease not registered with the housing authority, citing T4', async () => {
    await login(session, 'clerk');
    const url = await intake(makeIdNumber('530627', '1990-01-01', 113), '张四', '龙泉路102号', false);
    await act('受理审核');
    await login(session, 'county');
    await page.goto(url);
    expect(await page.getByTestId('outcome').textContent()).toBe('不符合条件');
    await act('不予批准', '租赁住所未办理租赁登记备案，不符合T4');
    await page.getByTestId('application-state').filter({ hasText: '不予批准' }).waitFor();
    await page.getByText('T4 ·「四、(二) 4 租赁性质合法稳定住所」', { exact: true }).first().waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-application-rejected.png', fullPage: true });
  });

  it("records the out-of-city origin's move-out confirmation at registration", async () => {
    const idNumber = makeIdNumber('510102', '1990-01-01', 115);
    await login(session, 'clerk');
    const url = await intake(idNumber, '李川', '龙泉路103号', true, false, '510102');
    await act('受理审核');
    await login(session, 'county');
    await page.goto(url);
    await approve();
    await page.getByTestId('permit-number').waitFor();
    await login(session, 'clerk');
    await page.goto(url);
    const form = page.getByTestId('origin-confirmation');
    await form.getByLabel('迁出确认编号').fill('QC-2017-0042');
    await form.getByLabel('迁出地派出所').fill('锦江区督院街派出所');
    await page.getByTestId('register-form').getByRole('button', { name: '办理落户登记' }).click();
    await page.getByTestId('application-state').filter({ hasText: '已办结落户' }).waitFor();
    const detail = await page.evaluate(
      async (u) => (await fetch(u)).json(),
      url.replace(/\/applications\//, '/api/v1/applications/'),
    );
    expect(detail.events.at(-1).detail.originConfirmation).toEqual({
      reference: 'QC-2017-0042',
      station: '锦江区督院街派出所',
    });
  });

  it('answers an unknown verification token (or a permit number) as not found', async () => {
    await page.goto(server.url + '/verify/ZQ12345');
    await page.getByTestId('permit-status').filter({ hasText: '未找到该证明' }).waitFor();
  });
});
