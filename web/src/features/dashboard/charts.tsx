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

/**
 * The time charts share one geometry: the same margins, the same y-axis width and the same band scale over the
 * same days, so a day sits at the same x in every chart and a reader can look straight down from one to the other.
 */
const TIME_MARGIN = { top: 8, right: 12, bottom: 4, left: 0 };
const TIME_Y_WIDTH = 40;
const RATING_TICKS = [1, 2, 3, 4, 5];

/** A rating drawn on the 1–5 axis: a value outside it (a bad rollup, a rounding slip) is never drawn off the chart. */
function onRatingAxis(value: number | null): number | null {
  return value == null ? null : Math.min(5, Math.max(1, value));
}

function TimeAxis() {
  return (
    <XAxis
      dataKey="start"
      scale="band"
      tick={{ fill: INK, fontSize: 12 }}
      minTickGap={24}
      interval="preserveStartEnd"
    />
  );
}

/** Average rating per point and the 30-day rolling average; the card fetches, this only draws. */
export function RatingTrendChart({ points, label }: { points: TrendPoint[]; label: string }) {
  const drawn = points.map((p) => ({
    ...p,
    averageRating: onRatingAxis(p.averageRating),
    rolling30: onRatingAxis(p.rolling30),
  }));
  return (
    <div className="chart chart-rating" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={drawn} margin={TIME_MARGIN}>
          <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
          {TimeAxis()}
          <YAxis
            domain={[1, 5]}
            ticks={RATING_TICKS}
            allowDataOverflow
            tick={{ fill: INK, fontSize: 12 }}
            width={TIME_Y_WIDTH}
          />
          <Tooltip />
          <Legend />
          {/* Straight segments: a smoothed curve would swing past the points, above 5 near a run of 5s. */}
          <Line
            type="linear"
            dataKey="averageRating"
            name="Average rating"
            stroke={BRAND}
            dot={{ r: 2 }}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="linear"
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
    <div className="chart chart-volume" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={200}>
        {/* Narrow gaps between days so a bar keeps most of its day's width, even over 90 days. */}
        <BarChart data={points} margin={TIME_MARGIN} barCategoryGap="12%" barGap={1}>
          <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
          {TimeAxis()}
          <YAxis allowDecimals={false} tick={{ fill: INK, fontSize: 12 }} width={TIME_Y_WIDTH} />
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
    <div className="chart chart-stars" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart
          data={stars}
          layout="vertical"
          margin={{ top: 4, right: 12, bottom: 4, left: 8 }}
          barCategoryGap="20%"
        >
          <XAxis type="number" allowDecimals={false} tick={{ fill: INK, fontSize: 12 }} />
          <YAxis type="category" dataKey="star" tick={{ fill: INK, fontSize: 12 }} width={64} />
          <Tooltip />
          <Bar dataKey="count" name="Reviews" fill={BRAND} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
