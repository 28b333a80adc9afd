/**
 * Our own review lexicon: word → polarity on a -3..3 scale. Written for customer reviews of shops, services and
 * products (it knows that "refund" or "returned" is bad news in a review). Inflections are found by stripping
 * common suffixes, so only base forms are listed where that works.
 */
const entries: Record<number, string> = {
  3: `excellent outstanding amazing awesome fantastic superb wonderful perfect perfectly brilliant exceptional
    phenomenal incredible flawless best love loved loves lovely delightful stellar terrific magnificent masterpiece
    impeccable gem exquisite spotless`,
  2: `great good nice pleasant happy glad pleased satisfied recommend recommended enjoy enjoyed enjoyable friendly
    helpful beautiful delicious tasty fresh fast quick reliable sturdy solid comfortable clean easy fun favorite
    favourite impressed impressive professional courteous polite attentive knowledgeable efficient affordable worth
    worthwhile smooth crisp clear well-made durable convenient responsive gorgeous charming fabulous yummy
    remarkable thrilled grateful thankful kind caring generous exceeded handy neat cool sweet funny hilarious
    touching moving beautifully brilliantly wonderfully enjoying loving accommodating prompt thorough reasonable
    bargain value stunning elegant cute warm welcoming honest trustworthy intuitive powerful compact rocks`,
  1: `fine decent ok okay works working fair adequate better improved pretty interesting like liked likes
    appreciate appreciated useful recommendable simple light lightweight quiet inexpensive
    positive pleasure surprised classic solidly properly correctly`,
  '-1': `slow average mediocre meh bland confusing confused odd weird noisy expensive pricey overpriced
    cold lukewarm late delay delayed issue issues problem problems complaint complain lacking lacks lack missing
    unfortunately unclear difficult annoying annoyed tired boring dull flimsy cheaply hassle wait waited waiting
    return returned returning refund refunded exchange replaced replacement warranty repair repaired unable
    instead tried trying supposedly apparently mess mistake mistakes wrong error errors fault
    faulty slowly stale greasy soggy dry overcooked undercooked raw salty rubbery inconsistent predictable
    forgettable unimpressive unimpressed unhappy frustrat frustrating limited glitch glitches bug bugs
    crash crashes crashed freeze froze freezes noise noises lumpy hiss hissy hissing buzzing interference
    static laggy lag clunky dingy sketchy shady discolored discoloured`,
  '-2': `bad poor poorly disappointing disappointed disappointment rude unfriendly unprofessional dirty broken
    broke defective useless worse fail failed fails failure failing wasted waste annoys overrated stupid silly
    lousy cheap-looking shoddy sloppy junk flaw flawed flaws unreliable unacceptable lame ignored ignore refused
    upset angry mad sad sorry avoid regret regrets sucks sucked misleading dishonest incompetent
    inaccurate worthless damaged dead died dies malfunction malfunctioned unusable unresponsive awkward
    hate hated hates stinks smelled smell gross nasty ridiculous poorly-made cracked scratched leaked leaking
    crappy garbage trash noisiest plasticky gnats unsafe dangerous understaffed grimy unclean
    yucky moldy mouldy smelly icky disgusted`,
  '-3': `terrible horrible awful worst disgusting pathetic atrocious abysmal dreadful appalling horrendous
    unbearable scam scammed rip-off ripoff fraud lied liar nightmare disaster disgrace insulting inedible
    unwatchable crap crappiest rubbish infuriating furious outrageous beware hideous filthy filth unsanitary`,
};

export const lexicon: ReadonlyMap<string, number> = new Map(
  Object.entries(entries).flatMap(([weight, words]) =>
    words
      .split(/\s+/)
      .filter((word) => word.length > 0)
      .map((word): [string, number] => [word, Number(weight)]),
  ),
);

/** Looks a lower-case token up, trying a few suffix strips so "refunds", "crashing" or "loving" resolve. */
export function lookUpWord(token: string): number | undefined {
  const direct = lexicon.get(token);
  if (direct !== undefined) return direct;
  for (const [suffix, replacement] of SUFFIXES) {
    if (token.length > suffix.length + 2 && token.endsWith(suffix)) {
      const stem = token.slice(0, -suffix.length) + replacement;
      const value = lexicon.get(stem);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['s', ''],
  ['es', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['est', ''],
  ['er', ''],
];
