// The back-of-envelope worksheet of the requirements phase: DAU → requests/day → average
// and peak QPS; storage per day, per year and for the retention window; bandwidth.
// Everything is pure and total: a blank or invalid input makes the outputs that depend on
// it null, never NaN, so the UI can show "—" while the user is still typing.

export const SECONDS_PER_DAY = 86_400;
export const DAYS_PER_YEAR = 365;

export interface EstimationInputs {
  dailyActiveUsers: number | null;
  requestsPerUserPerDay: number | null;
  /** Peak QPS ÷ average QPS; at least 1 (2–3 is typical for a business-hours product). */
  peakToAverageRatio: number | null;
  /** Share of requests that write, 0..1. */
  writeFraction: number | null;
  /** Bytes received per request (bandwidth in). */
  requestBytes: number | null;
  /** Bytes sent back per request (bandwidth out). */
  responseBytes: number | null;
  /** Bytes stored per write, after encoding, before replication. */
  bytesPerWrite: number | null;
  retentionDays: number | null;
}

export type EstimationField = keyof EstimationInputs;

/** What a form holds while the user types: text, numbers or nothing. */
export type EstimationForm = Partial<Record<EstimationField, string | number | null | undefined>>;

export interface EstimationOutputs {
  requestsPerDay: number | null;
  averageQps: number | null;
  peakQps: number | null;
  writesPerDay: number | null;
  averageWriteQps: number | null;
  storagePerDayBytes: number | null;
  storagePerYearBytes: number | null;
  /** Steady-state footprint: a day of writes × the retention window. */
  retainedStorageBytes: number | null;
  bandwidthInBytesPerSecond: number | null;
  bandwidthOutBytesPerSecond: number | null;
  peakBandwidthInBytesPerSecond: number | null;
  peakBandwidthOutBytesPerSecond: number | null;
}

/** A plausible starting point for the worksheet (a mid-sized SaaS product). */
export const EXAMPLE_ESTIMATION_FORM: Required<EstimationForm> = {
  dailyActiveUsers: '20M',
  requestsPerUserPerDay: '10',
  peakToAverageRatio: '3',
  writeFraction: '10%',
  requestBytes: '1 KB',
  responseBytes: '10 KB',
  bytesPerWrite: '2 KB',
  retentionDays: '365',
};

// ---------------------------------------------------------------------------------------
// Parsing what the user typed

const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?`;

/** Splits "1.5 KB" into 1.5 and "kb"; ignores thousands separators, spaces and underscores. */
function splitNumberAndUnit(text: string): { value: number; unit: string } | null {
  const compact = text.trim().replace(/[,_\s]/g, '').toLowerCase();
  const match = new RegExp(`^${NUMBER}([a-z%×]*)$`).exec(compact);
  if (!match) return null;
  const value = Number(match[1]) * 10 ** Number(match[2] ?? 0);
  return Number.isFinite(value) ? { value, unit: match[3] } : null;
}

const COUNT_MULTIPLIERS: Record<string, number> = {
  '': 1,
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  trillion: 1e12,
};

/** "20M", "1.5k", "2,000,000", "3e6" → a non-negative number; anything else → null. */
export function parseCount(input: string | number | null | undefined): number | null {
  return parseWithUnit(input, COUNT_MULTIPLIERS);
}

/** A non-negative number as is, or a string "<number> <unit>" with a unit from `multipliers`. */
export function parseWithUnit(input: string | number | null | undefined, multipliers: Record<string, number>): number | null {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? input : null;
  if (typeof input !== 'string') return null;
  const parts = splitNumberAndUnit(input);
  if (!parts) return null;
  const multiplier = multipliers[parts.unit];
  return multiplier === undefined ? null : parts.value * multiplier;
}

const BYTE_MULTIPLIERS: Record<string, number> = {
  '': 1,
  b: 1,
  byte: 1,
  bytes: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  pb: 1e15,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** "2 KB", "1.5MB", "512", "4 KiB" → bytes (KB = 1000 bytes, KiB = 1024); anything else → null. */
export function parseBytes(input: string | number | null | undefined): number | null {
  return parseWithUnit(input, BYTE_MULTIPLIERS);
}

/**
 * "10%", "0.1" → 0.1. A bare number above 1 (up to 100) is read as a percentage, since
 * nobody means a write share of 1000%. Outside 0..1 → null.
 */
export function parseFraction(input: string | number | null | undefined): number | null {
  let value: number;
  let percent = false;
  if (typeof input === 'number') value = input;
  else if (typeof input === 'string') {
    const parts = splitNumberAndUnit(input);
    if (!parts || (parts.unit !== '' && parts.unit !== '%')) return null;
    value = parts.value;
    percent = parts.unit === '%';
  } else return null;
  if (!Number.isFinite(value) || value < 0) return null;
  if (percent || value > 1) value /= 100;
  return value <= 1 ? value : null;
}

/** "3", "3x", "3×" → 3; must be at least 1. */
export function parseRatio(input: string | number | null | undefined): number | null {
  let value: number | null;
  if (typeof input === 'number') value = input;
  else if (typeof input === 'string') {
    const parts = splitNumberAndUnit(input);
    value = parts && (parts.unit === '' || parts.unit === 'x' || parts.unit === '×') ? parts.value : null;
  } else value = null;
  return value !== null && Number.isFinite(value) && value >= 1 ? value : null;
}

const DAY_MULTIPLIERS: Record<string, number> = { '': 1, d: 1, day: 1, days: 1, w: 7, week: 7, weeks: 7, y: 365, yr: 365, year: 365, years: 365 };

/** "90", "90 days", "2y", "6 weeks" → days; must be positive. */
export function parseDays(input: string | number | null | undefined): number | null {
  let value: number | null;
  if (typeof input === 'number') value = input;
  else if (typeof input === 'string') {
    const parts = splitNumberAndUnit(input);
    const multiplier = parts ? DAY_MULTIPLIERS[parts.unit] : undefined;
    value = parts && multiplier !== undefined ? parts.value * multiplier : null;
  } else value = null;
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}

export function normalizeEstimationInputs(form: EstimationForm): EstimationInputs {
  return {
    dailyActiveUsers: parseCount(form.dailyActiveUsers),
    requestsPerUserPerDay: parseCount(form.requestsPerUserPerDay),
    peakToAverageRatio: parseRatio(form.peakToAverageRatio),
    writeFraction: parseFraction(form.writeFraction),
    requestBytes: parseBytes(form.requestBytes),
    responseBytes: parseBytes(form.responseBytes),
    bytesPerWrite: parseBytes(form.bytesPerWrite),
    retentionDays: parseDays(form.retentionDays),
  };
}

// ---------------------------------------------------------------------------------------
// Arithmetic

/** Multiplies when every factor is known; a finite result or null. */
export function product(...factors: (number | null)[]): number | null {
  let result = 1;
  for (const f of factors) {
    if (f === null || !Number.isFinite(f)) return null;
    result *= f;
  }
  return Number.isFinite(result) ? result : null;
}

function perSecond(perDay: number | null): number | null {
  return perDay === null ? null : perDay / SECONDS_PER_DAY;
}

/** Accepts normalized inputs or raw form text (normalized first). */
export function computeEstimates(form: EstimationForm): EstimationOutputs {
  const i = normalizeEstimationInputs(form);
  const requestsPerDay = product(i.dailyActiveUsers, i.requestsPerUserPerDay);
  const averageQps = perSecond(requestsPerDay);
  const peakQps = product(averageQps, i.peakToAverageRatio);
  const writesPerDay = product(requestsPerDay, i.writeFraction);
  const storagePerDayBytes = product(writesPerDay, i.bytesPerWrite);
  return {
    requestsPerDay,
    averageQps,
    peakQps,
    writesPerDay,
    averageWriteQps: perSecond(writesPerDay),
    storagePerDayBytes,
    storagePerYearBytes: product(storagePerDayBytes, DAYS_PER_YEAR),
    retainedStorageBytes: product(storagePerDayBytes, i.retentionDays),
    bandwidthInBytesPerSecond: product(averageQps, i.requestBytes),
    bandwidthOutBytesPerSecond: product(averageQps, i.responseBytes),
    peakBandwidthInBytesPerSecond: product(peakQps, i.requestBytes),
    peakBandwidthOutBytesPerSecond: product(peakQps, i.responseBytes),
  };
}

// ---------------------------------------------------------------------------------------
// Formatting (decimal SI multiples: k = 1,000; KB = 1,000 bytes)

function trimDecimal(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/\.0+$/, '');
}

/** Two or three significant figures with a unit prefix, e.g. 2,314.8 → "2.3" + "k". */
function compact(value: number, units: readonly string[]): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  let abs = Math.abs(value);
  if (abs === 0) return `0${units[0]}`;
  if (abs < 1) return `${sign}${trimDecimal(abs, abs < 0.1 ? 3 : 2)}${units[0]}`;
  let unit = 0;
  while (abs >= 1000 && unit < units.length - 1) {
    abs /= 1000;
    unit += 1;
  }
  let text = trimDecimal(abs, abs < 10 ? 1 : 0);
  // 999.6 rounds to "1000": move up one unit instead.
  if (Number(text) >= 1000 && unit < units.length - 1) {
    unit += 1;
    text = trimDecimal(Number(text) / 1000, 1);
  }
  return `${sign}${text}${units[unit]}`;
}

const COUNT_UNITS = ['', 'k', 'M', 'B', 'T'] as const;
const BYTE_UNITS = [' B', ' KB', ' MB', ' GB', ' TB', ' PB', ' EB'] as const;

/** 2314.8 → "2.3k", 200e6 → "200M", 2e9 → "2B" (B = billion). */
export function formatCount(value: number | null): string {
  return value === null ? '—' : compact(value, COUNT_UNITS);
}

/** 2314.8 → "2.3k QPS". */
export function formatQps(value: number | null): string {
  return value === null ? '—' : `${formatCount(value)} QPS`;
}

/** 3.4e12 → "3.4 TB" (decimal: 1 KB = 1,000 bytes). */
export function formatBytes(value: number | null): string {
  return value === null ? '—' : compact(value, BYTE_UNITS);
}

export function formatBytesPerSecond(value: number | null): string {
  return value === null ? '—' : `${formatBytes(value)}/s`;
}

/** 86400 → "86,400" (fixed en-US grouping, independent of the browser locale). */
export function formatInteger(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatPercent(fraction: number): string {
  return `${trimDecimal(fraction * 100, fraction * 100 < 10 ? 1 : 0)}%`;
}

/** "=" when the shown number is exact, "≈" when it was rounded. */
function relation(value: number, shown: string, parse: (text: string) => number | null): string {
  const back = parse(shown.replace(/ QPS$|\/s$/, ''));
  return back !== null && Math.abs(back - value) <= 1e-9 * Math.max(1, Math.abs(value)) ? '=' : '≈';
}

/** "=" or "≈" before a count or a byte size, as the notes' arithmetic chains print them. */
export const countRel = (value: number) => relation(value, formatCount(value), parseCount);
export const bytesRel = (value: number) => relation(value, formatBytes(value), parseBytes);

/** The first line of the worksheet's text in the board notes. */
export const ESTIMATES_HEADING = 'Back-of-envelope estimates';

/**
 * The worksheet as text for the board notes, showing the arithmetic so a reviewer can
 * follow it. Lines whose inputs are missing are left out; with nothing computable the
 * result is the empty string.
 */
export function estimatesToNotes(form: EstimationForm, outputs: EstimationOutputs = computeEstimates(form)): string {
  const i = normalizeEstimationInputs(form);
  const o = outputs;
  const lines: string[] = [];

  if (i.dailyActiveUsers !== null && i.requestsPerUserPerDay !== null && o.requestsPerDay !== null && o.averageQps !== null) {
    let line =
      `Traffic: ${formatCount(i.dailyActiveUsers)} DAU × ${formatCount(i.requestsPerUserPerDay)} req/day ` +
      `${countRel(o.requestsPerDay)} ${formatCount(o.requestsPerDay)} req/day ÷ ${formatInteger(SECONDS_PER_DAY)} s ` +
      `${countRel(o.averageQps)} ${formatQps(o.averageQps)} avg`;
    if (i.peakToAverageRatio !== null && o.peakQps !== null) {
      line += `; × ${formatCount(i.peakToAverageRatio)} peak ${countRel(o.peakQps)} ${formatQps(o.peakQps)}`;
    }
    lines.push(line);
  }

  if (i.writeFraction !== null && o.requestsPerDay !== null && o.writesPerDay !== null && o.averageWriteQps !== null) {
    lines.push(
      `Writes: ${formatCount(o.requestsPerDay)} req/day × ${formatPercent(i.writeFraction)} writes ` +
        `${countRel(o.writesPerDay)} ${formatCount(o.writesPerDay)} writes/day ` +
        `${countRel(o.averageWriteQps)} ${formatCount(o.averageWriteQps)} writes/s avg`,
    );
  }

  if (i.bytesPerWrite !== null && o.writesPerDay !== null && o.storagePerDayBytes !== null && o.storagePerYearBytes !== null) {
    let line =
      `Storage: ${formatCount(o.writesPerDay)} writes/day × ${formatBytes(i.bytesPerWrite)} ` +
      `${bytesRel(o.storagePerDayBytes)} ${formatBytes(o.storagePerDayBytes)}/day; × ${DAYS_PER_YEAR} ` +
      `${bytesRel(o.storagePerYearBytes)} ${formatBytes(o.storagePerYearBytes)}/year`;
    if (i.retentionDays !== null && o.retainedStorageBytes !== null) {
      line += `; kept ${formatInteger(i.retentionDays)} days ${bytesRel(o.retainedStorageBytes)} ${formatBytes(o.retainedStorageBytes)} (before replication)`;
    }
    lines.push(line);
  }

  const bandwidth: string[] = [];
  if (o.averageQps !== null && i.requestBytes !== null && o.bandwidthInBytesPerSecond !== null) {
    bandwidth.push(`in ${describeBandwidth(o.averageQps, i.requestBytes, o.bandwidthInBytesPerSecond, o.peakBandwidthInBytesPerSecond)}`);
  }
  if (o.averageQps !== null && i.responseBytes !== null && o.bandwidthOutBytesPerSecond !== null) {
    bandwidth.push(`out ${describeBandwidth(o.averageQps, i.responseBytes, o.bandwidthOutBytesPerSecond, o.peakBandwidthOutBytesPerSecond)}`);
  }
  if (bandwidth.length > 0) lines.push(`Bandwidth: ${bandwidth.join('; ')}`);

  if (lines.length === 0) return '';
  return [ESTIMATES_HEADING, ...lines.map((l) => `- ${l}`)].join('\n');
}

function describeBandwidth(qps: number, bytesPerRequest: number, average: number, peak: number | null): string {
  const shown = formatBytesPerSecond(average);
  const text = `${formatQps(qps)} × ${formatBytes(bytesPerRequest)} ${bytesRel(average)} ${shown} avg`;
  return peak === null ? text : `${text} (${formatBytesPerSecond(peak)} peak)`;
}
