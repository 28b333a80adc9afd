/** Sentences of normalised text, with where each starts. */
export function sentencesOf(text: string): Array<{ sentence: string; start: number }> {
  const out: Array<{ sentence: string; start: number }> = [];
  // A stop inside a word (an email address, "3.50") does not end the sentence.
  const re = /(?:[^.!?]|[.!?](?=[^\s.!?]))+[.!?]*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const sentence = m[0].trim();
    if (sentence.length > 0) out.push({ sentence, start: m.index + lead });
  }
  return out;
}

/** Words and word pairs of a normalised sentence: what the tone weights are learnt and read on. */
export function sentenceFeatures(sentence: string): Set<string> {
  const words = sentence
    .replace(/[^a-z0-9' ]/g, ' ')
    .split(' ')
    .filter(Boolean);
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    features.add(words[i] ?? '');
    if (i + 1 < words.length) features.add(`${words[i]} ${words[i + 1]}`);
  }
  return features;
}
