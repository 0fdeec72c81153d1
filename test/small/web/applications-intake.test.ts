// The clerk's intake wizard asks, per basis, the self-check's own questions (no copy), and builds an application
// body that the API's schemas accept; a missing answer is named by its path.
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { applicationBody, factQuestions } from '../../../web/src/pages/applications/intakeForm.ts';
import { SITUATIONS, basisOf, questionKey } from '../../../web/src/pages/public/questions.ts';

const SECTION: Record<string, string> = {
  residence: 'residence',
  kin: 'kin',
  student: 'student',
  'military-family': 'military',
  'key-group': 'keyGroup',
  'return-to-origin': 'returnToOrigin',
  marriage: 'marriage',
  'residence-permit': 'residencePermit',
  unregistered: 'unregistered',
};

const base = (extra: Record<string, unknown>) => ({
  applicant: {
    name: '王五',
    idNumber: makeIdNumber('530627', '1990-01-01', 111),
    sex: '1',
    ethnicity: '01',
    birthDate: '1990-01-01',
    consent: true,
  },
  origin: { has: true, divisionCode: '530627', rural: true },
  destination: { divisionCode: '530602001003', kind: 'central-city', address: '龙泉路1号' },
  ...extra,
});

describe('clerk intake wizard', () => {
  it('asks only the questions of each basis, from the self-check model', () => {
    for (const s of SITUATIONS) {
      const keys = factQuestions(s, {}).map(questionKey);
      const own = keys.filter((k) => k !== 'applicant.ruralRights');
      expect(own.length, s).toBeGreaterThan(0);
      expect(
        own.every((k) => k.startsWith(`${SECTION[basisOf(s)]}.`)),
        `${s}: ${keys.join(', ')}`,
      ).toBe(true);
    }
  });

  it('builds a kin application with a companion that the API schemas accept', () => {
    const values = base({
      kin: { relation: 'parent', coResiding: true, hostHukouAtDestination: true },
      companions: [
        {
          name: '王母',
          idNumber: makeIdNumber('530627', '1962-05-05', 122),
          sex: '2',
          ethnicity: '01',
          relation: 'spouse',
          headRelation: '10',
          birthDate: '1962-05-05',
          coResiding: true,
        },
      ],
    });
    const { body, issues } = applicationBody('kin', values as never, '2026-11-27');
    expect(issues).toEqual([]);
    expect(body).toMatchObject({
      basis: 'kin',
      kin: { relation: 'parent' },
      applicant: { hukou: { divisionCode: '530627', rural: true } },
    });
  });

  it('names each missing answer and the companion fields by path', () => {
    const values = base({
      kin: { relation: 'parent' },
      companions: [{ name: '某', relation: 'spouse', birthDate: '1962-05-05' }],
    });
    const paths = applicationBody('kin', values as never, '2026-11-27').issues.map((i) => i.name.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'kin.coResiding',
        'kin.hostHukouAtDestination',
        'companions.0.idNumber',
        'companions.0.headRelation',
      ]),
    );
  });

  it('sends no hukou for the unregistered (T12)', () => {
    const { body, issues } = applicationBody(
      'unregistered',
      base({ unregistered: { category: 'unplanned-birth' } }) as never,
      '2026-11-27',
    );
    expect(issues).toEqual([]);
    expect((body.applicant as { hukou: unknown }).hukou).toBeNull();
  });
});
