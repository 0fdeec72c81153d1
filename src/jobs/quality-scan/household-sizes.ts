// Active members per household, counted in the pass by the household id's hash: what household embedding needs
// (a head alone or with family, a core member left alone) without reading the members, so only the pairs that
// relatives of the same name could still lift wait for the households. Two households whose ids share a 32-bit
// hash (a few hundred of 1.9 million) count as one; that can only make a household look larger, and every pair
// that becomes a finding is scored again with the members read by id (`householdMembers`).

/** Open addressing over typed arrays: 1.9 million households in 16 MB, no object per household. */
export class HouseholdSizes {
  private keys: Int32Array;
  private counts: Int32Array;
  private used: Uint8Array;
  private size = 0;

  constructor(capacity = 1 << 16) {
    this.keys = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  private slot(hash: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(hash, 0x9e3779b1) & mask;
    while (this.used[i] && this.keys[i] !== hash) i = (i + 1) & mask;
    return i;
  }

  add(hash: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(hash);
    if (!this.used[i]) {
      this.used[i] = 1;
      this.keys[i] = hash;
      this.size++;
    }
    this.counts[i]!++;
  }

  get(hash: number): number {
    const i = this.slot(hash);
    return this.used[i] ? this.counts[i]! : 0;
  }

  private grow(): void {
    const { keys, counts, used } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (!used[i]) continue;
      const j = this.slot(keys[i]!);
      this.used[j] = 1;
      this.keys[j] = keys[i]!;
      this.counts[j] = counts[i]!;
    }
  }
}
