// When to stop restarting a crashing language server: more than `limit` crashes within `windowMs`.

export class CrashCounter {
  private times: number[] = [];

  constructor(private readonly limit = 4, private readonly windowMs = 3 * 60 * 1000) {}

  /** Records a crash at `now`; true while the server may be restarted. */
  crashed(now: number): boolean {
    this.times = [...this.times.filter((t) => now - t <= this.windowMs), now];
    return this.times.length <= this.limit;
  }

  get count(): number {
    return this.times.length;
  }

  reset(): void {
    this.times = [];
  }
}
