/** The taken stretches of one row of labels, kept sorted so a fit is a binary search, not a scan. */
export class RowSpans {
  #starts: number[] = [];
  #ends: number[] = [];

  /** True when [left, right) overlaps nothing already in the row. */
  fits(left: number, right: number): boolean {
    const i = this.#firstStartAtOrAfter(left);
    const before = this.#ends[i - 1];
    const after = this.#starts[i];
    return (before === undefined || before <= left) && (after === undefined || after >= right);
  }

  /** Takes [left, right); call only after {@link fits} said yes. */
  add(left: number, right: number): void {
    const i = this.#firstStartAtOrAfter(left);
    this.#starts.splice(i, 0, left);
    this.#ends.splice(i, 0, right);
  }

  #firstStartAtOrAfter(x: number): number {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#starts[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
