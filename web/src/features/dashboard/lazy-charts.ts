import { lazy } from 'react';

// One chunk for all charts, fetched the first time a card needs to draw.
const load = () => import('./charts.tsx');
export const RatingTrendChart = lazy(() => load().then((m) => ({ default: m.RatingTrendChart })));
export const VolumeChart = lazy(() => load().then((m) => ({ default: m.VolumeChart })));
export const StarsChart = lazy(() => load().then((m) => ({ default: m.StarsChart })));
