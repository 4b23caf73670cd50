import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatVnd } from '../../format/vnd';
import { compactVnd, dayLabel, enumLabel, heldAgeLabel, minuteBars, STATUS_COLOURS } from './overview-figures';
import type { OverviewSnapshot } from './overview-types';

const AXIS_TICK = { fontSize: 12 };
/** Legend labels in the text colour (the series colours are for the marks, some too light for text). */
const legendText = (value: unknown) => <span className="chart-legend-text">{String(value)}</span>;
const vndTooltip = (value: unknown) => formatVnd(typeof value === 'number' ? value : null);

/** Orders that entered each status per minute, stacked (recharts). */
export function OrdersPerMinuteChart({ orders }: { orders: OverviewSnapshot['orders'] }) {
  const { bars, statuses } = minuteBars(orders);
  return (
    <figure className="chart">
      <div className="chart-area">
        <ResponsiveContainer width="100%" height={240} initialDimension={{ width: 600, height: 240 }}>
          <BarChart data={bars} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="minute" interval={9} tick={AXIS_TICK} />
            <YAxis allowDecimals={false} width={36} tick={AXIS_TICK} />
            <Tooltip />
            <Legend formatter={legendText} />
            {statuses.map((s) => (
              <Bar key={s} dataKey={s} name={enumLabel(s)} stackId="orders" fill={STATUS_COLOURS[s] ?? '#6c757d'} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>Orders that entered each status, per minute, over the last {orders.windowMinutes} minutes (Vietnam time).</figcaption>
    </figure>
  );
}

/** Money held, released and refunded per Vietnamese day, the last 7 days (recharts). */
export function MoneyPerDayChart({ days }: { days: OverviewSnapshot['money']['days'] }) {
  const data = days.map((d) => ({ ...d, label: dayLabel(d.day) }));
  return (
    <figure className="chart">
      <div className="chart-area">
        <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 600, height: 220 }}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis tickFormatter={compactVnd} width={44} tick={AXIS_TICK} />
            <Tooltip formatter={vndTooltip} />
            <Legend formatter={legendText} />
            <Bar dataKey="held" name="Held" fill="#0b5d4b" isAnimationActive={false} />
            <Bar dataKey="released" name="Released" fill="#5b8def" isAnimationActive={false} />
            <Bar dataKey="refunded" name="Refunded" fill="#e9c46a" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>Money that came into escrow, was released to sellers and was refunded to buyers, per day (last 7 days).</figcaption>
    </figure>
  );
}

/** What escrow holds now by how long it has held it (recharts). */
export function HeldByAgeChart({ byAge }: { byAge: OverviewSnapshot['money']['held']['byAge'] }) {
  const data = byAge.map((b) => ({ ...b, label: heldAgeLabel(b) }));
  return (
    <figure className="chart">
      <div className="chart-area">
        <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 600, height: 200 }}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis tickFormatter={compactVnd} width={44} tick={AXIS_TICK} />
            <Tooltip formatter={vndTooltip} />
            <Bar dataKey="amount" name="Held" fill="#07463a" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>Held money by how long escrow has held it.</figcaption>
    </figure>
  );
}
