// The working state of one decision: the checks made, their effect on the outcome, and (when explaining)
// the trace of inputs and parameter values behind each check. Rules talk only to this object.
import { isCitation } from './citation.ts';
import { message, MESSAGES, type MessageTable } from './messages.ts';
import {
  resolveParameter,
  type ParamValue,
  type ParameterSet,
  type ResolvedParameter,
} from './parameters.ts';

export interface Reason {
  clause: string;
  code: string;
  met: boolean;
  message: string;
}

/** require: unmet → ineligible. refer: unmet → decided elsewhere. info: never changes the outcome. */
export type Effect = 'require' | 'refer' | 'info';

export interface TraceEntry {
  clause: string;
  code: string;
  met: boolean;
  effect: Effect;
  inputs: Record<string, unknown>;
  parameters: ResolvedParameter[];
}

export interface CheckSpec {
  clause: string;
  code: string;
  met: boolean;
  effect?: Effect;
  /** false for the checks every case gets (P2, nationality): they are not what an eligible outcome rests on. */
  basis?: boolean;
  vars?: Record<string, string | number>;
  inputs?: Record<string, unknown>;
  params?: ResolvedParameter[];
}

export class Evaluation {
  readonly reasons: Reason[] = [];
  readonly trace: TraceEntry[] | null;
  private readonly meta: { effect: Effect; basis: boolean }[] = [];

  constructor(
    readonly set: ParameterSet,
    readonly asOf: string,
    readonly division: string,
    explain: boolean,
    private readonly messages: MessageTable = MESSAGES,
  ) {
    this.trace = explain ? [] : null;
  }

  param(name: string, division: string = this.division): ResolvedParameter {
    return resolveParameter(this.set, name, this.asOf, division);
  }

  num(p: ResolvedParameter): number {
    return p.value as number;
  }

  list(p: ResolvedParameter): readonly string[] {
    return p.value as string[];
  }

  check(s: CheckSpec): boolean {
    // A rule citing neither a clause of the plan nor an article of national law is a bug in the rule: fail
    // loudly, as message() does.
    if (!isCitation(s.clause)) throw new Error(`${s.code} cites ${s.clause}, not a clause of the plan`);
    const effect = s.effect ?? 'require';
    this.reasons.push({
      clause: s.clause,
      code: s.code,
      met: s.met,
      message: message(s.code, s.met, s.vars, this.messages),
    });
    this.meta.push({ effect, basis: s.basis ?? true });
    this.trace?.push({
      clause: s.clause,
      code: s.code,
      met: s.met,
      effect,
      inputs: s.inputs ?? {},
      parameters: s.params ?? [],
    });
    return s.met;
  }

  /** Outcome by precedence: any unmet requirement → ineligible; else any unmet referral → refer; else eligible. */
  outcome(): { outcome: 'eligible' | 'ineligible' | 'refer'; clauses: string[] } {
    const pick = (f: (m: { effect: Effect; basis: boolean }, r: Reason) => boolean) =>
      unique(this.reasons.filter((r, i) => f(this.meta[i]!, r)).map((r) => r.clause));
    const failed = pick((m, r) => m.effect === 'require' && !r.met);
    if (failed.length) return { outcome: 'ineligible', clauses: failed };
    const referred = pick((m, r) => m.effect === 'refer' && !r.met);
    if (referred.length) return { outcome: 'refer', clauses: referred };
    return { outcome: 'eligible', clauses: pick((m) => m.basis && m.effect === 'require') };
  }
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export type { ParamValue };
