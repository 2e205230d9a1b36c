/** A token bucket for the simulators' rate limits: `capacity` calls at once, refilled at `refillPerSecond`. */
export function tokenBucket(capacity: number, refillPerSecond: number): { take(): boolean } {
  let tokens = capacity;
  let last = performance.now();
  return {
    take() {
      const now = performance.now();
      tokens = Math.min(capacity, tokens + ((now - last) / 1000) * refillPerSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
