// The dashboard's charts: hand-written SVG, rendered on the server (and re-rendered in
// place by the live client when the figures change). No chart library: the three shapes
// needed (horizontal bars, a weekly column series, a two-part bar) are a few rectangles
// each, and a library would bring a client bundle, its own colours and its own idea of
// accessibility to undo. What these charts promise (issue 5, "Charts are accessible";
// WCAG 2.2 1.1.1, 1.4.1, 1.4.10, 1.4.11):
// - each <svg> is role="img" with a <title> that summarises it in words; the numbers
//   themselves are in a table next to it (visible, or in a <details>), with links;
// - the bars are --brand (#1b4a72, 9.6:1 on white) and "late" is --error (#b3261e,
//   6.5:1) *and* hatched, so neither relies on colour alone and both pass 3:1;
// - lengths are percentages of the box and text is in CSS pixels, so the charts reflow
//   with the page at 200% zoom or 320 px and never scroll sideways.
import type { ReactNode } from "react";

export interface BarDatum {
  label: string;
  value: number;
  /** Shown after the label instead of the bare value (e.g. "12 (34 %)"). */
  valueText?: string;
}

/** The longest bar's share of the box (the rest is room for nothing: labels are above the bars). */
const BAR_SPAN = 100;
const ROW = 44; // px per bar: a label line and the bar under it
const BAR_H = 14;

/**
 * Horizontal bars, one per datum, each with its label and value written above it.
 * `title` is what a screen reader hears for the whole picture.
 */
export function BarChart({ title, data, id }: { title: string; data: BarDatum[]; id: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const height = Math.max(ROW, data.length * ROW);
  return (
    <svg className="chart chart--bars" role="img" aria-labelledby={`${id}-title`} width="100%" height={height} data-chart={id}>
      <title id={`${id}-title`}>{title}</title>
      {data.map((d, i) => {
        const y = i * ROW;
        const w = (d.value / max) * BAR_SPAN;
        return (
          <g key={`${d.label}-${i}`} aria-hidden="true">
            <text x="0" y={y + 16} className="chart-label">
              {d.label}: {d.valueText ?? d.value}
            </text>
            <rect x="0" y={y + 22} width="100%" height={BAR_H} className="chart-track" />
            {d.value > 0 && <rect x="0" y={y + 22} width={`${Math.max(w, 0.75)}%`} height={BAR_H} className="chart-bar" />}
          </g>
        );
      })}
    </svg>
  );
}

/** A single bar split in two: met on time (solid) and late (hatched, darker). */
export function SplitBar({ title, onTime, late, id }: { title: string; onTime: number; late: number; id: string }) {
  const total = onTime + late;
  const okShare = total > 0 ? (onTime / total) * 100 : 0;
  return (
    <svg className="chart chart--split" role="img" aria-labelledby={`${id}-title`} width="100%" height={20} data-chart={id}>
      <title id={`${id}-title`}>{title}</title>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="chart-late-fill" />
          <line x1="0" y1="0" x2="0" y2="6" className="chart-hatch" />
        </pattern>
      </defs>
      {total === 0 ? (
        <rect x="0" y="2" width="100%" height="16" className="chart-track" />
      ) : (
        <>
          {onTime > 0 && <rect x="0" y="2" width={`${okShare}%`} height="16" className="chart-bar" />}
          {late > 0 && <rect x={`${okShare}%`} y="2" width={`${100 - okShare}%`} height="16" fill={`url(#${id}-hatch)`} className="chart-late" />}
        </>
      )}
    </svg>
  );
}

/**
 * Columns over time (the weekly series): one column per point, scaled to the largest.
 * The columns stretch with the box (preserveAspectRatio="none"); the axis words are HTML
 * around it (`caption`), so they never shrink or stretch with it.
 */
export function ColumnChart({ title, values, id, caption }: { title: string; values: number[]; id: string; caption?: ReactNode }) {
  const max = Math.max(1, ...values);
  const n = Math.max(1, values.length);
  const W = n * 10;
  const H = 100;
  return (
    <div className="chart-columns">
      <svg className="chart chart--columns" role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" width="100%" height="160" data-chart={id}>
        <title id={`${id}-title`}>{title}</title>
        <line x1="0" y1={H} x2={W} y2={H} className="chart-axis" vectorEffect="non-scaling-stroke" />
        {values.map((v, i) => {
          const h = (v / max) * (H - 4);
          return v > 0 ? <rect key={i} x={i * 10 + 1.5} y={H - h} width={7} height={h} className="chart-bar" aria-hidden="true" /> : null;
        })}
      </svg>
      {caption}
    </div>
  );
}
