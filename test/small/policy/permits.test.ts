// Residence permits: who may apply (T11.1) and what a holder gets (T11.2), per the contract's examples.
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../src/domain/errors.ts';
import { evaluatePermitApplication } from '../../../src/domain/permits/eligibility.ts';
import { evaluateEntitlements } from '../../../src/domain/permits/entitlements.ts';
import { loadParameterSet } from '../../../src/policy-data/load.ts';

const set = loadParameterSet();
const application = {
  asOf: '2017-06-01',
  applicant: { birthDate: '1985-05-05', hukou: { divisionCode: '530627', rural: true } },
  residence: { divisionCode: '530602', since: '2016-09-01' },
  grounds: ['employment'],
};
const holder = {
  asOf: '2020-06-01',
  permit: { issuedOn: '2017-01-10', endorsements: ['2017-12-20', '2018-12-28', '2019-12-30'] },
  socialInsuranceYears: 3,
  children: [{ birthDate: '2005-04-01', continuousSchoolingYears: 3 }],
};
const failed = (d: { reasons: { code: string; met: boolean }[] }) =>
  d.reasons.filter((r) => !r.met).map((r) => r.code);

describe('residence-permit eligibility', () => {
  it('a 镇雄 hukou living in 昭阳 for 9 months with a job qualifies', () => {
    expect(evaluatePermitApplication(application, set)).toMatchObject({ eligible: true, clauses: ['T11.1'] });
  });

  it('needs 6 full months, a ground, and a hukou in another county', () => {
    expect(
      evaluatePermitApplication(
        { ...application, residence: { divisionCode: '530602', since: '2016-12-01' } },
        set,
      ).eligible,
    ).toBe(true);
    expect(
      failed(
        evaluatePermitApplication(
          { ...application, residence: { divisionCode: '530602', since: '2016-12-02' } },
          set,
        ),
      ),
    ).toEqual(['rp.months-resided']);
    expect(failed(evaluatePermitApplication({ ...application, grounds: [] }, set))).toEqual(['rp.ground']);
    expect(
      failed(
        evaluatePermitApplication(
          { ...application, residence: { divisionCode: '530627001', since: '2016-01-01' } },
          set,
        ),
      ),
    ).toEqual(['rp.hukou-elsewhere']);
    // 530630 (old 水富县) and 530681 (水富市) are the same county
    const shuifu = {
      ...application,
      applicant: { ...application.applicant, hukou: { divisionCode: '530630', rural: false } },
      residence: { divisionCode: '530681001', since: '2016-01-01' },
    };
    expect(failed(evaluatePermitApplication(shuifu, set))).toEqual(['rp.hukou-elsewhere']);
  });

  it('refuses bad input naming the fields', () => {
    try {
      evaluatePermitApplication(
        { ...application, grounds: ['work'], residence: { divisionCode: '110105', since: '2016-01-01' } },
        set,
      );
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).issues.map((i) => i.path)).toEqual(['residence.divisionCode', 'grounds.0']);
    }
  });
});

describe('entitlements of a holder', () => {
  it('decides the contract example', () => {
    const r = evaluateEntitlements(holder, set);
    expect(r).toMatchObject({ permitStatus: 'valid', continuousResidenceYears: 3 });
    expect(r.entitlements).toContainEqual({ code: 'employment', clause: 'T11.2', granted: true });
    expect(r.entitlements).toContainEqual({
      code: 'housing-security',
      clause: 'T11.2',
      granted: false,
      needs: { continuousResidenceYears: 5 },
    });
    expect(r.children[0]!.entitlements).toEqual([
      { code: 'local-entrance-exam', clause: 'T11.2', granted: true },
    ]);
  });

  it('a missed endorsement suspends everything; a late one resumes and restarts the years', () => {
    const missed = { ...holder, permit: { issuedOn: '2017-01-10', endorsements: ['2017-12-20'] } };
    const suspended = evaluateEntitlements({ ...missed, asOf: '2019-06-01' }, set);
    expect(suspended.permitStatus).toBe('suspended');
    expect(suspended.entitlements.every((e) => !e.granted)).toBe(true);
    expect(evaluateEntitlements({ ...missed, asOf: '2020-06-01' }, set).permitStatus).toBe('expired');
    const late = evaluateEntitlements(
      {
        ...holder,
        permit: { issuedOn: '2017-01-10', endorsements: ['2017-12-20', '2019-03-01', '2020-02-15'] },
      },
      set,
    );
    expect(late).toMatchObject({
      permitStatus: 'valid',
      continuousResidenceYears: 1,
      continuousResidenceSince: '2019-03-01',
    });
  });

  it('children need the schooling years for local entrance exams', () => {
    const r = evaluateEntitlements(
      { ...holder, children: [{ birthDate: '2005-04-01', continuousSchoolingYears: 2 }] },
      set,
    );
    expect(r.children[0]!.entitlements[0]).toMatchObject({
      granted: false,
      needs: { continuousSchoolingYears: 3 },
    });
  });
});
