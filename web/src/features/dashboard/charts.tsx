// Loaded on demand (React.lazy) by the dashboard cards only: the chart library never weighs on other pages.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export type TrendPoint = {
  start: string;
  averageRating: number | null;
  rolling30: number | null;
  reviews: number;
  negative: number;
};

const INK = '#1b1f24';
const BRAND = '#1f5f8b';
const DANGER = '#a4262c';
const MUTED = '#4a5562';

/** Average rating per point and the 30-day rolling average; the card fetches, this only draws. */
export function RatingTrendChart({ points, label }: { points: TrendPoint[]; label: string }) {
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
          <XAxis dataKey="start" tick={{ fill: INK, fontSize: 12 }} minTickGap={24} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fill: INK, fontSize: 12 }} width={28} />
          <Tooltip />
          <Legend />
          <Line
            type="monotone"
            dataKey="averageRating"
            name="Average rating"
            stroke={BRAND}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="rolling30"
            name="30-day rolling"
            stroke={MUTED}
            strokeDasharray="5 3"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Reviews and negative reviews per point. */
export function VolumeChart({ points, label }: { points: TrendPoint[]; label: string }) {
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
          <XAxis dataKey="start" tick={{ fill: INK, fontSize: 12 }} minTickGap={24} />
          <YAxis allowDecimals={false} tick={{ fill: INK, fontSize: 12 }} width={40} />
          <Tooltip />
          <Legend />
          <Bar dataKey="reviews" name="Reviews" fill={BRAND} isAnimationActive={false} />
          <Bar dataKey="negative" name="Negative" fill={DANGER} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Review count per star. */
export function StarsChart({ stars, label }: { stars: { star: string; count: number }[]; label: string }) {
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={stars} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 8 }}>
          <XAxis type="number" allowDecimals={false} tick={{ fill: INK, fontSize: 12 }} />
          <YAxis type="category" dataKey="star" tick={{ fill: INK, fontSize: 12 }} width={64} />
          <Tooltip />
          <Bar dataKey="count" name="Reviews" fill={BRAND} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
