// The measures of a day are computed from "cells": counts of persons grouped by everything a measure needs (their
// hukou town and whether its unit is urban, where they count as residents, sex, age band, ethnicity), read from the
// register in one pass (src/db/repositories/statistics/cells.ts). Here the cells become one figure table per town
// — the body of a stored snapshot — from which any scope (city, county, town) is summed. Pure.
import { isInCity } from '../divisions/city.ts';

/** 5-year bands 0-4 … 95-99, and 100+ (band 20). */
export const AGE_BANDS = 21;

export type ResidentKind = 'present' | 'moved' | 'away';

export interface PersonCell {
  /** The 9-digit town of the hukou unit. */
  town: string;
  /** The hukou unit's urban-rural code is 1xx. */
  urban: boolean;
  family: boolean;
  /** present: counts as a resident where registered; moved: lives ≥ the threshold in another unit of the city;
   *  away: lives ≥ the threshold outside the city. */
  kind: ResidentKind;
  /** For 'moved': the town and urban class of the unit lived in. */
  liveTown: string | null;
  liveUrban: boolean | null;
  sex: string;
  band: number;
  ethnicity: string;
  n: number;
}

export interface HouseholdCell {
  town: string;
  family: boolean;
  n: number;
}

/** Persons from outside the city living here ≥ the threshold (residence registrations). */
export interface IncomerCell {
  town: string;
  urban: boolean;
  n: number;
}

export interface TownFigures {
  registered: number;
  registeredUrban: number;
  households: number;
  families: number;
  familyMembers: number;
  present: number;
  movedIn: number;
  fromOutside: number;
  residentUrban: number;
  /** Registered persons who live outside the city ≥ the threshold. */
  awayFromCity: number;
  male: number[];
  female: number[];
  ethnicities: Record<string, number>;
}

export interface DayFigures {
  /** YYYY-MM-DD */
  asOf: string;
  towns: Record<string, TownFigures>;
}

export function emptyTown(): TownFigures {
  return {
    registered: 0,
    registeredUrban: 0,
    households: 0,
    families: 0,
    familyMembers: 0,
    present: 0,
    movedIn: 0,
    fromOutside: 0,
    residentUrban: 0,
    awayFromCity: 0,
    male: new Array<number>(AGE_BANDS).fill(0),
    female: new Array<number>(AGE_BANDS).fill(0),
    ethnicities: {},
  };
}

/** Fold the cells of one day into its figure table, town by town. */
export function dayFigures(
  asOf: string,
  cells: {
    persons: Iterable<PersonCell>;
    households: Iterable<HouseholdCell>;
    incomers: Iterable<IncomerCell>;
  },
): DayFigures {
  const towns: Record<string, TownFigures> = {};
  const town = (code: string) => (towns[code] ??= emptyTown());
  for (const c of cells.persons) {
    const t = town(c.town);
    t.registered += c.n;
    if (c.urban) t.registeredUrban += c.n;
    if (c.family) t.familyMembers += c.n;
    const band = Math.min(Math.max(c.band, 0), AGE_BANDS - 1);
    if (c.sex === '1') t.male[band]! += c.n;
    else if (c.sex === '2') t.female[band]! += c.n;
    t.ethnicities[c.ethnicity] = (t.ethnicities[c.ethnicity] ?? 0) + c.n;
    if (c.kind === 'present') {
      t.present += c.n;
      if (c.urban) t.residentUrban += c.n;
    } else if (c.kind === 'moved' && c.liveTown && isInCity(c.liveTown)) {
      const live = town(c.liveTown);
      live.movedIn += c.n;
      if (c.liveUrban) live.residentUrban += c.n;
    } else {
      t.awayFromCity += c.n;
    }
  }
  for (const c of cells.households) {
    const t = town(c.town);
    t.households += c.n;
    if (c.family) t.families += c.n;
  }
  for (const c of cells.incomers) {
    const t = town(c.town);
    t.fromOutside += c.n;
    if (c.urban) t.residentUrban += c.n;
  }
  return { asOf, towns };
}

/** The sum of the towns whose code starts with `scope` (5306: all of them). */
export function sumTowns(figures: DayFigures, scope: string): TownFigures {
  const out = emptyTown();
  for (const [code, t] of Object.entries(figures.towns)) {
    if (!code.startsWith(scope)) continue;
    for (const k of [
      'registered',
      'registeredUrban',
      'households',
      'families',
      'familyMembers',
      'present',
      'movedIn',
      'fromOutside',
      'residentUrban',
      'awayFromCity',
    ] as const)
      out[k] += t[k];
    t.male.forEach((n, i) => (out.male[i]! += n));
    t.female.forEach((n, i) => (out.female[i]! += n));
    for (const [e, n] of Object.entries(t.ethnicities)) out.ethnicities[e] = (out.ethnicities[e] ?? 0) + n;
  }
  return out;
}

export function residents(t: TownFigures): number {
  return t.present + t.movedIn + t.fromOutside;
}

/** a ÷ b as a fraction, null when b is 0. */
export function rate(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
