import { describe, expect, it } from 'vitest';
import { countVerdicts, createMetricCollector, formatMarkdownTable, formatTextTable, formatValue, framesIn, verdict, type Metric } from './results';

const metrics: Metric[] = [
  { name: 'drag_p95_ms', nodes: 200, value: 16.7, unit: 'ms', target: 16.7 },
  { name: 'drag_p95_ms', nodes: 1000, value: 50.1, unit: 'ms', target: 33 },
  { name: 'baseline_drag_p95_ms', nodes: 200, value: 16.66, unit: 'ms', target: null },
  { name: 'first_load_js_kb', nodes: null, value: 1234.567, unit: 'kb', target: 200 },
];

describe('verdict', () => {
  it('is ok at or under the target, MISSED over it, and — without a target', () => {
    expect(metrics.map(verdict)).toEqual(['ok', 'MISSED', '—', 'MISSED']);
  });
  it('judges frame times in whole 60 Hz frames', () => {
    const frame = (value: number, target: number): Metric => ({ name: 'drag_p95_ms', nodes: 200, value, unit: 'ms', target, frameTime: true });
    expect(verdict(frame(16.8, 16.7))).toBe('ok'); // one frame plus timer jitter
    expect(verdict(frame(33.3, 16.7))).toBe('MISSED'); // two frames
    expect(verdict(frame(33.4, 33))).toBe('ok'); // two frames against a two-frame target
    expect(verdict(frame(50, 33))).toBe('MISSED');
    // Without the flag the comparison is exact.
    expect(verdict({ name: 'x', nodes: 1, value: 16.8, unit: 'ms', target: 16.7 })).toBe('MISSED');
    expect(framesIn(16.6)).toBe(1);
    expect(framesIn(49.9)).toBe(3);
  });
  it('never calls an unmeasured value ok', () => {
    expect(verdict({ name: 'x', nodes: 1, value: NaN, unit: 'ms', target: 10 })).toBe('—');
  });
  it('counts met and missed targets', () => {
    expect(countVerdicts(metrics)).toEqual({ ok: 1, missed: 2 });
  });
});

describe('formatValue', () => {
  it('keeps two decimals below 10, one below 1000, none above', () => {
    expect(formatValue(0.534)).toBe('0.53');
    expect(formatValue(16.66)).toBe('16.7');
    expect(formatValue(1234.567)).toBe('1235');
    expect(formatValue(NaN)).toBe('n/a');
  });
});

describe('formatTextTable', () => {
  const lines = formatTextTable(metrics).split('\n');

  it('has a header, a rule and one row per metric', () => {
    expect(lines).toHaveLength(2 + metrics.length);
    expect(lines[0]).toMatch(/^metric\s+nodes\s+value\s+unit\s+target\s+status$/);
    expect(lines[1]).toMatch(/^-+( +-+){5}$/);
  });

  it('aligns columns: every row has the value column ending at the same place', () => {
    const valueEnd = lines[0].indexOf('value') + 'value'.length;
    const rowEnds = lines.slice(2).map((line, i) => line.indexOf(formatValue(metrics[i].value)) + formatValue(metrics[i].value).length);
    expect(new Set(rowEnds)).toEqual(new Set([Math.max(valueEnd, ...rowEnds)]));
  });

  it('shows targets and verdicts, and leaves nodes empty for whole-app metrics', () => {
    expect(lines[3]).toMatch(/drag_p95_ms\s+1000\s+50\.1\s+ms\s+≤ 33\s+MISSED/);
    expect(lines[5]).toMatch(/^first_load_js_kb\s+1235\s+kb\s+≤ 200\s+MISSED$/);
  });
});

describe('formatMarkdownTable', () => {
  it('is a GitHub table with right-aligned numbers', () => {
    const lines = formatMarkdownTable(metrics).split('\n');
    expect(lines[0]).toBe('| metric | nodes | value | unit | target | status |');
    expect(lines[1]).toBe('| --- | ---: | ---: | --- | --- | --- |');
    expect(lines[2]).toBe('| drag_p95_ms | 200 | 16.7 | ms | ≤ 16.7 | ok |');
    expect(lines).toHaveLength(2 + metrics.length);
  });

  it('escapes pipes inside cells', () => {
    const table = formatMarkdownTable([{ name: 'a|b', nodes: null, value: 1, unit: 'ms', target: null }]);
    expect(table.split('\n')[2]).toBe('| a\\|b |  | 1.00 | ms |  | — |');
  });
});

describe('createMetricCollector', () => {
  it('records rounded metrics in order, flags drag and pan frame times, and logs each one', () => {
    const lines: string[] = [];
    const { metrics, report } = createMetricCollector((line) => lines.push(line));
    report('drag_p95_ms', 200, 16.6666, 'ms', 16.7, '180 frames');
    report('baseline_pan_p95_ms', 200, 33.333, 'ms');
    report('mount_ms', 1000, 812.345, 'ms', 1500);
    report('first_load_js_kb', null, 150.019, 'kb', 200);
    expect(metrics).toEqual([
      { name: 'drag_p95_ms', nodes: 200, value: 16.67, unit: 'ms', target: 16.7, note: '180 frames', frameTime: true },
      { name: 'baseline_pan_p95_ms', nodes: 200, value: 33.33, unit: 'ms', target: null, frameTime: true },
      { name: 'mount_ms', nodes: 1000, value: 812.35, unit: 'ms', target: 1500 },
      { name: 'first_load_js_kb', nodes: null, value: 150.02, unit: 'kb', target: 200 },
    ]);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('drag_p95_ms @200: 16.67 ms (target ≤ 16.7)');
    expect(lines[3]).not.toContain('@');
  });
});
