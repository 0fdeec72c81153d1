// The quality module's parameters (policy/parameters/quality.yaml), read through the policy engine so each value
// is dated, per division and cited. No threshold of this module is a literal in code.
import { resolveParameter, type ParameterSet } from '../policy/parameters.ts';

export interface DuplicateParameters {
  threshold: number;
  maxBlockSize: number;
  weights: {
    name: number;
    birthDate: number;
    idNumber: number;
    places: number;
    /** The weight of the personal particulars when they do not all agree (a second registration repeats them). */
    placesDiffer: number;
    relatives: number;
    household: number;
    /** The weight against a match on a fully common name (see name-frequency.ts); 0 for a rare one. */
    commonName: number;
  };
  /** Persons holding a name: up to `from` a name is not common, from `full` fully (the weight above in full). */
  commonName: { from: number; full: number };
  twinPenalty: number;
  similarity: {
    homophone: number;
    confusable: number;
    dialect: number;
    birthDateNear: number;
    /** Numbers with one birth date and different county codes (a second registration elsewhere). */
    idOtherCounty: number;
    /** Name similarity when one name is the other with one character dropped (张小伟 / 张伟). */
    dropped: number;
    /** Household evidence when one registration sits loosely in someone else's family (其他亲属, 非亲属). */
    loose: number;
    /** Household evidence when both registrations head a household of one (0: against). */
    bothAlone: number;
  };
}

export interface QualityParameters {
  duplicate: DuplicateParameters;
  dueDays: number;
  reconcileIntervalHours: number;
  /** How soon after a registry event its new persons are checked for near-duplicates. */
  watchIntervalSeconds: number;
  requiredItems: string[];
  /** Departments whose officers may send each feed (an officer's department must be one of them). */
  feedDepartments: Record<'deaths' | 'enlistments', string[]>;
}

function num(set: ParameterSet, name: string, asOf: string, division?: string): number {
  const v = resolveParameter(set, name, asOf, division).value;
  if (typeof v !== 'number') throw new TypeError(`${name} is not a number`);
  return v;
}

export function qualityParameters(set: ParameterSet, asOf: string, division?: string): QualityParameters {
  const n = (name: string) => num(set, `quality.${name}`, asOf, division);
  const list = (name: string) => {
    const v = resolveParameter(set, `quality.${name}`, asOf, division).value;
    return Array.isArray(v) ? v.map(String) : [];
  };
  return {
    duplicate: {
      threshold: n('duplicate.threshold'),
      maxBlockSize: n('duplicate.maxBlockSize'),
      weights: {
        name: n('duplicate.weight.name'),
        birthDate: n('duplicate.weight.birthDate'),
        idNumber: n('duplicate.weight.idNumber'),
        places: n('duplicate.weight.places'),
        placesDiffer: n('duplicate.weight.placesDiffer'),
        relatives: n('duplicate.weight.relatives'),
        household: n('duplicate.weight.household'),
        commonName: n('duplicate.weight.commonName'),
      },
      commonName: { from: n('duplicate.commonName.from'), full: n('duplicate.commonName.full') },
      twinPenalty: n('duplicate.twinPenalty'),
      similarity: {
        homophone: n('duplicate.similarity.homophone'),
        confusable: n('duplicate.similarity.confusable'),
        dialect: n('duplicate.similarity.dialect'),
        birthDateNear: n('duplicate.similarity.birthDateNear'),
        idOtherCounty: n('duplicate.similarity.idOtherCounty'),
        dropped: n('duplicate.similarity.dropped'),
        loose: n('duplicate.similarity.loose'),
        bothAlone: n('duplicate.similarity.bothAlone'),
      },
    },
    dueDays: n('workQueue.dueDays'),
    reconcileIntervalHours: n('feed.reconcileIntervalHours'),
    watchIntervalSeconds: n('watch.intervalSeconds'),
    requiredItems: list('requiredItems'),
    feedDepartments: {
      deaths: list('feed.deaths.departments'),
      enlistments: list('feed.enlistments.departments'),
    },
  };
}
