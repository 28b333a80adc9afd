import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * One Prometheus registry per process. Workers and routes record through the helpers below instead of creating
 * their own metrics, so every figure shows up on /metrics with the same prefix and no name is registered twice.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'rebound_' });

const httpDuration = new Histogram({
  name: 'rebound_http_request_duration_seconds',
  help: 'HTTP request latency by route template, method and status',
  labelNames: ['route', 'method', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

const polls = new Counter({
  name: 'rebound_polls_total',
  help: 'Source polls finished, by outcome (ok, not_modified, failed)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

const pollsFailed = new Counter({
  name: 'rebound_polls_failed_total',
  help: 'Source polls that ended in an error',
  registers: [metricsRegistry],
});

const jobs = new Counter({
  name: 'rebound_jobs_total',
  help: 'Background jobs finished, by worker and outcome (sends, posts, campaign steps, ...)',
  labelNames: ['worker', 'outcome'] as const,
  registers: [metricsRegistry],
});

export type PollOutcomeLabel = 'ok' | 'not_modified' | 'failed';

/** Called once per finished poll by the poller. */
export function recordPoll(outcome: PollOutcomeLabel): void {
  polls.inc({ outcome });
  if (outcome === 'failed') pollsFailed.inc();
}

/** Called once per finished background job by any worker, e.g. `recordJob('outbox', 'sent')`. */
export function recordJob(worker: string, outcome: string): void {
  jobs.inc({ worker, outcome });
}

/** Called once per HTTP response by the request logger. */
export function recordHttpRequest(route: string, method: string, status: number, seconds: number): void {
  httpDuration.observe({ route, method, status: String(status) }, seconds);
}

type GaugeSample = { labels?: Record<string, string>; value: number };

/**
 * A gauge read on scrape (queue depths, connection counts). `read` runs each time /metrics is fetched; when it
 * throws, the gauge keeps no samples for that scrape rather than failing the whole page.
 * Registering the same name twice returns the existing gauge, so tests and hot reloads are safe.
 */
export function registerScrapeGauge(
  name: string,
  help: string,
  labelNames: readonly string[],
  read: () => Promise<GaugeSample[]>,
): void {
  if (metricsRegistry.getSingleMetric(name)) return;
  new Gauge({
    name,
    help,
    labelNames,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      let samples: GaugeSample[];
      try {
        samples = await read();
      } catch {
        return;
      }
      for (const s of samples) {
        if (s.labels) this.set(s.labels, s.value);
        else this.set(s.value);
      }
    },
  });
}

/** The exposition text and its content type, for the /metrics route. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  return { body: await metricsRegistry.metrics(), contentType: metricsRegistry.contentType };
}
