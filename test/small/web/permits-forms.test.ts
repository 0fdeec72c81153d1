// The permit pages' pure parts: what a right still needs, in words and in each language; the residence
// registration body the form sends, checked by the API's own schema with every issue on its field (a start date
// after today, a bad ID number, sex and birth date disagreeing with the number); the towns a clerk may pick.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { messagesFor, type Language } from '../../../web/src/i18n/languages.ts';
import type { Translate } from '../../../web/src/i18n/index.tsx';
import {
  fieldName,
  registrationBody,
  registrationIssues,
  townsFor,
  type RegistrationFormValues,
} from '../../../web/src/pages/permits/registerForm.ts';
import { codeLabel, eventLabel, localToday, needsText } from '../../../web/src/pages/permits/permitsText.ts';

/** The app's t() over a catalog, without React. */
const translator =
  (language: Language): Translate =>
  (key, params) => {
    const text = messagesFor(language)[key];
    return params ? text.replace(/\{(\w+)\}/g, (m, n: string) => String(params[n] ?? m)) : text;
  };
const zh = translator('zh-CN');
const en = translator('en');
const TODAY = '2026-12-02';
const ID = makeIdNumber('530627', '1990-05-06', 113); // odd sequence: male

const form = (over: Partial<RegistrationFormValues> = {}): RegistrationFormValues => ({
  person: {
    idNumber: ` ${ID.toLowerCase()} `,
    name: ' 毖谰 ',
    sex: '1',
    birthDate: '1990-05-06',
    ethnicity: '01',
    hukou: { divisionCode: '530627101', rural: true },
  },
  town: '530602001',
  residence: { unitCode: '530602001001', address: '龙泉路1号', since: '2026-01-15' },
  grounds: ['employment'],
  evidence: [{ code: 'employment-proof', reference: 'HT-2026-001' }],
  ...over,
});
const issuesOf = (v: RegistrationFormValues, inRegister = false) =>
  registrationIssues(registrationBody(v, inRegister), TODAY, zh('permits.f.future'));
const paths = (v: RegistrationFormValues, inRegister = false) =>
  issuesOf(v, inRegister).issues.map((i) => i.name.join('.'));

describe('what a right still needs, in words', () => {
  it('says each need with its number, joined, in Chinese and in English', () => {
    expect(needsText(zh, { continuousResidenceYears: 5 })).toBe('需连续居住满5年');
    expect(needsText(zh, { validPermit: true, socialInsuranceYears: 3 })).toBe(
      '需持有效居住证；需缴纳社会保险满3年',
    );
    expect(needsText(en, { continuousSchoolingYears: 3 })).toBe('needs 3 years of continuous schooling');
    expect(needsText(zh, undefined)).toBe('');
    expect(needsText(zh, { validPermit: false })).toBe('');
  });

  it('still shows a need it does not know, by its code', () => {
    expect(needsText(zh, { residenceMonths: 6 })).toBe('需满足：residenceMonths 6');
  });

  it('names every right of the contract and every event, in every language', () => {
    for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
      const t = translator(language);
      expect(codeLabel(t, 'permits.ent.', 'housing-security')).not.toBe('housing-security');
      expect(codeLabel(t, 'permits.ent.', 'no-such-right')).toBe('no-such-right');
      expect(eventLabel(t, 'endorse')).toBe(t('permits.action.endorse'));
    }
    expect(eventLabel(zh, 'register')).toBe('居住登记');
    expect(eventLabel(zh, 'something-new')).toBe('something-new');
  });

  it('numbers any count of years in the sentence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), (n) => {
        expect(needsText(zh, { continuousResidenceYears: n })).toBe(`需连续居住满${n}年`);
      }),
    );
  });
});

describe('the residence registration form', () => {
  it('sends a body the API schema accepts, trimmed, the number upper-cased, without the town', () => {
    const { issues, input } = issuesOf(form());
    expect(issues).toEqual([]);
    expect(input).toMatchObject({
      person: { idNumber: ID, name: '毖谰', hukou: { divisionCode: '530627101', rural: true } },
      residence: { unitCode: '530602001001', since: '2026-01-15' },
    });
    expect(input).not.toHaveProperty('town');
  });

  it('names a person in the register by the number alone', () => {
    const body = registrationBody(form(), true);
    expect(body.person).toEqual({ idNumber: ID });
    expect(paths(form({ person: { idNumber: ID } }), true)).toEqual([]);
  });

  it('puts a start date after today on residence.since', () => {
    const v = form({ residence: { unitCode: '530602001001', address: '龙泉路1号', since: '2026-12-03' } });
    expect(issuesOf(v).issues).toEqual([{ name: ['residence', 'since'], message: '不能晚于今天' }]);
    expect(paths(form({ residence: { unitCode: '530602001001', address: 'x', since: TODAY } }))).toEqual([]);
  });

  it('puts a bad ID number on person.idNumber, and sex or birth date that disagree with it on theirs', () => {
    const bad = ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0');
    expect(paths(form({ person: { ...form().person, idNumber: bad } }))).toEqual(['person.idNumber']);
    expect(paths(form({ person: { ...form().person, sex: '2' } }))).toEqual(['person.sex']);
    expect(paths(form({ person: { ...form().person, birthDate: '1990-05-07' } }))).toEqual([
      'person.birthDate',
    ]);
  });

  it('names each missing answer by its own path, each field once', () => {
    const p = paths({ person: { idNumber: ID }, evidence: [{ code: 'id-card' }] });
    expect(p).toEqual(
      expect.arrayContaining([
        'person.name',
        'person.hukou.divisionCode',
        'residence.unitCode',
        'residence.address',
        'residence.since',
        'grounds',
        'evidence.0.reference',
      ]),
    );
    expect(new Set(p).size).toBe(p.length);
    expect(paths(form({ evidence: [] }))).toEqual(['evidence']);
  });

  it('reads a server path as a form field name', () => {
    expect(fieldName('person.idNumber')).toEqual(['person', 'idNumber']);
    expect(fieldName('evidence.0.reference')).toEqual(['evidence', 0, 'reference']);
  });
});

describe('where a clerk may register residence', () => {
  it('offers the station its own town, a county its towns, and the city all of them', () => {
    expect(townsFor('530602001').map((t) => t.code)).toEqual(['530602001']);
    const county = townsFor('530627');
    expect(county.length).toBeGreaterThan(1);
    expect(county.every((t) => t.countyCode === '530627')).toBe(true);
    expect(townsFor('5306').length).toBe(150);
  });

  it("knows today's date in the clerk's own time", () => {
    expect(localToday(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
  });
});
