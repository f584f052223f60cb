// Wall-clock and CPU time of a run's phases, for `npm run ingest -- --timings FILE` and the benchmarks. CPU time is the
// whole process's (worker threads included): on a shared machine it says what the work cost when the wall clock also
// measures the neighbours.

/** Milliseconds of one phase. */
export interface PhaseTime {
  wall: number;
  cpu: number;
}

/** Marks the end of each phase in turn; `times` holds each phase's share, `total` the time up to the last mark. */
export class PhaseClock {
  readonly times: Record<string, PhaseTime> = {};
  total: PhaseTime = { wall: 0, cpu: 0 };
  private readonly started = performance.now();
  private readonly startedCpu = process.cpuUsage();
  private lastWall = this.started;
  private lastCpu = 0;

  /** Ends the phase called `name` (the time since the previous mark, or since the clock was made). */
  mark(name: string): void {
    const wall = performance.now();
    const used = process.cpuUsage(this.startedCpu);
    const cpu = (used.user + used.system) / 1000;
    this.times[name] = { wall: round(wall - this.lastWall), cpu: round(cpu - this.lastCpu) };
    this.total = { wall: round(wall - this.started), cpu: round(cpu) };
    this.lastWall = wall;
    this.lastCpu = cpu;
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
