// Migration by month (issue 16; T3): a move counts as in-migration of an area when it ends inside the area and
// began outside it, as out-migration when the reverse; a move within the area is neither. Pure.

export interface MoveCell {
  /** YYYY-MM in 昭通 */
  month: string;
  /** Town codes (9 digits) on either side; null = outside the register. */
  from: string | null;
  to: string | null;
  n: number;
}

export interface Flow {
  in: number;
  out: number;
  net: number;
}

const inside = (code: string | null, area: readonly string[]) =>
  code !== null && area.some((prefix) => code.startsWith(prefix));

/** Flows of an area (one or more code prefixes) for each month, oldest first. */
export function monthlyFlows(cells: readonly MoveCell[], area: readonly string[], months: readonly string[]) {
  const byMonth = new Map(months.map((m) => [m, { in: 0, out: 0 }]));
  for (const c of cells) {
    const slot = byMonth.get(c.month);
    if (!slot) continue;
    const into = inside(c.to, area);
    const outOf = inside(c.from, area);
    if (into && !outOf) slot.in += c.n;
    else if (outOf && !into) slot.out += c.n;
  }
  return months.map((month) => {
    const f = byMonth.get(month)!;
    return { month, in: f.in, out: f.out, net: f.in - f.out };
  });
}

/** The flows of an area summed over all months. */
export function totalFlow(monthly: readonly Flow[]): Flow {
  const sum = monthly.reduce((a, f) => ({ in: a.in + f.in, out: a.out + f.out }), { in: 0, out: 0 });
  return { ...sum, net: sum.in - sum.out };
}
