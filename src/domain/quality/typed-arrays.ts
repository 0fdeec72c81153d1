// Growing typed arrays: the whole-register scan keeps its per-row and per-name facts in them instead of objects.

/** The array itself when it has room for `need` values, else a copy at least twice as long. */
export function grownInt32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}
