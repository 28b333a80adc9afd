import { lazy } from 'react';

export const SideBySideChart = lazy(() =>
  import('./benchmark-charts.tsx').then((m) => ({ default: m.SideBySideChart })),
);
