// Loaded on demand (React.lazy): the chart library only weighs on the page that draws it.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type ChartSeries = { key: string; name: string; isOurs: boolean; values: (number | null)[] };

const INK = '#1b1f24';
const OURS = '#1f5f8b';
// Distinct, colour-blind-safe hues for up to ten competitors.
const RIVALS = [
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#7a5195',
  '#8c564b',
  '#4d4d4d',
  '#b8860b',
  '#2f4f4f',
];

/** One line per business over the same weeks; ours drawn thicker. The card fetches, this only draws. */
export function SideBySideChart({
  weeks,
  series,
  label,
  domain,
}: {
  weeks: string[];
  series: ChartSeries[];
  label: string;
  domain?: [number, number];
}) {
  const data = weeks.map((week, i) => ({
    week,
    ...Object.fromEntries(series.map((s) => [s.key, s.values[i] ?? null])),
  }));
  let rival = 0;
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
          <XAxis dataKey="week" tick={{ fill: INK, fontSize: 12 }} minTickGap={24} />
          <YAxis
            {...(domain ? { domain, allowDataOverflow: true } : { allowDecimals: false })}
            tick={{ fill: INK, fontSize: 12 }}
            width={40}
          />
          <Tooltip />
          <Legend />
          {series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.isOurs ? `${s.name} (us)` : s.name}
              stroke={s.isOurs ? OURS : (RIVALS[rival++ % RIVALS.length] ?? INK)}
              strokeWidth={s.isOurs ? 3 : 1.5}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
