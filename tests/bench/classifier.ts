/**
 * Classifier benchmark: our text classifier against AFINN (`sentiment`), VADER and wink-nlp on every labelled set in
 * shared/data/sentiment, on review text only (no rating).
 *
 * Held-out protocol (the same for every system):
 * - Each system's decision threshold ("negative when score < t") is chosen on a tuning set and applied unchanged to
 *   the reported set: yelp is reported with thresholds tuned on electronics; imdb and electronics with thresholds
 *   tuned on yelp.
 * - Lexicon and rule development for our classifier looked only at the UCI yelp sentences (the dev set). Its yelp
 *   figures are therefore not held out; imdb and electronics were never inspected and are the honest numbers.
 * Run alone: `npx tsx tests/bench/classifier.ts`.
 */
import { createRequire } from 'node:module';
import { classifyText } from '@rebound/server/triage/index';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { type LabelledText, loadElectronicsSet, loadUciSet } from '../triage/load-sentiment-data.ts';

type Scorer = (text: string) => number;
type AfinnModule = new () => { analyze: (text: string) => { score: number } };
type VaderModule = {
  SentimentIntensityAnalyzer: { polarity_scores: (text: string) => { compound: number } };
};

function makeScorers(): Record<string, Scorer> {
  const require = createRequire(import.meta.url);
  const Afinn = require('sentiment') as AfinnModule;
  const vader = require('vader-sentiment') as VaderModule;
  const afinn = new Afinn();
  const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment']);
  return {
    classifier: (text) => classifyText(text).score,
    afinn: (text) => afinn.analyze(text).score,
    vader: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
    wink: (text) => nlp.readDoc(text).out(nlp.its.sentiment) as number,
  };
}

type SetPlan = { name: string; data: LabelledText[]; tuneOn: string; heldOut: boolean };

export async function runClassifierBench(): Promise<Record<string, number>> {
  const sets: Record<string, LabelledText[]> = {
    yelp: loadUciSet('yelp_labelled.txt'),
    imdb: loadUciSet('imdb_labelled.txt'),
    electronics: loadElectronicsSet(),
  };
  const plans: SetPlan[] = [
    { name: 'yelp', data: sets.yelp ?? [], tuneOn: 'electronics', heldOut: false },
    { name: 'imdb', data: sets.imdb ?? [], tuneOn: 'yelp', heldOut: true },
    { name: 'electronics', data: sets.electronics ?? [], tuneOn: 'yelp', heldOut: true },
  ];
  const scorers = makeScorers();
  const scored = new Map<string, number[]>();
  for (const [system, score] of Object.entries(scorers)) {
    for (const [setName, data] of Object.entries(sets))
      scored.set(
        `${system}/${setName}`,
        data.map((d) => score(d.text)),
      );
  }
  const results: Record<string, number> = {};
  for (const plan of plans) {
    for (const system of Object.keys(scorers)) {
      const tuneData = sets[plan.tuneOn] ?? [];
      const threshold = pickThreshold(scored.get(`${system}/${plan.tuneOn}`) ?? [], tuneData);
      const metrics = evaluate(scored.get(`${system}/${plan.name}`) ?? [], plan.data, threshold);
      results[`${system}_${plan.name}_negative_f1`] = metrics.negativeF1;
      results[`${system}_${plan.name}_accuracy`] = metrics.accuracy;
      results[`${system}_${plan.name}_threshold`] = threshold;
    }
  }
  return results;
}

type Metrics = { negativeF1: number; accuracy: number };

/** Predicts negative when score < threshold; reports F1 of the negative class and plain accuracy. */
function evaluate(scores: number[], data: LabelledText[], threshold: number): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  data.forEach((d, i) => {
    const predictedNegative = (scores[i] ?? 0) < threshold;
    if (predictedNegative && d.isNegative) tp++;
    if (predictedNegative && !d.isNegative) fp++;
    if (!predictedNegative && d.isNegative) fn++;
    if (predictedNegative === d.isNegative) correct++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const negativeF1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { negativeF1: round(negativeF1), accuracy: round(correct / Math.max(1, data.length)) };
}

/** The accuracy-maximising threshold on the tuning set, from the midpoints between its distinct scores. */
function pickThreshold(scores: number[], data: LabelledText[]): number {
  const distinct = [...new Set(scores)].sort((a, b) => a - b);
  const candidates = [0, ...distinct.slice(1).map((s, i) => ((distinct[i] ?? s) + s) / 2)];
  let best = 0;
  let bestAccuracy = -1;
  for (const t of candidates) {
    const { accuracy } = evaluate(scores, data, t);
    if (accuracy > bestAccuracy || (accuracy === bestAccuracy && Math.abs(t) < Math.abs(best))) {
      best = t;
      bestAccuracy = accuracy;
    }
  }
  return round(best);
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

function printTable(results: Record<string, number>): void {
  const systems = ['classifier', 'afinn', 'vader', 'wink'];
  const lines = ['set (threshold tuned on)        | system     | neg F1 | accuracy', '-'.repeat(66)];
  for (const [set, note] of [
    ['yelp', 'electronics; lexicon dev set'],
    ['imdb', 'yelp; held out'],
    ['electronics', 'yelp; held out'],
  ] as const) {
    for (const system of systems) {
      const f1 = results[`${system}_${set}_negative_f1`] ?? Number.NaN;
      const acc = results[`${system}_${set}_accuracy`] ?? Number.NaN;
      lines.push(
        `${`${set} (${note})`.padEnd(32)}| ${system.padEnd(11)}| ${f1.toFixed(3)}  | ${acc.toFixed(3)}`,
      );
    }
  }
  console.log(lines.join('\n'));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  printTable(await runClassifierBench());
}
