'use client';
import { scoreSeries, type Attempt } from '@/lib/practice/attempts';

const WIDTH = 320;
const HEIGHT = 90;
const PAD = { left: 30, right: 8, top: 8, bottom: 16 };

/** Checklist scores over time as a small inline SVG line chart (oldest left). */
export function ScoreChart({ attempts }: { attempts: readonly Attempt[] }) {
  const points = scoreSeries(attempts);
  if (points.length === 0) return null;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  // Spread attempts evenly: several attempts on one evening would otherwise overlap.
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (ratio: number) => PAD.top + (1 - ratio) * innerH;
  const plotted = points.map((p, i) => ({ ...p, cx: x(i), cy: p.ratio === null ? null : y(p.ratio) }));
  const path = plotted
    .filter((p) => p.cy !== null)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.cx.toFixed(1)},${p.cy!.toFixed(1)}`)
    .join(' ');
  const latest = plotted[plotted.length - 1];
  const summary = points.map((p) => `${p.label} on ${new Date(p.time).toLocaleDateString()}`).join(', ');
  return (
    <svg className="score-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Checklist scores over time: ${summary}`}>
      {[0, 0.5, 1].map((r) => (
        <g key={r}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(r)} y2={y(r)} className="score-chart-grid" />
          <text x={PAD.left - 4} y={y(r)} textAnchor="end" dominantBaseline="central" className="score-chart-axis">
            {r * 100}%
          </text>
        </g>
      ))}
      <path d={path} className="score-chart-line" fill="none" />
      {plotted.map((p) =>
        p.cy === null ? null : (
          <circle key={p.attemptId} cx={p.cx} cy={p.cy} r={3.5} className="score-chart-point">
            <title>{`${p.title}: ${p.label} (${new Date(p.time).toLocaleString()})`}</title>
          </circle>
        ),
      )}
      {/* The latest score is written out; with one attempt it is the whole chart, with its date. */}
      {latest?.cy != null && (
        <text x={latest.cx} y={latest.cy < 16 ? latest.cy + 14 : latest.cy - 7} textAnchor={plotted.length === 1 ? 'middle' : 'end'} className="score-chart-value">
          {latest.label}
        </text>
      )}
      {plotted.length === 1 ? (
        <text x={plotted[0].cx} y={HEIGHT - 3} textAnchor="middle" className="score-chart-axis">
          {new Date(plotted[0].time).toLocaleDateString()} (first attempt)
        </text>
      ) : (
        <>
          <text x={PAD.left} y={HEIGHT - 3} className="score-chart-axis">oldest</text>
          <text x={WIDTH - PAD.right} y={HEIGHT - 3} textAnchor="end" className="score-chart-axis">latest</text>
        </>
      )}
    </svg>
  );
}
