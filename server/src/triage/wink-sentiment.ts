import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** wink-nlp's document sentiment in [-1, 1]; the model is loaded on first use so importing triage stays cheap. */
export function scoreWithWink(text: string): number {
  nlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  const value = nlp.readDoc(text).out(nlp.its.sentiment);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
