// The practice clock's two readouts: a countdown (rounds up, so it reaches 00:00 exactly at
// the boundary) and a duration that counts up (rounds down, like a stopwatch).

function twoDigits(n: number): string {
  return n.toString().padStart(2, '0');
}

/**
 * A countdown as "mm:ss". Overrun (negative remaining) is shown as "-mm:ss", e.g. a phase
 * 83 s over reads "-01:23". Seconds round up while counting down, so the display reaches
 * "00:00" exactly at the boundary and "-00:01" one full second later. Minutes are not
 * wrapped into hours ("75:00"). Non-finite input gives "--:--".
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '--:--';
  const seconds = Math.ceil(ms / 1000);
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  return `${sign}${twoDigits(Math.floor(abs / 60))}:${twoDigits(abs % 60)}`;
}

/** A duration that counts up (elapsed, time spent) as "mm:ss", rounding down. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '--:--';
  const abs = Math.floor(Math.abs(ms) / 1000);
  return `${ms < 0 && abs > 0 ? '-' : ''}${twoDigits(Math.floor(abs / 60))}:${twoDigits(abs % 60)}`;
}
