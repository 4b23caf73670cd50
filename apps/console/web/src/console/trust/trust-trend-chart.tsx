import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { trendChange, trendChangeText, trendPoints } from './trust-figures';
import type { TrustReport } from './trust-types';

const AXIS_TICK = { fontSize: 12 };

/** The 30-day score of each of the last 90 days (recharts), with how it moved over the last 30. */
export function TrustTrendChart({ report }: { report: TrustReport }) {
  const data = trendPoints(report);
  return (
    <figure className="chart">
      <div className="chart-area">
        <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 600, height: 200 }}>
          <LineChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" interval={14} tick={AXIS_TICK} />
            <YAxis domain={[0, 100]} allowDecimals={false} width={36} tick={AXIS_TICK} />
            <Tooltip formatter={(value: unknown) => (typeof value === 'number' ? `${value} / 100` : 'not judged')} />
            <Line type="monotone" dataKey="score" name="30-day score" stroke="#0b5d4b" dot={false} connectNulls={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        The 30-day score on each of the last {data.length} days (Vietnam time). {trendChangeText(trendChange(report))}.
      </figcaption>
    </figure>
  );
}
