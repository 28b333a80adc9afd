import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import type { IncidentKind, SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../drafting/sample-drafts.ts';

const triage = (text: string, sectorGroup: SectorGroup, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup });
const draftFor = (kind: string, text: string) => {
  const profile = loadProfile(kind);
  const r = { author: 'Sam P.', rating: 1, text };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile);
};

describe('escalation of police, access, security, spoiled food, dismissed symptoms and creepy staff', () => {
  const cases: Array<[IncidentKind, SectorGroup, string]> = [
    [
      'legal_threat',
      'trades_repairs',
      'They would not release my van until I paid for work I never approved, so I rang the police to get it back.',
    ],
    ['legal_threat', 'retail', 'Charging me twice and pretending it was a mistake is outright fraud.'],
    [
      'burn',
      'professional',
      'I came in for a facial and the technician left the steamer so close that she burned my face.',
    ],
    [
      'legal_threat',
      'trades_repairs',
      'They tried to extort another three hundred dollars before handing over my keys.',
    ],
    [
      'discrimination',
      'food_hospitality',
      'I use a wheelchair and asked for a ground floor room when booking, but the desk ignored it and put us on the fourth floor.',
    ],
    [
      'discrimination',
      'food_hospitality',
      "Told the front desk I couldn't walk far and needed a room near the exit, and they put me as far away as they could.",
    ],
    [
      'discrimination',
      'food_hospitality',
      'My mother is on crutches and asked for a table by the door; the host seated us at the farthest booth anyway.',
    ],
    [
      'security',
      'food_hospitality',
      'The door to our room would not lock, and the side entrance was propped open all night so anyone could walk in.',
    ],
    ['security', 'food_hospitality', 'Our car was broken into in the hotel car park on the second night.'],
    [
      'security',
      'trades_repairs',
      'Three cars in the lot were vandalized while the shop had mine over the weekend.',
    ],
    [
      'food_safety',
      'retail',
      'Half the yoghurt on the shelf was out of date and the fish I bought had a sell-by date from 2019.',
    ],
    ['food_safety', 'food_hospitality', 'They served us mouldy bread with the soup.'],
    [
      'patient_safety',
      'health',
      'I told the doctor the pain was severe and he brushed me off; two days later I was in the hospital.',
    ],
    ['harassment', 'health', 'The doctor was creepy and made remarks about my body during the exam.'],
    ['pests', 'food_hospitality', 'I came away with bed bug bites all over my arms.'],
    ['pests', 'food_hospitality', 'We saw two cockroaches running across the booth while we ate.'],
    [
      'discrimination',
      'professional',
      'She took cards from every other customer all day but made me pay cash, for no other reason than my skin colour.',
    ],
    [
      'abuse',
      'retail',
      'Today their manager called me something that I can not even print here, in front of other shoppers.',
    ],
    ['abuse', 'food_hospitality', 'When I asked for the bill the owner swore at me and told me to leave.'],
    [
      'abuse',
      'trades_repairs',
      'The owner called me yelling and cursing because I asked for a second quote.',
    ],
    ['hygiene', 'food_hospitality', 'Black mold all over the shower floor and old food under the bed.'],
    ['hygiene', 'food_hospitality', 'The girl dropped something into my smoothie with her bare hands.'],
    ['equipment_failure_risk', 'food_hospitality', 'The elevator starts to move even when the door is open.'],
    ['pests', 'food_hospitality', 'During the second night I woke up with a few bites in my leg.'],
    ['hygiene', 'food_hospitality', 'A worker was washing a stool in the food prep sink.'],
    ['discrimination', 'retail', 'Then a white couple walked in and both clerks rushed over to help them.'],
    ['discrimination', 'retail', 'I will shop where I am treated equally to other customers.'],
    [
      'hygiene',
      'food_hospitality',
      'Someone in the back was rinsing a chair in a sink next to where the food is made.',
    ],
    [
      'patient_safety',
      'health',
      'My tooth was infected and still in pain when they cancelled my extraction a second time.',
    ],
    ['security', 'food_hospitality', 'They gave us a key to a room with people already in the room.'],
    ['injury', 'professional', 'My dog came home limping after the grooming appointment.'],
    ['injury', 'professional', 'At home we found a deep cut under his ear and he had been nicked twice.'],
    ['security', 'retail', 'The sealed driver disc that came with it installed two viruses on my laptop.'],
    [
      'fumes',
      'food_hospitality',
      'Lovely stay, but the air conditioning unit gave me awful respiratory symptoms.',
    ],
    [
      'discrimination',
      'retail',
      'The cashier greeted everyone else, so as an Asian woman I do not deserve a hello?',
    ],
    [
      'discrimination',
      'professional',
      'Charging my deaf mother for extras she never asked for was a slam on the elderly.',
    ],
    ['injury', 'professional', 'Months later I saw how much hair the assistant had cut out at the back.'],
    [
      'patient_safety',
      'health',
      'Refills are never renewed and our dog’s rabies booster is four months overdue.',
    ],
    [
      'security',
      'food_hospitality',
      'My key card opened other rooms on the floor, and squatters slept in the stairwell.',
    ],
    [
      'patient_safety',
      'health',
      'She stayed in their ICU for two days, was released to me, took a turn for the worse and was euthanized the next day. Cancer was never mentioned.',
    ],
    [
      'patient_safety',
      'health',
      'They sent my father home with antacids and he died of a heart attack that night.',
    ],
    [
      'legal_threat',
      'software',
      'I need to cancel because of a military deployment, and all I am getting is a run around.',
    ],
    [
      'legal_threat',
      'professional',
      'My husband has deployment orders and the gym will not let us cancel the contract without a fee.',
    ],
    [
      'equipment_failure_risk',
      'retail',
      'I bought this for my daughter’s room. The wireless module tends to overheat and drops the network.',
    ],
    ['equipment_failure_risk', 'retail', 'The charger gets so hot it is a fire hazard.'],
    [
      'equipment_failure_risk',
      'retail',
      'It needed fiddling with the lighter socket every time, and in the end it blew out the fuses in both sockets.',
    ],
    [
      'equipment_failure_risk',
      'retail',
      'The mechanic who looked at my car said the adapter had a dead short in it.',
    ],
    [
      'equipment_failure_risk',
      'retail',
      'The fuse blew in my car the first time I plugged it in, and again the next day.',
    ],
    [
      'equipment_failure_risk',
      'retail',
      'Two weeks in, the charger shorted out while plugged into the wall.',
    ],
    [
      'food_poisoning',
      'food_hospitality',
      'I ordered some tacos, did not finish them, and still got a tummy ache from what little I ate.',
    ],
    ['pests', 'food_hospitality', 'Roaches and earwigs in the room, and the carpet was filthy.'],
    ['injury', 'retail', 'I experienced painful electric shocks in both ears when I stood up.'],
    ['security', 'food_hospitality', 'The so-called security exit was propped open at night.'],
    ['harassment', 'health', 'Creepy male doctor. He interrogated me instead of looking at my ankle.'],
    ['pests', 'food_hospitality', 'My wife found a few black beetles in her bed.'],
    [
      'pests',
      'food_hospitality',
      'They should hire an exterminator instead of leaving sticky traps with dead bugs all over the floor.',
    ],
    [
      'pests',
      'food_hospitality',
      'That night we spent two hours catching six centipedes; two crawled out of the throw pillows.',
    ],
    ['security', 'food_hospitality', 'At midnight the girl gave me a key to a room with people in it.'],
    [
      'hygiene',
      'professional',
      'Improper cleaning of foot baths: they only rinsed the dirty bowl before seating the next client.',
    ],
    ['security', 'food_hospitality', 'Our car was broken into in the hotel parking lot overnight.'],
    [
      'equipment_failure_risk',
      'retail',
      'Selling these for motorcycle helmets is clearly unsafe: losing the signal at speed can prove fatal.',
    ],
    [
      'patient_safety',
      'health',
      'I had damaged my eye and asked to be seen as an emergency, but they turned me away without a look.',
    ],
    [
      'abuse',
      'health',
      'I felt like I was choking and the dentist forcefully placed his hand over my mouth.',
    ],
    [
      'hygiene',
      'professional',
      'The client before me had a fungus on his nail. She never asked him to put his gloves back on.',
    ],
    [
      'security',
      'trades_repairs',
      'After the shootings, assaults and car break ins they still left the gates broken.',
    ],
    [
      'legal_threat',
      'trades_repairs',
      'The after-hours line never answered, and the PD had to be called when the flat flooded.',
    ],
    [
      'equipment_failure_risk',
      'trades_repairs',
      'The service department showed very little concern for my safety: three weeks after the inspection both rear brakes needed replacing.',
    ],
    [
      'fumes',
      'food_hospitality',
      'Cigarette smoke poured in through the vent all night and my son had an asthma attack.',
    ],
    [
      'harassment',
      'professional',
      'Loved the pool, but an older member followed me into the locker room and propositioned me.',
    ],
    [
      'harassment',
      'food_hospitality',
      'A man at the bar propositioned my wife twice and the staff just laughed.',
    ],
  ];
  it.each(cases)('escalates %s (%s): "%s"', (kind, group, text) => {
    const t = triage(text, group);
    expect(t.situation.incidents).toContain(kind);
    expect(t.escalation.escalate).toBe(true);
  });

  const nearMisses: Array<[string, SectorGroup, string]> = [
    ['a cord that is too short', 'retail', 'The cable is far too short and the plug feels flimsy.'],
    [
      'a dead battery in the room',
      'food_hospitality',
      'The remote in the room was dead and the bed was hard.',
    ],
    [
      'bugs on the patio at dusk',
      'food_hospitality',
      'A few bugs flew around the patio lights at dusk, as you would expect.',
    ],
    [
      'protection against short circuits',
      'retail',
      'It has short-circuit protection, yet the charger stopped working after a month.',
    ],
    [
      'a fuse that never blew',
      'retail',
      'Plugged it into the car for a whole trip and it never blew a fuse, but the sound is tinny.',
    ],
    [
      "the unit's own fuse that blew",
      'retail',
      'It worked every day for a week, then stopped. I realized the fuse had blown, and the sound over FM was poor anyway.',
    ],
    [
      "a fuse in the adapter's tip, changed",
      'retail',
      'After a month I had to replace the little fuse in the tip, and now it crackles.',
    ],
    [
      'a hotel hair dryer that tripped a fuse',
      'food_hospitality',
      'The hair dryer blew a fuse and nobody came to reset it.',
    ],
    [
      'an electrician who found a short',
      'trades_repairs',
      'The outlet had shorted out and they took two weeks to come and fix it.',
    ],
    [
      'struck by how knowledgeable',
      'retail',
      'I was struck by how knowledgeable and patient the staff were.',
    ],
    ['a figure of speech about being robbed', 'professional', 'Ninety dollars for a trim. I felt robbed.'],
    [
      'an expired coupon',
      'food_hospitality',
      'They would not take my coupon because it had expired yesterday.',
    ],
    ['a security deposit', 'food_hospitality', 'They kept part of my security deposit for no reason.'],
    [
      'a cabinet door on a product',
      'retail',
      'The cabinet door does not close properly and the hinge is flimsy.',
    ],
    ['rotten service', 'food_hospitality', 'Rotten service and a cold room, never again.'],
    ['a burglar alarm sold by a shop', 'retail', 'The burglar alarm beeps for no reason at night.'],
    [
      'headphones that need breaking in',
      'retail',
      'People say there is a "break-in" period, but the bass is still thin.',
    ],
    [
      'a doctor running late',
      'health',
      'The doctor was forty minutes late and the receptionist was short with me.',
    ],
    [
      'fraud charges the bank reversed',
      'professional',
      'Someone made fraudulent charges on my card and the bank fixed it fast, but the app is slow.',
    ],
    ['a creepy hallway', 'food_hospitality', 'The hallway was creepy and dark and the carpet smelled.'],
    ['a room free of bugs', 'food_hospitality', 'The room was old but at least there were no bed bugs.'],
    ['a bug in software', 'software', 'The app is full of bugs and crashes every time I sync.'],
    [
      'a rude but printable remark',
      'retail',
      'The cashier rolled her eyes and called me impatient when I asked twice.',
    ],
    ['colour of a product', 'retail', 'The colour of the case is not what the photos showed.'],
    ['having to "harass" a vet for a refill', 'health', 'I had to harass the vet for a prescription refill.'],
    [
      'ink prices called extortion',
      'retail',
      'I was extorted into paying exorbitant ink prices by the maker.',
    ],
    [
      'a plumber clearing a sewage line',
      'trades_repairs',
      'They cleared the sewage line in an hour and cleaned up after.',
    ],
    [
      'being "robbed" by a price',
      'professional',
      'I paid $120 for a facial that skipped half the steps. I was robbed.',
    ],
    ['a thick blade', 'retail', 'The blade is too thick to slice tomatoes and the handle is cheap.'],
    ['slow service', 'food_hospitality', 'Service was painfully slow and our server forgot the bread.'],
    ['a killer deal', 'retail', 'It looked like a killer deal, but the remote stopped working in a week.'],
    ['a sickening wait', 'food_hospitality', 'The wait was sickening: ninety minutes for two burgers.'],
    ['a dead battery', 'retail', 'The battery was dead on arrival and my phone died twice on the first day.'],
    ['burning a CD', 'retail', 'I burned a CD with it and half the tracks skip.'],
    [
      'cannabis smell in the halls',
      'food_hospitality',
      'Smell of freshly smoked marijuana in the halls all day, and staff did not appear to care.',
    ],
    ['a laptop that overheats', 'retail', 'The laptop overheats and shuts down whenever I play a game.'],
    ['jaggies that "will kill you"', 'retail', 'Do not spend long on restart, the jaggies will kill you.'],
    [
      'a dangerous neighbourhood',
      'retail',
      'The store is fine but the area is dangerous after dark, and the till was slow.',
    ],
    ['a shock at the price', 'retail', 'I got a shock when I saw the price of the cables.'],
    [
      'a car stolen elsewhere',
      'trades_repairs',
      'This month my car was stolen, and the dealer will not refund the warranty I will never use.',
    ],
    ['headphones after break-in', 'retail', 'They sounded thin, not even after break-in.'],
    [
      'speakers that need to break in',
      'retail',
      'Give the speakers an hour to break in; after that they sound fine.',
    ],
    [
      'a wart remedy sold by a shop',
      'retail',
      'The wart remover did nothing and the gloves in the kit tore.',
    ],
    [
      'a bill that gave a stomach ache',
      'food_hospitality',
      'The food was fine, but the bill gave me a stomach ache: ninety dollars for two plates.',
    ],
    [
      'a negligent answer to an email',
      'retail',
      'They were negligent in answering my emails about the missing cable.',
    ],
    [
      'a deployment mentioned in passing',
      'food_hospitality',
      'My husband is deployed so I came alone, and the room was dirty.',
    ],
    [
      'a pet that died of old age',
      'health',
      'Our old dog passed away of old age last year, and the clinic still sends us reminders.',
    ],
    [
      'a burn from the reviewer’s own fall that they came in to have treated',
      'health',
      'I had a bicycle accident and went in for the severe brush burn on my leg. Now they charge me a co-pay I was told I would not pay.',
    ],
    [
      'a car fault the garage put right, far from an accident told earlier',
      'trades_repairs',
      'Years ago I had a car accident and the owner walked me to the body shop next door. He has had my business ever since. His team is friendly. They explain everything. Last month the belts on my car fell off and the lights came on. They fixed it the same day for less than the dealer.',
    ],
    [
      'being shown the way to the locker room',
      'professional',
      'The trainer walked me to the locker room and showed me how the lockers work. Slow sign-up desk though.',
    ],
    [
      'a long walk the reviewer minded, with no need told',
      'food_hospitality',
      'Our room was as far away from the lobby as it could be, and the walk with luggage was long.',
    ],
    [
      'a reviewer who could not walk far after a good hike',
      'food_hospitality',
      'After the hike we could not walk far, so we ate at the hotel; the soup was cold.',
    ],
  ];
  it.each(nearMisses)('does not escalate %s', (_name, group, text) => {
    expect(triage(text, group, 2).escalation).toEqual({ escalate: false, reasons: [] });
  });

  it('asks after the person only when someone was hurt or made ill', () => {
    const doors = draftFor(
      'hotel',

      'The security doors were warped and did not close, so anyone can enter at any time.',
    );
    expect(doors.kind).toBe('holding');
    expect(doors.text).not.toMatch(/alright|doing okay|feeling better/i);
    // Sympathy without admitting fault: sorry for what they went through, or concern at it.
    expect(doors.text).toMatch(/sorry|concern/i);
    const hurt = draftFor('hotel', 'The glass shower door shattered and I cut my foot badly on the pieces.');
    expect(hurt.kind).toBe('holding');
    expect(hurt.text).toMatch(/alright|doing okay|on the mend|recover/i);
  });

  it('looks into harm others reported without wishing the reviewer well as if hurt', () => {
    const passedOn = draftFor(
      'shop',
      'The battery cover is nearly impossible to open. Folks have already reported being injured trying to force it open.',
    );
    expect(passedOn.kind).toBe('holding');
    expect(passedOn.text).toMatch(/others have reported/);
    expect(passedOn.text).not.toMatch(/feeling better|all is well|on the mend|recover|the injury you/i);
    const own = draftFor(
      'shop',
      'I tried to force the battery cover open and cut my hand badly on the edge.',
    );
    expect(own.text).toMatch(/feeling better|all is well|on the mend|recover|healing/i);
  });

  it('names smoke as smoke and overheating as overheating, never as a fire', () => {
    const smoke = draftFor(
      'auto',
      'After they repaired the engine they left the oil cap off, and a couple of days later the engine started smoking.',
    );
    expect(smoke.kind).toBe('holding');
    expect(smoke.text).toMatch(/smoke/i);
    expect(smoke.text).not.toMatch(/\bfire\b/i);
    const shock = draftFor('shop', 'The earphones gave me painful electric shocks in both ears.');
    expect(shock.kind).toBe('holding');
    expect(shock.text).toMatch(/electric shock/i);
    const fuses = draftFor(
      'shop',
      'The inverter worked for a while, then it blew out the fuses in both my lighter sockets.',
    );
    expect(fuses.kind).toBe('holding');
    expect(fuses.text).toMatch(/electrical fault/i);
    expect(fuses.text).not.toMatch(/\bfire\b|blew the fuses|refund/i);
    const hot = draftFor('shop', 'The heater in my son’s bedroom started to overheat within a week.');
    expect(hot.kind).toBe('holding');
    expect(hot.text).not.toMatch(/\bfire\b|smoke/i);
  });

  it('meets a death with condolence, not disappointment or an offer to settle', () => {
    const loss = draftFor(
      'medical',
      'My cat stayed in their ICU for two days, was released to me, took a turn for the worse that night and was euthanized the next day. Nobody mentioned cancer.',
    );
    expect(loss.kind).toBe('holding');
    expect(loss.text).toMatch(/sorry for your loss/i);
    expect(loss.text).not.toMatch(/disappoint|settle|alright|doing okay|refund/i);
  });

  it('answers these cases with a holding reply that admits nothing and offers nothing', () => {
    for (const [kind, text] of [
      [
        'hotel',
        'The door to our room would not lock and a stranger walked in at 2am. No one at the desk cared.',
      ],
      ['medical', 'The doctor dismissed my chest pains and sent me home; it turned out to be serious.'],
      ['shop', 'The milk they sold me was expired by two weeks and the meat was rotten.'],
    ] as const) {
      const draft = draftFor(kind, text);
      expect(draft.kind, text).toBe('holding');
      expect(draft.text).not.toMatch(/apolog|not good enough|on us|refund|replacement|discount|free/i);
    }
  });
});
