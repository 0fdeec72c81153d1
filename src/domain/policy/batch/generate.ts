// A seeded synthetic population of settlement cases, spread over the counties by their resident population.
// Facts are mostly those of a typical applicant, each flipped now and then, so every rule path occurs.
import { COUNTIES, townsOf } from '../../divisions/index.ts';
import {
  BASES,
  DESTINATION_KINDS,
  KIN_RELATIONS,
  STUDENT_STAGES,
  STUDENT_TARGETS,
  UNREGISTERED_CATEGORIES,
} from '../case-schema.ts';
import { allocatePopulation, F, type Population } from './population.ts';
import { destinationKindOfTown } from '../../permits/settlement-draft.ts';

/**
 * Residents per county (thousands). Known: 昭阳 911.8 (2021), 镇雄 ~1300 (">1.3 million"), 彝良 495.6 (2021),
 * 绥江 135.5 (2020 census), 水富 101.9 (2021). The other six are ESTIMATES sharing the rest of the 2021
 * city total of 5.014 million (../shared/reference/zhaotong.md); used only to weight synthetic data.
 */
export const COUNTY_RESIDENTS_K: Readonly<Record<string, number>> = {
  '530602': 911.8,
  '530621': 390,
  '530622': 480,
  '530623': 300,
  '530624': 220,
  '530625': 360,
  '530626': 135.5,
  '530627': 1300,
  '530628': 495.6,
  '530629': 330,
  '530681': 101.9,
};

/** mulberry32: small, fast, good enough for test data; the same seed gives the same population. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Target {
  division: number;
  kind: number;
}

/** Destinations: each county's own code (any kind) and its towns (街道 → city / county town, 镇 → town, 乡 → rural). */
function destinationTable() {
  const divisions: string[] = [];
  const byCounty: { weight: number; targets: Target[] }[] = [];
  const kindIndex = (k: string) => DESTINATION_KINDS.indexOf(k as (typeof DESTINATION_KINDS)[number]);
  for (const county of COUNTIES.values()) {
    const targets: Target[] = [];
    divisions.push(county.code);
    for (let k = 0; k < DESTINATION_KINDS.length; k++)
      targets.push({ division: divisions.length - 1, kind: k });
    for (const town of townsOf(county.code)) {
      divisions.push(town.code);
      targets.push({ division: divisions.length - 1, kind: kindIndex(destinationKindOfTown(town.code)) });
    }
    byCounty.push({ weight: COUNTY_RESIDENTS_K[county.code] ?? 100, targets });
  }
  return { divisions, byCounty };
}

const ISO_KEY = (iso: string) => Number(iso.replaceAll('-', ''));

/** A whole population at once. The same seed always gives the same population. */
export function generatePopulation(size: number, seed = 1, asOf = '2017-06-01'): Population {
  const g = populationGenerator(size, seed, asOf);
  g.fill(0, size);
  return g.population;
}

/** A population filled in steps (rows must be filled in order), so a job can report progress between them. */
export function populationGenerator(
  size: number,
  seed = 1,
  asOf = '2017-06-01',
): { population: Population; fill(from: number, to: number): void } {
  const { divisions, byCounty } = destinationTable();
  const p = allocatePopulation(size, asOf, divisions);
  const rnd = prng(seed);
  const total = byCounty.reduce((s, c) => s + c.weight, 0);
  const cumulative = byCounty.map(
    (
      (s) => (c: { weight: number }) =>
        (s += c.weight / total)
    )(0),
  );
  const asOfKey = ISO_KEY(asOf);
  const asOfYear = Math.floor(asOfKey / 10000);
  const dayKey = (offset: number) =>
    ISO_KEY(new Date(Date.parse(`${asOf}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10));
  const aroundAsOf = [dayKey(-1), asOfKey, dayKey(1)];
  const yes = (pTrue: number) => rnd() < pTrue;
  const pick = (n: number) => Math.floor(rnd() * n);
  const fill = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const r = rnd();
      let c = 0;
      while (c < cumulative.length - 1 && r > cumulative[c]!) c++;
      const targets = byCounty[c]!.targets;
      const t = targets[pick(targets.length)]!;
      p.division[i] = t.division;
      p.kind[i] = t.kind;
      const basis = pick(BASES.length);
      p.basis[i] = basis;
      // Ages 0..90, with birthdays near asOf often enough to hit the 17/18 boundary exactly.
      const age = pick(91);
      const nearBirthday = yes(0.1);
      const month = nearBirthday ? Math.floor(asOfKey / 100) % 100 : 1 + pick(12);
      const day = nearBirthday ? (asOfKey % 100) + pick(3) - 1 : 1 + pick(28);
      p.birth[i] = (asOfYear - age) * 10000 + month * 100 + Math.max(1, Math.min(28, day));
      if (p.birth[i]! > asOfKey) p.birth[i] = asOfKey;
      let f = 0;
      const set = (bit: number, pTrue: number) => {
        if (yes(pTrue)) f |= bit;
      };
      set(F.consent, 0.97);
      set(F.activeMilitary, 0.02);
      set(F.nationalityCN, 0.98);
      const unregistered = BASES[basis] === 'unregistered';
      set(F.hasHukou, unregistered ? 0.2 : 0.95);
      set(F.hukouRural, 0.7);
      set(F.owned, 0.5);
      set(F.legal, 0.9);
      set(F.residing, 0.9);
      set(F.rentalRegistered, 0.85);
      set(F.ownerConsent, 0.9);
      set(F.otherHousehold, 0.1);
      set(F.shared, 0.1);
      set(F.kinCoResiding, 0.9);
      set(F.kinHostHukou, 0.9);
      set(F.schoolInCity, 0.85);
      set(F.followsArmy, 0.2);
      set(F.withElders, 0.85);
      set(F.soldierOwns, 0.85);
      set(F.milCoResiding, 0.9);
      set(F.voluntary, 0.9);
      set(F.laborContract, 0.85);
      set(F.kgHasResidence, 0.15);
      set(F.previouslyMoved, 0.9);
      set(F.originResiding, 0.9);
      set(F.spouseRural, 0.5);
      set(F.coupleResides, 0.9);
      set(F.permitValid, 0.9);
      set(F.permitResidence, 0.85);
      // The marriage section must agree with the applicant's own hukou (the schema refuses a contradiction).
      if (f & F.hasHukou ? f & F.hukouRural : yes(0.5)) f |= F.applicantRural;
      p.flags[i] = f;
      const kin = BASES[basis] === 'kin';
      p.enumA[i] = kin
        ? pick(KIN_RELATIONS.length)
        : BASES[basis] === 'unregistered'
          ? pick(UNREGISTERED_CATEGORIES.length)
          : pick(5);
      p.enumB[i] = BASES[basis] === 'student' ? pick(STUDENT_TARGETS.length) : pick(3);
      if (BASES[basis] === 'student') p.enumA[i] = pick(STUDENT_STAGES.length);
      if (BASES[basis] === 'military-family') {
        p.enumA[i] = pick(3);
        p.enumB[i] = pick(2);
      }
      p.months[i] = pick(30);
      p.permitYears[i] = pick(6);
      p.insuranceYears[i] = pick(6);
      p.validUntil[i] = yes(0.3) ? aroundAsOf[pick(3)]! : 0;
      // Areas in tenths around the 15 m² placeholder, often exactly on it.
      p.area[i] = yes(0.15) ? 15 : (50 + pick(300)) / 10;
      p.ruralRights[i] = f & F.hukouRural ? pick(8) : 0;
      p.returnRights[i] = pick(8);
      p.conditions[i] = yes(0.1) ? 1 + pick(7) : 0;
    }
  };
  return { population: p, fill };
}
