import type { Clock } from '../ports';

/**
 * A clock the emulator can move for demos and tests (`POST /dev/clock`): it keeps running from the
 * instant it was moved to, and `reset` returns it to the base clock.
 */
export class MovableClock implements Clock {
  private offset = 0;

  constructor(private readonly base: Clock) {}

  now(): number {
    return this.base.now() + this.offset;
  }

  moveTo(at: number): void {
    this.offset = at - this.base.now();
  }

  reset(): void {
    this.offset = 0;
  }

  get moved(): boolean {
    return this.offset !== 0;
  }
}
