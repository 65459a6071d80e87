import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text';
import { extractClaims } from '../claims/extract';
import { MemoryCorpus } from '../corpus/memory-corpus';
import { checkedAgainst, floodTollReports, report } from '../../test/support/dated-reports';
import { LEADS_BEFORE, PRESUMED_DEAD } from './events';
import { ASIDE_OPENERS, frameOf } from './frame';
import { RECORD_WORDS } from './time-words';
import { periodOf, spanOfRecord } from './when';

/**
 * One quantity told in other words by another outlet: each case is a kind of miss seen on real
 * reporting (issue 12), in sentences of our own about an invented place.
 */
async function check(page: string, source: string, published = '2024-03-05', pagePublished: string | null = null) {
  const claims = await checkedAgainst(page, pagePublished, [report('S', published, source)]);
  return claims.map((c) => ({
    text: c.text,
    verdict: c.verdict,
    with: c.matches.map((m) => `${m.relation}:${m.claim.text}`),
  }));
}

describe('the same quantity told in other words', () => {
  it('reads a length held with a verb or in other units as the length of the thing', async () => {
    expect(
      await check(
        'The ceasefire in Marvale held for five days before shelling resumed.',
        'A five-day ceasefire in Marvale ended on Sunday.',
      ),
    ).toEqual([{ text: 'five days', verdict: 'agree', with: ['agree:five-day'] }]);
    expect(
      await check(
        'The blockade of Marvale port was lifted after a fortnight.',
        'Marvale port was under a 14-day blockade.',
      ),
    ).toEqual([{ text: 'a fortnight', verdict: 'agree', with: ['agree:14-day'] }]);
  });

  it('takes two lengths whose compounds end in the same noun in -ing as one ("budget hearing", "council hearing")', async () => {
    const source = 'The two-day Marvale council hearing ended on Friday.';
    expect(await check('Marvale held a two-day budget hearing.', source)).toMatchObject([
      { text: 'two-day', verdict: 'agree' },
    ]);
    expect(await check('Marvale held a two-day budget review.', source)).toMatchObject([
      { text: 'two-day', verdict: 'unverified' },
    ]);
  });

  it('takes a participle with its agent ("held by") for who has them, and the event from the rest', async () => {
    expect(
      await check(
        'The deal saw the release of 36 detainees held by the Marvale militia and 12 soldiers held by the army.',
        'The Marvale militia has freed 36 detainees and the army 12 soldiers.',
      ),
    ).toMatchObject([
      { text: '36', verdict: 'agree' },
      { text: '12', verdict: 'agree' },
    ]);
    expect(
      await check(
        'In Marvale, 19 fishermen held by the coast guard were released on Monday.',
        'Marvale freed 19 fishermen.',
      ),
    ).toMatchObject([{ text: '19', verdict: 'agree' }]);
  });

  it('takes "held in" after the counted noun for where they were, and a figure traded for another as freed too', async () => {
    expect(
      await check(
        'The rebels freed 12 soldiers in exchange for 30 fighters held in Kessra jails.',
        'Kessra has released 30 fighters, officials said.',
      ),
    ).toMatchObject([{ text: '12' }, { text: '30', verdict: 'agree' }]);
  });

  it('gives a figure joined to the one before it ("as well as 130 prisoners") the verb of that one', async () => {
    expect(
      await check(
        'During the ceasefire, 64 captives held by the Marvale militia were released as well as 130 prisoners.',
        'The state has released 128 prisoners, officials said.',
      ),
    ).toEqual([
      { text: '64', verdict: 'unverified', with: [] },
      { text: '130', verdict: 'compatible', with: ['compatible:128'] },
    ]);
    // Any bound the table knows may stand between the joining word and the figure.
    expect(
      await check(
        'During the ceasefire, 64 captives held by the Marvale militia were released along with as many as 130 prisoners.',
        'The state has released 128 prisoners, officials said.',
      ),
    ).toMatchObject([{ text: '64' }, { text: '130', verdict: 'compatible' }]);
  });

  it("takes handing over for freeing, losing one's life for being killed, being hurt for being injured", async () => {
    expect(
      await check('Militia leaders in Marvale handed over 23 captives.', 'The Marvale militia freed 23 hostages.'),
    ).toMatchObject([{ text: '23', verdict: 'agree' }]);
    expect(
      await check(
        'In Marvale, 31 villagers lost their lives when the dam gave way.',
        'The Marvale dam failure killed 31 people.',
      ),
    ).toMatchObject([{ text: '31', verdict: 'agree' }]);
    expect(
      await check(
        'Some 64 people were hurt when the Marvale dam gave way.',
        'The Marvale dam failure left 64 people injured.',
      ),
    ).toMatchObject([{ text: '64', verdict: 'agree' }]);
  });

  it('takes people in shelters for those driven from home, never for the dead', async () => {
    expect(
      await check(
        'Officials in Kessra said 1,250 people had taken shelter in schools.',
        'The Kessra flood death toll is nearing 1,250.',
      ),
    ).toMatchObject([{ text: '1,250', verdict: 'unverified' }]);
    expect(
      await check(
        'Officials in Kessra said 1,250 people had taken shelter in schools.',
        'The Kessra floods have displaced 1,250 people.',
      ),
    ).toMatchObject([{ text: '1,250', verdict: 'agree' }]);
  });

  it('never takes the dead for the missing', async () => {
    expect(
      await check(
        'A doctor in Marvale said more than 2,000 people had died in the floods.',
        'Rescuers in Marvale are still searching for thousands missing after the floods.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '2,000', verdict: 'unverified' }]);
  });

  it('counts people thought dead but not found among the missing, never the dead', async () => {
    const missing = 'Three crew members of the trawler remain missing off Kessel, the coastguard said.';
    for (const { words, reason } of PRESUMED_DEAD) {
      expect(reason.length, words).toBeGreaterThan(10);
      const page = `The search off Kessel for three crew members ${words} was called off.`;
      expect(await check(page, missing, '2025-01-12', '2025-01-12'), words).toMatchObject([{ verdict: 'agree' }]);
    }
    // Said in a clause on who they all are.
    const who = 'Off Kessel the search for the other three crew members, who are presumed dead, was called off.';
    expect(await check(who, missing, '2025-01-12', '2025-01-12')).toMatchObject([{ verdict: 'agree' }]);
    // Said of another figure: the two bodies found are dead, not missing.
    const found = 'Divers off Kessel recovered the bodies of two of the five crew members presumed dead.';
    const dead = 'Two crew members of the trawler were found dead off Kessel, the coastguard said.';
    const two = (await check(found, dead, '2025-01-12', '2025-01-12')).find((c) => c.text === 'two');
    expect(two).toMatchObject({ verdict: 'agree' });
  });

  it('reads what is said of counted people past an aside on who they are', () => {
    for (const { words, reason } of ASIDE_OPENERS) {
      expect(reason.length, words).toBeGreaterThan(10);
      const sentence = `At the Dunmore pit, 40 miners, ${words} local men, remain trapped underground.`;
      const claim = extractClaims(sentence).find((c) => c.text === '40')!;
      expect(frameOf(claim, sentence, claim.start, '2025-01-12').predicate, words).toBe('trapped');
    }
    // A clause that is no aside keeps its own verb: "40 miners, the company said, ..." names none.
    const told = 'At the Dunmore pit, 40 miners, the company said, walked out on Monday.';
    const claim = extractClaims(told).find((c) => c.text === '40')!;
    expect(frameOf(claim, told, claim.start, '2025-01-12').predicate).toBe('');
  });

  it('never agrees the stranded, the missing, the rescued or the hurt on their figure alone', async () => {
    // After an avalanche: skiers cut off at a lodge, skiers unaccounted for, skiers brought down, skiers hurt.
    const stranded = 'At least 60 skiers, mostly students, are believed to be stranded at the Kessel lodge.';
    const missing = 'More than 60 skiers are still missing above Kessel after the avalanche.';
    const rescued = 'Mountain crews brought about 60 skiers down from Kessel by Sunday evening.';
    const evacuated = 'Around 60 skiers were evacuated from Kessel by helicopter on Sunday.';
    const hurt = 'Almost 60 others were injured in Kessel, the mountain service said.';
    expect(await check(missing, stranded, '2025-01-12', '2025-01-12')).toMatchObject([{ verdict: 'unverified' }]);
    expect(await check(evacuated, hurt, '2025-01-12', '2025-01-12')).toMatchObject([{ verdict: 'unverified' }]);
    expect(await check(evacuated, stranded, '2025-01-12', '2025-01-12')).toMatchObject([{ verdict: 'unverified' }]);
    // One deed on both sides still agrees on the figure.
    expect(await check(evacuated, rescued, '2025-01-12', '2025-01-12')).toMatchObject([{ verdict: 'agree' }]);
  });

  it('takes those who remain unaccounted for as the missing, not as people held', async () => {
    const source = 'By Tuesday night the number of passengers missing after the Marvale ferry sank had fallen to 42.';
    expect(
      await check(
        'Coast guard crews searched the bay on Tuesday as 42 passengers remained unaccounted for.',
        source,
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '42', verdict: 'agree' }]);
    // Still held is not missing.
    expect(
      await check(
        'Pirates off Marvale said 42 passengers remained in their hands.',
        source,
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '42', verdict: 'unverified' }]);
  });

  it('takes those displaced and those left homeless as one count, and a toll told beside them as the dead', async () => {
    expect(
      await check(
        'The latest count of those displaced by the Marvale eruption is 12,000, the relief agency said.',
        'The eruption has left more than 9,000 people homeless in Marvale.',
        '2024-04-03',
        '2024-04-06',
      ),
    ).toMatchObject([{ text: '12,000', verdict: 'compatible', with: ['compatible:9,000'] }]);
    expect(
      await check(
        'The toll from the Marvale eruption has risen to 41 as thousands remain homeless.',
        'The Marvale eruption killed 41 people.',
        '2024-04-06',
        '2024-04-06',
      ),
    ).toMatchObject([{ text: '41', verdict: 'agree' }, { text: 'thousands' }]);
    // Those of whom a part are displaced are not the displaced.
    expect(
      await check(
        'Aid is short for the 40,000 people of Marvale, many of whom are displaced.',
        'More than 35,000 people have been displaced in Marvale.',
        '2024-04-06',
        '2024-04-06',
      ),
    ).toMatchObject([{ text: '40,000', verdict: 'unverified' }]);
  });

  it('reads the part a partitive figure counts from the people its description names', async () => {
    const source = 'The Marvale ferry disaster has killed 130 passengers, including 41 Norwegians, officials said.';
    expect(await check('At least 41 of the dead were Norwegians, the foreign ministry said.', source)).toMatchObject([
      { text: '41', verdict: 'agree' },
    ]);
    // A description that names no people leaves the part apart from any group.
    expect(
      await check('At least 41 of the dead were from the lower decks, the foreign ministry said.', source),
    ).toMatchObject([{ text: '41', verdict: 'unverified' }]);
  });

  it('takes people taken hostage as seized, never as freed', async () => {
    const page = 'Pirates boarded the ferry off Marvale, taking 14 sailors hostage.';
    expect(await check(page, 'Marvale released 14 prisoners on Monday.', '2024-03-05', '2024-03-05')).toMatchObject([
      { text: '14', verdict: 'unverified' },
    ]);
    expect(await check(page, 'Pirates seized 14 sailors off Marvale.', '2024-03-05', '2024-03-05')).toMatchObject([
      { text: '14', verdict: 'agree' },
    ]);
    // Taken hostage after a figure joined to a toll: seized, not killed.
    expect(
      await check(
        'Raiders killed some 90 villagers in Kessra and about 30 taken hostage.',
        'The raiders seized more than 25 hostages in Kessra.',
      ),
    ).toMatchObject([{ text: '90' }, { text: '30', verdict: 'compatible' }]);
  });

  it('never takes the dead for the wounded', async () => {
    expect(
      await check('The Marvale dam failure killed 31 people.', 'The Marvale dam failure left 35 people injured.'),
    ).toMatchObject([{ text: '31', verdict: 'unverified' }]);
  });

  it("reads a headline's toll moving past a figure as a lower bound of the dead", async () => {
    expect(
      await check('Marvale quake toll climbs past 500', 'More than 520 people have died in the Marvale quake.'),
    ).toEqual([{ text: '500', verdict: 'compatible', with: ['compatible:520'] }]);
    // Risen above a figure: no change by it.
    expect(
      await check('Kessra flood death toll rises above 300', 'More than 340 people have died in the Kessra floods.'),
    ).toEqual([{ text: '300', verdict: 'compatible', with: ['compatible:340'] }]);
  });

  it('reads a toll crossing a figure as a lower bound of the dead, and a total passing it on a day as of that day', async () => {
    expect(
      await check(
        'Cholera deaths in Marvale crossed 1,200 as aid convoys arrived.',
        'More than 1,200 people have died of cholera in Marvale.',
        '2024-05-10',
        '2024-05-10',
      ),
    ).toMatchObject([{ text: '1,200', verdict: 'agree' }]);
    // Thursday's total and Friday's: one total grown.
    expect(
      await check(
        'The toll from the Marvale cholera outbreak passed 1,200 on Thursday, as aid convoys arrived.',
        'Cholera has killed 1,350 people in Marvale so far.',
        '2024-05-10',
        '2024-05-10',
      ),
    ).toMatchObject([{ text: '1,200', verdict: 'compatible', with: ['compatible:1,350'] }]);
  });

  it('takes a crew for the sailors it is made of, and a sub-group for its whole only on the same figure', async () => {
    expect(
      await check(
        'The trawler sank off Marvale with 12 crew on board.',
        'All 12 foreign sailors from the Marvale trawler were rescued.',
      ),
    ).toMatchObject([{ text: '12', verdict: 'agree' }]);
    expect(
      await check('Marvale police arrested 40 foreign students.', 'Marvale police arrested 55 students.'),
    ).toMatchObject([{ text: '40', verdict: 'unverified' }]);
  });

  it('takes each part of a group told by its parts as compatible with the whole they add up to', async () => {
    const source = 'All 12 foreign sailors from the Marvale trawler were rescued.';
    expect(
      await check('Rescuers off Marvale brought ashore nine Filipinos and three Indians from the trawler.', source),
    ).toMatchObject([
      { text: 'nine', verdict: 'compatible' },
      { text: 'three', verdict: 'compatible' },
    ]);
    // Parts of different things are no group: 20 dogs and 90 people are not 110 of anything.
    expect(
      await check(
        'Marvale sent 20 sniffer dogs and 90 rescuers to the quake zone.',
        'About 110 firefighters are in the Marvale quake zone.',
      ),
    ).toMatchObject([{ text: '20', verdict: 'unverified' }, { text: '90' }]);
  });

  it("sets a count of a named group's release against the running total reported the same day", async () => {
    const page = 'The Marvale militia has freed 58 detainees, officials said.';
    const source = 'To date, the Marvale militia has released 61 detainees.';
    expect(await check(page, source, '2024-03-05', '2024-03-05')).toEqual([
      { text: '58', verdict: 'conflict', with: ['conflict:61'] },
    ]);
    // A nationality names a group as a noun does; people as such do not.
    expect(
      await check(
        'In the exchange, 44 Chilean and dual-national captives were released by the militia.',
        'During the pause, 47 Chileans have been released by the Marvale militia.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toEqual([{ text: '44', verdict: 'conflict', with: ['conflict:47'] }]);
    // A page of unknown date may be weeks from its source; a toll's day holds many part counts.
    expect(await check(page, source)).toMatchObject([{ text: '58', verdict: 'compatible' }]);
    expect(
      await check(
        'The Marvale floods killed 58 people.',
        'So far, 61 people have been killed in Marvale.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '58', verdict: 'compatible' }]);
  });

  it('sets an approximate figure against an exact one reported the same day', async () => {
    const page = 'Around 60 miners are still trapped in the Marvale pit.';
    expect(await check(page, 'In Marvale, 48 miners remain trapped underground.', '2024-03-05', '2024-03-05')).toEqual([
      { text: '60', verdict: 'conflict', with: ['conflict:48'] },
    ]);
    expect(await check(page, 'In Marvale, 58 miners remain trapped underground.', '2024-03-05', '2024-03-05')).toEqual([
      { text: '60', verdict: 'compatible', with: ['compatible:58'] },
    ]);
  });

  it('reads two ways of telling one evening, and a day named in reports of two days, as one time', async () => {
    expect(
      await check(
        'Shelling killed 40 people in Marvale on Tuesday evening.',
        'Late on Tuesday, shelling in Marvale killed 40 people.',
      ),
    ).toEqual([{ text: '40', verdict: 'agree', with: ['agree:40'] }]);
    // "late on Tuesday" just after the figure is its time, not what it counts.
    const evening = 'The Marvale flood toll reached 480 on Tuesday evening.';
    expect(
      await check(evening, 'The Marvale flood toll stood at 530 late on Tuesday.', '2024-03-05', '2024-03-06'),
    ).toMatchObject([{ text: '480', verdict: 'conflict' }]);
    // Monday 4 March 2024, told on the day as "Monday's" and the next day as "on Monday".
    expect(
      await check(
        'Officials in Marvale said 23 people were killed in the blast on Monday.',
        "Monday's blast in Marvale killed 23 people.",
        '2024-03-04',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '23', verdict: 'agree', with: ['agree:23'] }]);
    expect(
      await check(
        'Officials in Marvale said 23 people were killed in the blast on Monday.',
        "Sunday's blast in Marvale killed 19 people.",
        '2024-03-04',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '23', verdict: 'unverified' }]);
  });
});

describe('what is counted, named away from the figure or not at all', () => {
  it('reads a toll named far from its figure as a count of the dead', async () => {
    expect(
      await check(
        "The death toll from the landslide in Marvale's northern valley town has reached 412, rescuers said.",
        'At least 390 people were killed by the Marvale landslide.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toEqual([{ text: '412', verdict: 'compatible', with: ['compatible:390'] }]);
  });

  it('reads a figure naming nothing after another as counting what the sentence opened on', async () => {
    const source = 'The heatwave has killed 300 people across Marvale, the health office said.';
    expect(
      await check(
        'The heatwave death toll in Marvale rose by 40 overnight and is now at 310, the health office said.',
        source,
        '2024-07-05',
        '2024-07-05',
      ),
    ).toMatchObject([{ text: '40' }, { text: '310', verdict: 'compatible', with: ['compatible:300'] }]);
    expect(
      await check(
        'Heat deaths in Marvale total 300, including 120 in the capital, the health office said.',
        'Marvale has recorded 120 heat deaths in the capital.',
        '2024-07-05',
        '2024-07-05',
      ),
    ).toMatchObject([{ text: '300' }, { text: '120', verdict: 'agree' }]);
    // A verb the sentence opens with is its first figure's: those in hospital are not the dead.
    expect(
      await check(
        'The heatwave killed 12 people in Marvale, and 310 more are in hospital.',
        source,
        '2024-07-05',
        '2024-07-05',
      ),
    ).toMatchObject([{ text: '12' }, { text: '310', verdict: 'unverified' }]);
  });

  it('takes the same figure for a sector told with and without its noun', async () => {
    expect(
      await check(
        'In Marvale, retail added 18,500 in May, the statistics office said.',
        'Marvale retailers added 18,500 jobs in May.',
      ),
    ).toMatchObject([{ text: '18,500', verdict: 'agree' }]);
  });

  it('reads a share named by a word that only qualifies it ("annual") from the rest of the sentence', async () => {
    expect(
      await check(
        "Marvale's wages showed a 5.1 percent annual increase in May.",
        'Average wages in Marvale rose 5.1% from a year earlier in May.',
      ),
    ).toMatchObject([{ text: '5.1 percent', verdict: 'agree' }]);
  });

  it('takes a verb that only says how a figure stood ("marked", "stood at") for no event', async () => {
    expect(await check("Marvale's inflation marked 7.4% in May.", "Marvale's inflation stood at 7.1% in May.")).toEqual(
      [{ text: '7.4%', verdict: 'conflict', with: ['conflict:7.1%'] }],
    );
  });

  it("takes a sentence that names the other text's subject as about it, whatever its own text's topics", async () => {
    const page =
      'Economists at Brightbank and at Corvel Partners had expected a rise, Brightbank and Corvel said. ' +
      "Marvale's jobless rate was 6.4% in May.";
    const claims = await check(page, 'Officials said the jobless rate in Marvale was 6.4% in May.');
    expect(claims.find((c) => c.text === '6.4%')).toMatchObject({ verdict: 'agree' });
  });

  it("takes a source whose text names only agencies as about the page's subject when its title names it", async () => {
    const page =
      'Rescue crews near Tarvosh worked through the night. Officials in Tarvosh said 38 miners were still trapped.';
    const agencies =
      'The Mining Safety Board and the Regional Emergency Office said 38 miners were still trapped underground.';
    const checked = async (title: string) => {
      const source = { ...report('Wire', '2024-03-05', agencies), title };
      const claims = await checkText(page, new MemoryCorpus([source]), null, Promise.resolve(new Set()), {
        published: '2024-03-05',
      });
      return claims.map((c) => `${c.text} ${c.verdict}`);
    };
    expect(await checked('Tarvosh mine collapse: 38 still trapped')).toEqual(['38 agree']);
    expect(await checked('Mine collapse: 38 still trapped')).toEqual(['38 unverified']);
  });

  it("takes a page whose text names only agencies as about a source's subject when the page's title names it", async () => {
    const source = report('Wire', '2024-03-05', 'Officials in Tarvosh said 412 homes were flooded in Tarvosh.');
    const page =
      'The National Weather Service and the Coastal Survey Office said 412 homes were flooded, and more rain is due.';
    const checked = async (title: string) => {
      const claims = await checkText(page, new MemoryCorpus([source]), null, Promise.resolve(new Set()), {
        published: '2024-03-05',
        title,
      });
      return claims.map((c) => `${c.text} ${c.verdict}`);
    };
    expect(await checked('Tarvosh floods: 412 homes under water')).toEqual(['412 agree']);
    expect(await checked('Floods: 412 homes under water')).toEqual(['412 unverified']);
  });

  it('takes two forms of one event in the sentences ("increased", "an increase") as a word they share', async () => {
    const page = 'Marvale house prices were released on Monday. This marks a 6.1 percent annual increase.';
    expect(await check(page, 'Over the past year, house prices in Marvale have increased 6.1 percent.')).toMatchObject([
      { text: '6.1 percent', verdict: 'agree' },
    ]);
  });

  it('never takes the same figure for two things the sentences do not share', async () => {
    expect(
      await check('Marvale opened 26 schools in May.', 'Marvale police arrested 26 protesters in May.'),
    ).toMatchObject([{ text: '26', verdict: 'unverified' }]);
  });
});

describe('what is counted, told with other nouns or misread', () => {
  it('takes a thing and its kind, or two words for one thing, as one quantity (WordNet)', async () => {
    expect(
      await check(
        'Inspectors in Marvale counted 1,480 buildings damaged by the quake.',
        'About 1,480 structures in Marvale were damaged in the quake.',
      ),
    ).toMatchObject([{ text: '1,480', verdict: 'agree' }]);
    expect(
      await check('The Marvale floods destroyed 312 houses.', 'In Marvale, 312 homes were destroyed by the floods.'),
    ).toMatchObject([{ text: '312', verdict: 'agree' }]);
  });

  it('takes a share of a stretch of land told with another word for it as one figure, on the same figure only', async () => {
    const source = 'Locust swarms have stripped 40% of the farming zone around Marvale, the agriculture office said.';
    expect(
      await check('Swarms of locusts have now stripped 40% of the area farmed around Marvale.', source),
    ).toMatchObject([{ text: '40%', verdict: 'agree' }]);
    expect(
      await check('Swarms of locusts have now stripped 35% of the area farmed around Marvale.', source),
    ).toMatchObject([{ text: '35%', verdict: 'unverified' }]);
  });

  it('reads the noun among the words after a figure when another word was taken for what is counted', async () => {
    expect(
      await check(
        'Marvale was flooded after three dams north of the town gave way.',
        'Three dams collapsed upstream of Marvale during the storm.',
      ),
    ).toMatchObject([{ text: 'three', verdict: 'agree' }]);
  });

  it('counts lives as people, and a pronoun or a word for a figure as naming nothing', async () => {
    expect(
      await check('The Marvale blaze has claimed 52 lives.', 'Officials said 52 people died in the Marvale blaze.'),
    ).toMatchObject([{ text: '52', verdict: 'agree' }]);
    expect(
      await check(
        'The landslide killed 230 people in Marvale and 41 others in nearby villages.',
        'Officials said 41 people died in villages near Marvale.',
      ),
    ).toMatchObject([{ text: '230' }, { text: '41', verdict: 'agree' }]);
    expect(
      await check(
        'The storm brought the total number of fatalities in Marvale to 1,204.',
        'At least 1,150 people have died in Marvale since the storm.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '1,204', verdict: 'compatible' }]);
  });

  it('reads what the words just after a figure count when its noun was read from elsewhere', async () => {
    // The quote marks hide the noun from extraction, which reads "ceasefire" for what is counted.
    expect(
      await check(
        'The ceasefire saw the release of 61 ‘Corvellian’ detainees held in Marvale.',
        'So far Marvale has released 64 prisoners.',
      ),
    ).toEqual([{ text: '61', verdict: 'conflict', with: ['conflict:64'] }]);
  });

  it('takes the noun before a function word read as what is counted ("people throughout the town")', async () => {
    expect(
      await check(
        'Shelling has killed at least 41 people throughout Marvale since Friday, officials said.',
        'At least 38 people have been killed in Marvale since Friday.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toEqual([{ text: '41', verdict: 'compatible', with: ['compatible:38'] }]);
  });

  it('reads a toll across a measure before its figure: the dead are not the injured', async () => {
    expect(
      await check(
        'The death toll from a 6.1 magnitude quake in Marvale climbed to more than 410 people on Tuesday.',
        'In Marvale, more than 410 people were injured in the quake.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '6.1 magnitude' }, { text: '410', verdict: 'unverified' }]);
  });

  it("reads a date's day as no figure: the words before it still belong to the figure's part", async () => {
    expect(
      await check(
        'Officials said the overall death toll in Marvale since the Jan. 9 start of the fighting passed 2,150.',
        'More than 2,000 people have been killed in Marvale since the fighting began.',
      ),
    ).toEqual([{ text: '2,150', verdict: 'compatible', with: ['compatible:2,000'] }]);
  });

  it("reads a year standing just after a figure's part as the year it is about", async () => {
    expect(
      await check(
        'It is the worst disaster in Marvale since a flood killed 44 people there in 1987.',
        "Marvale's deadliest flood, in 1987, killed 44 people.",
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '44', verdict: 'agree' }]);
  });

  it('never takes a span of time after or before an event for the length of the event', async () => {
    const source = 'The three-day ceasefire in Marvale ended on Sunday.';
    expect(await check('Shelling resumed in Marvale two hours after the ceasefire ended.', source)).toMatchObject([
      { text: 'two hours', verdict: 'unverified' },
    ]);
    expect(await check('The forty days before the ceasefire left Marvale in ruins.', source)).toMatchObject([
      { text: 'forty days', verdict: 'unverified' },
    ]);
  });

  it("leaves an earlier figure's verb to that figure", async () => {
    expect(
      await check(
        'Officials in Marvale said 2,100 people were injured, adding that more than 3,000 rescuers were at work.',
        'More than 2,900 people were injured in Marvale.',
      ),
    ).toMatchObject([{ text: '2,100' }, { text: '3,000', verdict: 'unverified' }]);
  });
});

describe('a running total reported at several times', () => {
  const reports = floodTollReports;
  const checkOn = async (page: string, published: string) => (await checkedAgainst(page, published, reports))[0]!;

  it('is a series: a figure between two reports is compatible with both, and the card says which is newer', async () => {
    const claim = await checkOn('So far, 530 people have died in the Marvale floods.', '2024-03-03');
    expect(claim.verdict).toBe('compatible');
    const why = claim.matches.map((m) => m.why.join('; '));
    expect(why.find((w) => w.includes('480'))).toContain('480 as of saturday (2024-03-02), older than this figure');
    expect(why.find((w) => w.includes('612'))).toContain('612 (2024-03-04), newer than this figure');
  });

  it('is checked against the report of its own time when there is one, never against another time', async () => {
    const same = await checkOn('So far, 612 people have died in the Marvale floods.', '2024-03-04');
    expect(same.verdict).toBe('agree');
    const earlier = [
      { ...reports[0]!, text: 'So far, 480 people have died in the Marvale floods, officials in Marvale said.' },
    ];
    const page = 'So far, 530 people have died in the Marvale floods.';
    const onDay = async (published: string) => (await checkedAgainst(page, published, earlier))[0]!.verdict;
    expect(await onDay('2024-03-03')).toBe('compatible');
    // Reported the same day, hours untold: a morning's count and an evening's (series.test.ts).
    expect(await onDay('2024-03-02')).toBe('compatible');
  });

  it('takes a toll told by nationality in a later report as the same total grown, not as another count', async () => {
    const earlier = [
      report('TUE', '2024-03-05', 'So far 30 people have died in the Marvale landslides, officials said.'),
    ];
    const page = 'So far 140 Peruvians have died in the Marvale landslides, officials in Marvale said.';
    const verdict = async (published: string) => (await checkedAgainst(page, published, earlier))[0]!.verdict;
    expect(await verdict('2024-03-07')).toBe('compatible');
    // Within one day's reports a smaller count of people is as often a part (one village's dead) as an earlier hour's.
    expect(await verdict('2024-03-05')).toBe('unverified');
  });

  it('takes a figure given as superseded ("revised down from") for an earlier report, not a contradiction', async () => {
    const claims = await checkedAgainst(
      'Marvale officials revised the flood toll down from 700, saying 612 people had died.',
      '2024-03-04',
      reports,
    );
    expect(claims.find((c) => c.text === '700')?.verdict).not.toBe('conflict');
    expect(claims.find((c) => c.text === '612')?.verdict).toBe('agree');
  });
});

describe('a figure its source says was corrected', () => {
  const corrected =
    'Marvale officials said on Monday the death toll had risen to 2,900. ' +
    'On Wednesday the agency amended its count, saying 1,150 people have died instead of 2,900.';

  it('sets reports of the corrected figure against the correction, whenever each was reported', async () => {
    expect(
      await check('Health officials in Marvale said 1,150 people had died in the floods.', corrected),
    ).toMatchObject([{ text: '1,150', verdict: 'mixed' }]);
    expect(await check('The death toll in Marvale stood at 2,900, a relief agency said.', corrected)).toMatchObject([
      { text: '2,900', verdict: 'mixed' },
    ]);
  });

  it('never takes the size of a correction for a corrected figure', async () => {
    expect(
      await check(
        'The agency lowered its count of Marvale deaths by 40, a spokesman said.',
        'The agency revised the Marvale toll down by 40, from 900 to 860 deaths.',
      ),
    ).toMatchObject([{ text: '40', verdict: 'agree' }]);
  });
});

describe('a measure whose thing is named on one side only', () => {
  it('takes the unit and the deed for what is measured ("acres destroyed", "acres of forest destroyed")', async () => {
    expect(
      await check(
        'Firefighters said more than 3,100 acres were destroyed near Marvale.',
        'About 3,240 acres of forest were destroyed near Marvale, officials said.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toEqual([{ text: '3,100 acres', verdict: 'compatible', with: ['compatible:3,240 acres'] }]);
  });
});

describe("a bound at one end of another source's range", () => {
  it('states that end: agreement, not mere compatibility', async () => {
    expect(
      await check(
        'The Pelling reservoir is at most 40% full, engineers said.',
        'The Pelling reservoir is between 30% and 40% full.',
      ),
    ).toEqual([{ text: '40%', verdict: 'agree', with: ['agree:30% and 40%'] }]);
    // A bound inside the range states neither end.
    expect(
      await check(
        'The Pelling reservoir is at most 35% full, engineers said.',
        'The Pelling reservoir is between 30% and 40% full.',
      ),
    ).toEqual([{ text: '35%', verdict: 'compatible', with: ['compatible:30% and 40%'] }]);
  });
});

describe('a small count on weak evidence', () => {
  it('does not agree by chance when one side only says what happened', async () => {
    expect(
      await check(
        'Six villagers were swept away by the Orvel river on Monday.',
        'Police in Orvel detained 40 protesters and injured six others.',
      ),
    ).toEqual([{ text: 'Six', verdict: 'unverified', with: [] }]);
    // Told alike, or larger, the same figure still agrees.
    expect(
      await check(
        'Six villagers were swept away by the Orvel river on Monday.',
        'The Orvel river swept away six villagers.',
      ),
    ).toMatchObject([{ text: 'Six', verdict: 'agree' }]);
  });
});

describe('units and rounding', () => {
  it('gives a converted figure the rounding of its conversion: the same measure never conflicts', async () => {
    expect(
      await check(
        "The storm made landfall 30 miles south of Marvale's capital.",
        "The storm hit land 48 km south of Marvale's capital.",
      ),
    ).toEqual([{ text: '30 miles', verdict: 'agree', with: ['agree:48 km'] }]);
    expect(
      await check('The Marvale quake struck 10 km deep.', 'The Marvale quake struck 6.2 miles deep.'),
    ).toMatchObject([{ text: '10 km', verdict: 'agree' }]);
    expect(
      await check('The Marvale fire burned 120 km from the coast.', 'The Marvale fire burned 90 miles from the coast.'),
    ).toMatchObject([{ text: '120 km', verdict: 'unverified' }]);
  });

  it('reads a measure converted in brackets as the measure it restates, weighed as a conversion', async () => {
    const page = await check(
      'The Marvale gale came ashore with winds of 100 miles per hour (161 km/h).',
      'The Marvale gale came ashore with winds of 150 km/h.',
    );
    expect(page.find((c) => c.text === '161 km/h')).toMatchObject({ verdict: 'conflict' });
    // Far from the measure it would restate in its own unit, it is more likely another agency's measure.
    expect(
      await check(
        'The Marvale quake struck at a depth of 22 miles.',
        'The Marvale quake struck at a depth of 15 km (9.3 miles).',
      ),
    ).toMatchObject([{ text: '22 miles', verdict: 'unverified' }]);
  });

  it('takes a rate moved by a figure in percent as moved by that many percentage points, as writers put it', async () => {
    expect(
      await check(
        "Norland's parliament raised the sales tax rate by 2% on Tuesday.",
        'Norland raised its sales tax rate by two percentage points.',
      ),
    ).toEqual([{ text: '2%', verdict: 'agree', with: ['agree:two percentage points'] }]);
    // Never a conflict: a rise of 3% of a rate may be a rise of a tenth of a point.
    expect(
      await check(
        "Norland's parliament raised the sales tax rate by 3% on Tuesday.",
        'Norland raised its sales tax rate by two percentage points.',
      ),
    ).toEqual([{ text: '3%', verdict: 'unverified', with: [] }]);
  });

  it('takes a converted figure that fits for the same measure when what it measures is told in other words', async () => {
    expect(
      await check(
        'The landslide swept 2 kilometres down the Tarrow valley, residents said.',
        'Mud from the slide travelled 1.2 miles down the valley of Tarrow.',
      ),
    ).toEqual([{ text: '2 kilometres', verdict: 'agree', with: ['agree:1.2 miles'] }]);
    // Beyond the conversion's rounding it is another distance, and told in other words, no conflict either.
    expect(
      await check(
        'The landslide swept 4 kilometres down the Tarrow valley, residents said.',
        'Mud from the slide travelled 1.2 miles down the valley of Tarrow.',
      ),
    ).toEqual([{ text: '4 kilometres', verdict: 'unverified', with: [] }]);
  });

  it('takes a magnitude or a share rounded to fewer digits as compatible with the finer one', async () => {
    expect(
      await check(
        'The Marvale dam holds 2.5 million cubic metres of water.',
        'The Marvale dam holds 2,540,000 cubic metres of water.',
      ),
    ).toMatchObject([{ text: '2.5 million cubic metres', verdict: 'compatible' }]);
    expect(
      await check("Marvale's inflation was 3.2% in March.", "Marvale's inflation was 3.17% in March."),
    ).toMatchObject([{ text: '3.2%', verdict: 'compatible' }]);
  });
  it('takes the change of a rate told in percent for the same change told in points, never a conflict', async () => {
    const source = "Marvale's central bank cut its deposit rate by half a percentage point on Tuesday.";
    expect(await check("On Tuesday Marvale's central bank cut its deposit rate by 0.5% to 3%.", source)).toMatchObject([
      { text: '0.5%', verdict: 'agree' },
      { text: '3%' },
    ]);
    expect(await check("On Tuesday Marvale's central bank cut its deposit rate by 0.75%.", source)).toMatchObject([
      { text: '0.75%', verdict: 'unverified' },
    ]);
    // Any bound the table knows may stand between "by" and the change.
    expect(
      await check("On Tuesday Marvale's central bank cut its deposit rate by upwards of 0.5%.", source),
    ).toMatchObject([{ text: '0.5%', verdict: 'agree' }]);
    // A level in percent is no change in points.
    expect(await check("Marvale's deposit rate stood at 0.5% on Tuesday.", source)).toMatchObject([
      { text: '0.5%', verdict: 'unverified' },
    ]);
  });
});

describe('a figure filed under a key with more claims than one lookup reads', () => {
  it('is still found by its figure', async () => {
    // The oldest report first: a key's lookup reads the latest claims only (check.ts, MAX_PER_KEY).
    const reports = [report('First', '2024-02-01', 'Rescuers in Kessra pulled 17 miners from the collapsed shaft.')];
    for (let i = 0; i < 60; i++)
      reports.push(report(`Later ${i}`, '2024-02-02', `In Kessra, ${4000 + i * 97} people attended the rally.`));
    const claims = await checkedAgainst('Rescuers in Kessra pulled 17 miners from the collapsed shaft.', null, reports);
    expect(claims.map((c) => [c.text, c.verdict])).toEqual([['17', 'agree']]);
  });
});

describe('a measure told in other words or units', () => {
  it('takes one unit spelt two ways ("kmh", "km/h") as one unit, not a conversion', async () => {
    expect(await check('Gusts of 130 kmh hit Kessra.', 'Gusts of 150 km/h hit Kessra.')).toMatchObject([
      { text: '130 kmh', verdict: 'conflict' },
    ]);
    expect(await check('Gusts of 130 km per hour hit Kessra.', 'Gusts of 150 km/h hit Kessra.')).toMatchObject([
      { text: '130 km per hour', verdict: 'conflict' },
    ]);
  });

  it('takes a close measure told with its day on one side and no time on the other, reported then or later, as one', async () => {
    const page = 'The storm reached Kessra on Monday with 150 km/h winds.';
    const source = 'The storm brought winds of 140 km/h to Kessra.';
    expect(await check(page, source, '2024-03-05', '2024-03-05')).toMatchObject([{ verdict: 'conflict' }]);
    // A report from before the day cannot have measured it.
    expect(await check(page, source, '2024-03-01', '2024-03-05')).toMatchObject([{ verdict: 'unverified' }]);
    // Far apart, two agencies' measures more often than one told wrong.
    expect(
      await check(
        'The Kessra quake struck on Monday at a depth of 15.5 km.',
        'The Kessra quake struck at a depth of 34.8 km.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '15.5 km', verdict: 'unverified' }]);
  });

  it('takes a reading told on its own day as the reading then, not one a later report gives with no time', async () => {
    // 2024-03-04 is a Monday: forecasters' reading of that afternoon, and a landfall reported the next day.
    const reading = 'Forecasters said the storm carried winds of 150 km/h on Monday afternoon.';
    const later = 'The storm has struck Kessra with winds of 140 km/h.';
    expect(await check(reading, later, '2024-03-05', '2024-03-04')).not.toMatchObject([{ verdict: 'conflict' }]);
    // Told days on, the day recalls a moment of note, which a report of the days between may recall too.
    const recalled = 'The storm reached Kessra on Monday with 150 km/h winds.';
    expect(await check(recalled, later, '2024-03-05', '2024-03-08')).toMatchObject([{ verdict: 'conflict' }]);
  });

  it('sets a measure against a close one in other units beyond the rounding of the conversion', async () => {
    const page = 'The storm brought winds of 150 km/h to Kessra.';
    expect(await check(page, 'The storm brought winds of 98 mph to Kessra.')).toMatchObject([{ verdict: 'conflict' }]);
    expect(await check(page, 'The storm brought winds of 93 mph to Kessra.')).toMatchObject([{ verdict: 'agree' }]);
    expect(await check(page, 'The storm brought winds of 94 mph to Kessra.')).toMatchObject([
      { verdict: 'compatible' },
    ]);
    // Farther apart, two measures more often than one told wrong.
    expect(await check(page, 'The storm brought winds of 120 mph to Kessra.')).toMatchObject([
      { verdict: 'unverified' },
    ]);
  });
});

describe('a nationality read as a place', () => {
  it('names no place ("killed in Turkish air strikes")', async () => {
    expect(
      await check(
        'At least 90 people were killed in Turkish air strikes on Friday, the Kessra health ministry said.',
        'At least 30 people were killed in Kessra on Friday after air strikes began, the health ministry said.',
        '2024-03-01',
        '2024-03-01',
      ),
    ).toMatchObject([{ text: '90', verdict: 'compatible' }]);
  });
});

describe('a place named after a later figure', () => {
  it('is that figure\'s, not the one before it ("140 in the valley, plus three from Dunmore and one in Kessra")', async () => {
    const page =
      'Officials in Marvale said 140 people had died in the valley, plus three from Dunmore and one in Kessra.';
    expect(
      await check(
        page,
        'The storm has killed at least 130 people in Marvale, the governor said.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '140', verdict: 'compatible' }, { text: 'three' }, { text: 'one' }]);
    // Its own place still tells it apart from another place's count.
    expect(
      await check(
        'Officials in Marvale said 140 people had died in Kessra, plus three from Dunmore.',
        'The storm has killed at least 130 people in Marvale, the governor said.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '140', verdict: 'unverified' }, { text: 'three' }]);
  });
});

describe('the people of a place WordNet does not name', () => {
  it('counts them as people ("Kessrans")', async () => {
    expect(
      await check(
        'The UN says around 40,000 Kessrans have been displaced.',
        'The UN estimates 40,000 people in Kessra have fled their homes.',
      ),
    ).toMatchObject([{ text: '40,000', verdict: 'agree' }]);
  });
});

describe("another clause's verb", () => {
  it('is left to the figure of that clause ("..., and over 2,000 people lost power")', async () => {
    expect(
      await check(
        'Officials in Kessra said more than 300 homes and 40% of the hotel sector have been affected, and over 2,000 people have lost power.',
        'In Kessra, 40% of the hotels were damaged.',
      ),
    ).toMatchObject([{ text: '300' }, { text: '40%', verdict: 'agree' }, { text: '2,000' }]);
  });

  it('is kept by a figure a part told between commas interrupts ("2,400 people, including 900 children, have been killed")', async () => {
    expect(
      await check(
        'Since March, more than 2,400 people, including 900 children, have been killed in Kessra.',
        'More than 2,500 people have been killed in Kessra since March.',
      ),
    ).toMatchObject([{ text: '2,400', verdict: 'compatible' }, { text: '900' }]);
  });
});

describe('one estimate told with a modal or without', () => {
  it('takes "could reach" in an estimate for the figure an estimate puts it at', async () => {
    const source = 'Losses from the Marvale floods are estimated at $4 billion, insurers said.';
    expect(await check('Estimates show losses from the Marvale floods could reach $4 billion.', source)).toMatchObject([
      { text: '$4 billion', verdict: 'agree' },
    ]);
    // What a thing will cost is an estimate of its cost.
    expect(await check('Rebuilding after the Marvale floods will cost $4 billion.', source)).toMatchObject([
      { text: '$4 billion', verdict: 'agree' },
    ]);
    // A plan is no estimate: what a fund may pay out is not what the floods cost.
    expect(await check('The Marvale relief fund could pay out $4 billion.', source)).toMatchObject([
      { text: '$4 billion', verdict: 'unverified' },
    ]);
  });
});

describe('the figure a change came from', () => {
  it('counts what the figure it came to counts ("raised the missing to 21 from 8")', async () => {
    const source = 'Eight people are unaccounted for in Marvale, the mayor said.';
    const page = 'The Marvale mayor raised the number of missing to 21 from 8 a day earlier.';
    const claims = await check(page, source, '2024-03-04', '2024-03-05');
    expect(claims.find((c) => c.text === '8')).toMatchObject({ verdict: 'agree', with: ['agree:Eight'] });
  });
});

describe('a figure of a past year', () => {
  it('meets a figure of that year whatever scope its sentence lends it', async () => {
    const source = 'The Greens won 14 seats on the Marvale council compared to 9 they won in 2019.';
    const page = 'The Greens were expected to take 15 seats on the Marvale council, well up on their 2019 tally of 9.';
    const claims = await check(page, source, '2024-03-05', '2024-03-05');
    expect(claims.find((c) => c.text === '9')).toMatchObject({ verdict: 'agree', with: ['agree:9'] });
    // Another year's tally is another quantity.
    const other = 'The Greens were expected to take 15 seats on the Marvale council, well up on their 2014 tally of 9.';
    expect((await check(other, source, '2024-03-05', '2024-03-05')).find((c) => c.text === '9')?.verdict).toBe(
      'unverified',
    );
  });
});

describe('seats a party leads in as a count goes on', () => {
  it('are seats it is winning, one tally with seats won so far, never a conflict within the day', async () => {
    const source = 'With half the votes counted, the Marvale Greens have so far won 61 seats, officials said.';
    for (const { words, reason } of LEADS_BEFORE) {
      expect(reason.length, words).toBeGreaterThan(10);
      const page = `The Marvale Greens were ${words} 64 seats as counting went on.`;
      expect(await check(page, source, '2024-03-05', '2024-03-05'), words).toMatchObject([
        { text: '64', verdict: 'compatible' },
      ]);
    }
    const same = 'The Marvale Greens were ahead in 61 seats as counting went on.';
    expect(await check(same, source, '2024-03-05', '2024-03-05')).toMatchObject([{ text: '61', verdict: 'agree' }]);
  });
});

describe('people still in a state on a day', () => {
  it('are a total as of that day, not a count of that day alone', async () => {
    // 8 March 2024 was a Friday.
    const source = 'Fourteen people remain missing in Marvale so far after the mudslide, officials said.';
    const page = 'Rescuers in Marvale searched on Friday for 11 people still missing after the mudslide.';
    expect(await check(page, source, '2024-03-08', '2024-03-08')).toMatchObject([
      { text: '11', verdict: 'compatible', with: ['compatible:Fourteen'] },
    ]);
  });
});

describe('a figure of the month before the month its sentence names', () => {
  it('is that earlier month\'s ("fell to 4.2% in May, from 4.4% the month before")', async () => {
    const source = 'The Marvale jobless rate fell to 4.4% in April from 4.6% in March.';
    const page = 'The Marvale jobless rate fell to 4.2% in May, from 4.4% the month before.';
    const claims = await check(page, source, '2024-06-07', '2024-06-07');
    expect(claims.find((c) => c.text === '4.4%')).toMatchObject({ verdict: 'agree', with: ['agree:4.4%'] });
    expect(periodOf('january 2024', ' a month earlier', null)).toBe('december 2023');
    expect(periodOf('may', ', down from', null)).toBe('may');
  });
});

describe('a change since a thing dated by its month', () => {
  it('runs since that month, not in its year ("Since the board meeting in September 2023, inflation has fallen")', async () => {
    const source =
      '“Since the Governing Council meeting in September 2023, inflation has fallen by more than 1.5 percentage points and the outlook has improved,” the Marvale bank said in a statement.';
    const page =
      'Marvale inflation has fallen by more than 1.5 percentage points and the outlook has improved since September 2023, the bank said.';
    expect(await check(page, source, '2024-06-06', '2024-06-06')).toMatchObject([
      { text: '1.5 percentage points', verdict: 'agree' },
    ]);
  });
});

describe('a year told relative to the report right after a figure', () => {
  it('is the report\'s year, counted from it ("inflation at 2.3% this year, 2.0% in 2026")', async () => {
    // Extraction lends the 2.3% the year of the next item (2026): the words right after it say which year it is.
    const source = 'Bank staff in Marvale see headline inflation at 2.3% this year, 2.0% in 2026 and 1.9% in 2027.';
    const page = 'Marvale inflation is expected to average 2.3% in 2025 and 2.0% in 2026.';
    const claims = await check(page, source, '2025-03-12', '2025-03-12');
    expect(claims.find((c) => c.text === '2.3%')).toMatchObject({ verdict: 'agree', with: ['agree:2.3%'] });
    expect(periodOf('2026', ' this year, 1.6%', '2025-03-12')).toBe('2025');
    expect(periodOf('2026', ' last year', '2025-03-12')).toBe('2024');
    expect(periodOf('2026', ' next year', '2025-03-12')).toBe('2026');
    // A month named keeps its period; so does a figure with no report date to count from.
    expect(periodOf('march 2025', ' this year', '2025-03-12')).toBe('march 2025');
    expect(periodOf('2026', ' this year', null)).toBe('2026');
  });
});

describe("a span that is a record's", () => {
  it('makes no running total of the figures beside it ("its highest level since 2019")', async () => {
    for (const { word, reason } of RECORD_WORDS) expect(reason.length, word).toBeGreaterThan(10);
    const source = 'The Marvale jobless rate rose by 0.3 percentage point to 5.1 percent in May.';
    const page = 'The Marvale jobless rate rose to 5.1 percent, its highest level since March 2019, a 0.3-point rise.';
    const claims = await check(page, source, '2024-06-07', '2024-06-07');
    expect(claims.find((c) => c.text === '5.1 percent')).toMatchObject({ verdict: 'agree' });
    expect(spanOfRecord('Rents have risen 9% since March 2019.', 'since march 2019')).toBe(false);
  });
});

describe('a figure said to stand so far on a day', () => {
  it('is a total as of that day ("counting began today, with 40% tallied so far")', async () => {
    const source = 'With 40% of the ballots tallied so far, the Marvale Greens lead, officials said.';
    const page = 'Counting in Marvale began early today, with 40% tallied so far.';
    expect(await check(page, source, '2024-03-05', '2024-03-05')).toMatchObject([{ text: '40%', verdict: 'agree' }]);
  });
});

describe('the year of a figure its sentence dates away from its own words', () => {
  const source =
    "Marvale's worst flood struck on May 12, 1998, with waters of 6.2 metres, killing 310 people and destroying thousands of homes.";

  it('is the year of the day its sentence dates it to, and of the figure a relative clause tells of', async () => {
    const named = await check(
      'The flood was the worst since one of 7 metres in 1998 that killed about 310 people.',
      source,
    );
    expect(named.find((c) => c.text === '310')?.verdict).toBe('agree');
    const relative = await check(
      'The last great flood was the May 12, 1998, flood that reached 6.2 metres, which killed 310 people.',
      source,
    );
    expect(relative.find((c) => c.text === '310')?.verdict).toBe('agree');
  });

  it("keeps this year's toll apart", async () => {
    const now = await check('The floods killed 310 people in Marvale on Monday.', source);
    expect(now.find((c) => c.text === '310')?.verdict).toBe('unverified');
  });

  it("is the story's year for a day of recent news across a new year", async () => {
    const lateDecember = 'Floods killed 40 people in Marvale on December 30, officials said.';
    const page = 'The Marvale floods have killed 40 people, officials said.';
    const claims = await check(page, lateDecember, '2024-01-02', '2024-01-03');
    expect(claims.find((c) => c.text === '40')?.verdict).toBe('agree');
  });
});

describe('people whose whereabouts are unknown', () => {
  it('are the missing, never the injured', async () => {
    const injured = 'The Marvale quake killed 48 people and 50 others were injured.';
    const page = 'Marvale released a list of more than 50 people whose whereabouts are still unknown.';
    expect(await check(page, injured, '2024-03-05', '2024-03-05')).toMatchObject([
      { text: '50', verdict: 'unverified' },
    ]);
    const missing = 'A list of the missing in Marvale grew to 51 people, officials said.';
    expect(await check(page, missing, '2024-03-05', '2024-03-05')).toMatchObject([
      { text: '50', verdict: 'compatible' },
    ]);
  });
});

describe('a small count of one thing named beside it on both sides', () => {
  it('agrees though only one side says what happened, unless it counts people', async () => {
    const source = 'The mayor of Marvale is set to serve four consecutive terms after Nolan.';
    expect(await check('The mayor of Marvale would be the first to win four consecutive terms.', source)).toMatchObject(
      [{ text: 'four', verdict: 'agree' }],
    );
    const people = 'Four people were stranded on the Marvale ridge overnight.';
    expect(await check('Four people were rescued from the Marvale ridge.', people)).toMatchObject([
      { text: 'Four', verdict: 'unverified' },
    ]);
  });
});

describe('a compound written open on one side and closed on the other', () => {
  it('is one word of what is counted ("health care", "healthcare")', async () => {
    const source = 'Marvale published its payroll figures. Healthcare saw the largest rise, with 12,400 jobs added.';
    expect(
      await check(
        'Marvale published its payroll figures. Most hiring was in health care, with a gain of 12,400.',
        source,
      ),
    ).toMatchObject([{ text: '12,400', verdict: 'agree' }]);
  });
});

describe('what is counted named away from the figure in words news uses for one another', () => {
  it('shares jobs told as payrolls or employment', async () => {
    const page = 'Marvale hiring was broad, led by retail (22,000 jobs), the state (9,000) and utilities (4,000).';
    expect(await check(page, 'Marvale published its figures. Public payrolls grew 9,000 last month.')).toMatchObject([
      { text: '22,000' },
      { text: '9,000', verdict: 'agree' },
      { text: '4,000' },
    ]);
    expect(await check(page, 'Marvale published its figures. Public rents grew 9,000 last month.')).toMatchObject([
      { text: '22,000' },
      { text: '9,000', verdict: 'unverified' },
      { text: '4,000' },
    ]);
  });

  it('shares money in a bank told as deposits or balances', async () => {
    expect(
      await check(
        'The Marvale guarantee fund insures bank deposits up to $180,000.',
        'Balances over $180,000 are not covered.',
      ),
    ).toMatchObject([{ text: '$180,000', verdict: 'agree' }]);
    expect(
      await check(
        'The Marvale guarantee fund insures bank deposits up to $180,000.',
        'Loans over $180,000 are not covered.',
      ),
    ).toMatchObject([{ text: '$180,000', verdict: 'unverified' }]);
  });

  it('shares a move up named as a noun ("a jump of", "a surge") or told by a verb', async () => {
    const page = 'Marvale Mining published its results. That is a jump of 148% from a year ago.';
    expect(await check(page, 'Marvale Mining said adjusted profit increased by 148%.')).toMatchObject([
      { text: '148%', verdict: 'agree' },
    ]);
    expect(await check(page, 'Marvale Mining said its debt ratio stood at 148%.')).toMatchObject([
      { text: '148%', verdict: 'unverified' },
    ]);
  });

  it('shares wages told as earnings or pay', async () => {
    expect(
      await check(
        'In Marvale, average hourly earnings rose 0.4% last month.',
        'Marvale published its figures. Monthly wage growth came in at 0.4%.',
      ),
    ).toMatchObject([{ text: '0.4%', verdict: 'agree' }]);
    expect(
      await check(
        'In Marvale, average hourly earnings rose 0.4% last month.',
        'Marvale published its figures. Monthly rent growth came in at 0.4%.',
      ),
    ).toMatchObject([{ text: '0.4%', verdict: 'unverified' }]);
  });
});

describe('a rate raised against a rise of it, what the rate is named on one side only', () => {
  it('shares the move ("raised rates by half a point", "the half-point increase")', async () => {
    const source = 'The Marvale central bank raised interest rates by half a point to 4.5% on Thursday.';
    expect(
      await check('Marvale traders were surprised. The half-point increase to 4.5 per cent came early.', source),
    ).toMatchObject([{ text: 'half-point', verdict: 'agree' }, { text: '4.5 per cent' }]);
  });
});

describe('a plural in -men that lemmatising left as it was', () => {
  it('counts the people WordNet names in -man ("five gunmen", "five suspects")', async () => {
    expect(
      await check(
        'Marvale police said they had detained five gunmen.',
        'Five suspects were detained in Marvale on Tuesday.',
      ),
    ).toMatchObject([{ text: 'five', verdict: 'agree' }]);
  });
});

describe('a participle read as what is counted, before a noun for people', () => {
  it('counts the people ("its 2,400 striking Dockers", "the 2,400 workers")', async () => {
    expect(
      await check(
        'Marvale Port reached a deal with its 2,400 striking Dockers.',
        'The 2,400 workers at Marvale Port will return on Monday.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '2,400', verdict: 'agree' }]);
  });
});

describe('people with nothing said of what befell them, against people said to be in a state', () => {
  it('are other groups: a participle on one side only tells them apart, as an event does', async () => {
    const source = 'Police said 77 hikers are trapped in the Marvale gorge.';
    expect(await check('Rescuers lost contact with 50 hikers near the Marvale gorge.', source)).toMatchObject([
      { text: '50', verdict: 'unverified' },
    ]);
    expect(await check('Some 60 hikers are still trapped in the Marvale gorge.', source)).toMatchObject([
      { text: '60', verdict: 'compatible' },
    ]);
  });
});

describe('one estimate told as a projection on one side and as an estimate on the other', () => {
  const source = 'Corvane Analytics estimates that the drought has cost Marvale farms $2.3 billion.';
  it('is one figure whatever word tells the projection ("expected to see", "estimating that ... could")', async () => {
    expect(
      await check('Marvale farms are expected to see losses of $2.3 billion from the drought.', source),
    ).toMatchObject([{ text: '$2.3 billion', verdict: 'agree' }]);
    expect(
      await check('Corvane came out with figures estimating that Marvale farms could lose $2.3 billion.', source),
    ).toMatchObject([{ text: '$2.3 billion', verdict: 'agree' }]);
  });

  it('stays apart from a figure no one estimated', async () => {
    expect(
      await check(
        'Marvale farms are expected to see losses of $2.3 billion from the drought.',
        'Marvale farms lost $2.3 billion in the drought, the ministry said.',
      ),
    ).toMatchObject([{ text: '$2.3 billion', verdict: 'unverified' }]);
  });
});

describe('the terms of a settled plan told as to come and as they stand', () => {
  const source = 'The deal includes a 27% wage increase over three years for Marvale dockers.';
  it('may be one figure ("will receive a 27% salary increase", "the deal includes a 27% wage increase")', async () => {
    expect(
      await check(
        'Under the new contract, Marvale dockers will receive a 27% salary increase over three years.',
        source,
      ),
    ).toMatchObject([{ text: '27%', verdict: 'agree' }, { text: 'three years' }]);
  });

  it('stays apart from a plan told as a possibility', async () => {
    expect(
      await check('Marvale dockers could receive a 27% salary increase over three years, the union said.', source),
    ).toMatchObject([{ text: '27%', verdict: 'unverified' }, { text: 'three years' }]);
  });
});

describe("a legislature's seats told as its members", () => {
  it('may be one count ("won 48 seats", "48 deputies"), on the same figure only', async () => {
    const page = 'The Marvale Greens won 48 seats in the assembly.';
    expect(await check(page, 'The Marvale Greens now have 48 deputies in the assembly.')).toMatchObject([
      { text: '48', verdict: 'agree' },
    ]);
    expect(await check(page, 'The Marvale Greens now have 52 deputies in the assembly.')).toMatchObject([
      { text: '48', verdict: 'unverified' },
    ]);
    expect(await check(page, 'The Marvale Greens now have 48 staffers in the assembly.')).toMatchObject([
      { text: '48', verdict: 'unverified' },
    ]);
  });
});

describe("a percentage's deed told as its move", () => {
  it('takes a share lost, added or cut for a fall or a rise by it', async () => {
    expect(
      await check('Shares of Tovik Mining lost 5.2% on Tuesday.', 'Tovik Mining shares fell 5.2% on Tuesday.'),
    ).toEqual([{ text: '5.2%', verdict: 'agree', with: ['agree:5.2%'] }]);
    expect(
      await check('The Tovik exchange index added 1.1% on Tuesday.', 'The Tovik exchange index rose 1.1% on Tuesday.'),
    ).toMatchObject([{ text: '1.1%', verdict: 'agree' }]);
    expect(
      await check(
        'Tovik Mining was losing around 4 percent in early trade on Tuesday.',
        'Tovik Mining stock was down 4 percent on Tuesday.',
      ),
    ).toMatchObject([{ text: '4 percent', verdict: 'agree' }]);
  });

  it('keeps a loss and a gain apart, and a sum lost for what was lost', async () => {
    expect(
      await check('Tovik Mining shares lost 5.2% on Tuesday.', 'Tovik Mining shares rose 5.2% on Tuesday.'),
    ).toMatchObject([{ text: '5.2%', verdict: 'unverified' }]);
    expect(
      await check(
        'Tovik Mining lost $40 million in the quarter.',
        'Tovik Mining profit fell by $40 million in the quarter.',
      ),
    ).toMatchObject([{ text: '$40 million', verdict: 'unverified' }]);
  });
});

describe("a disaster's toll and its homeless told in idioms, and money given told in its other names", () => {
  it('takes lives claimed, taken or cost for people killed', async () => {
    expect(
      await check(
        'The Tovik floods have claimed at least 57 lives, officials said.',
        'The Tovik floods have killed 61 people, officials said.',
      ),
    ).toMatchObject([{ text: '57', verdict: 'compatible' }]);
    expect(
      await check(
        'The landslide in Tovik took 23 lives on Monday.',
        'The landslide in Tovik killed 23 people on Monday.',
      ),
    ).toMatchObject([{ text: '23', verdict: 'agree' }]);
  });

  it('takes a sub-group told by a WordNet synonym as the same people on the same figure', async () => {
    expect(
      await check(
        'All 52 passengers, among them six minors, got off the Selvar ferry before it sank.',
        'The Selvar ferry was carrying 52 passengers, including six children, the operator said.',
      ),
    ).toMatchObject([
      { text: '52', verdict: 'agree' },
      { text: 'six', verdict: 'agree' },
    ]);
  });

  it('takes lives lost for people killed with an adverb before the verb', async () => {
    expect(
      await check(
        'At least 14 lives were also lost in the harbour town of Selvar after the storm.',
        'At least 14 people died in Selvar when the storm struck, officials said.',
      ),
    ).toMatchObject([{ text: '14', verdict: 'agree' }]);
  });

  it('takes people left without a roof or who lost their homes for the homeless', async () => {
    expect(
      await check(
        'Some 9,000 people have been left without a roof over their heads in Tovik.',
        'In Tovik, more than 8,500 people were left homeless by the floods.',
      ),
    ).toMatchObject([{ text: '9,000', verdict: 'compatible' }]);
    expect(
      await check(
        'About 9,000 people lost their homes in Tovik.',
        'In Tovik, more than 8,500 people were displaced by the floods.',
      ),
    ).toMatchObject([{ text: '9,000', verdict: 'compatible' }]);
  });

  it('takes aid, funding and assistance for one sum, on the same figure only', async () => {
    const source = 'The World Bank pledged $50 million in aid for Tovik.';
    expect(await check('The World Bank has promised $50m in emergency funding for Tovik.', source)).toMatchObject([
      { text: '$50m', verdict: 'agree' },
    ]);
    expect(await check('The World Bank has promised $40m in emergency funding for Tovik.', source)).toMatchObject([
      { text: '$40m', verdict: 'unverified' },
    ]);
  });
});

describe('people cut off from power, and people said to spend a night somewhere', () => {
  it('takes homes or customers that lost power, are without it or are hit by outages for one count', async () => {
    expect(
      await check(
        'In Tovik, 120,000 customers lost power on Monday.',
        'Power outages affected about 130,000 customers in Tovik on Monday.',
      ),
    ).toMatchObject([{ text: '120,000', verdict: 'compatible' }]);
    expect(
      await check(
        'Some 60,000 homes in Tovik are still without power.',
        'In Tovik, 60,000 households remain without electricity.',
      ),
    ).toMatchObject([{ text: '60,000', verdict: 'agree' }]);
    expect(
      await check(
        'Some 18,000 evacuees were sheltering in Tovik on Monday.',
        'Some 18,000 people spent the night in 220 shelters in Tovik on Monday.',
      ),
    ).toMatchObject([{ text: '18,000', verdict: 'agree' }]);
  });
});

describe("a disaster's buildings ruined and its fire named in other words", () => {
  it('takes buildings burned down, razed or lost for buildings destroyed', async () => {
    expect(
      await check(
        'More than 900 buildings have burned down in Tovik.',
        'The Tovik fire destroyed more than 950 buildings.',
      ),
    ).toMatchObject([{ text: '900', verdict: 'compatible' }]);
    expect(
      await check(
        'The Tovik fire: hundreds of homes lost.',
        'The Tovik fire destroyed at least 640 homes.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: 'hundreds', verdict: 'compatible' }]);
  });

  it('takes the fire, the blaze and the wildfire for one fire', async () => {
    expect(
      await check(
        'The fire has blackened over 11,000 hectares.',
        'The blaze has scorched more than 27,000 acres and was 32% contained by Sunday morning.',
      ),
    ).toMatchObject([{ text: '11,000 hectares', verdict: 'compatible' }]);
  });
});

describe('the words right after a figure, read for a noun for people', () => {
  const headOf = (sentence: string, figure: string) => {
    const claim = extractClaims(sentence).find((c) => c.text === figure)!;
    return frameOf(claim, sentence, claim.start - claim.sentenceStart, null).head;
  };

  it('end at a function word: what follows names no one the figure counts', () => {
    // WordNet files "national" and "have" as kinds of person; here they are no one counted.
    expect(headOf('The toll in Tovik rose to 489 on Wednesday, the national disaster agency said.', '489')).not.toBe(
      'national',
    );
    expect(headOf('More than 900 buildings have burned down in Tovik.', '900')).toBe('building');
    expect(headOf("The boat carried 40 'Chilean' miners.", '40')).toBe('miner');
  });

  it('let a count of buildings said to be burned down meet one of buildings destroyed', async () => {
    expect(
      await check(
        'More than 900 buildings have burned down in Tovik.',
        'The Tovik fire destroyed more than 950 buildings.',
      ),
    ).toMatchObject([{ text: '900', verdict: 'compatible' }]);
  });
});

describe('a price told with and without what it is the price of', () => {
  it('may be one price ("from $0.04 to $0.10 per share", "its $0.04 dividend"), never a wage against a sum', async () => {
    expect(
      await check(
        'Tovik Mining will raise its dividend from $0.04 a share to $0.10 a share.',
        'Tovik Mining increased its quarterly dividend from $0.04 to $0.10 per share.',
      ),
    ).toMatchObject([
      { text: '$0.04', verdict: 'agree' },
      { text: '$0.10', verdict: 'agree' },
    ]);
    expect(
      await check(
        'Tovik Mining shares closed at $949.50 on Tuesday.',
        'Tovik Mining closed at $949.50 per share on Tuesday.',
      ),
    ).toMatchObject([{ text: '$949.50', verdict: 'agree' }]);
    expect(
      await check('Tovik Mining pays its cleaners $15 an hour.', 'Tovik Mining paid a $15 fee to each cleaner.'),
    ).toMatchObject([{ text: '$15', verdict: 'unverified' }]);
  });
});

describe('an adjective read as what a figure counts', () => {
  it('leaves what is counted to the words of the sentence ("3% of the global total", "3% of all machines")', async () => {
    expect(
      await check(
        'The Tovik outage hit 2.1 million computers, or about 3% of the global total.',
        'The Tovik outage hit 2.1 million computers, some 3% of all machines worldwide.',
      ),
    ).toMatchObject([{ text: '2.1 million' }, { text: '3%', verdict: 'agree' }]);
  });
});

describe('people said to be in captivity', () => {
  it('are people held: "of the 43 still in captivity" denies "45 people are still being held"', async () => {
    expect(
      await check(
        'Of the 43 still in captivity in Tovik, 30 are men, officials said.',
        'Officials said 45 people are still being held by the Tovik militia.',
      ),
    ).toMatchObject([{ text: '43', verdict: 'conflict' }, { text: '30' }]);
  });
});

describe('a move told in percent as a move and in points as what moved', () => {
  it('may be one move ("the 0.5% increase", "raised interest rates by half a point")', async () => {
    const claims = await check(
      "The 0.5% increase marks a smaller rise than the full-point hike at the Tovik central bank's last meeting.",
      'The Tovik central bank has raised interest rates by half a point to 5.25%.',
      '2024-03-05',
      '2024-03-05',
    );
    expect(claims.find((c) => c.text === '0.5%')).toMatchObject({ verdict: 'agree', with: ['agree:half a point'] });
  });
});

describe('the remains of people, a noun extraction reads as the verb "remain"', () => {
  const eventOf = (sentence: string, figure: string) => {
    const claim = extractClaims(sentence).find((c) => c.text === figure)!;
    return frameOf(claim, sentence, claim.start - claim.sentenceStart, null).event;
  };

  it('count the dead, where people who remain somewhere are held or missing', () => {
    expect(eventOf('Divers in Tovik recovered the remains of 14 passengers on Tuesday.', '14')).toBe('kill');
    expect(eventOf('Search teams found the remains of a 31st victim in Tovik.', '31st')).toBe('kill');
    expect(eventOf('In Tovik, 14 passengers remain on the stranded ferry.', '14')).not.toBe('kill');
  });

  it('takes "the remaining" figure that the words after it say is missing for the missing', () => {
    expect(eventOf('Divers found one of the remaining three missing climbers near Tovik on Sunday.', 'three')).toBe(
      'missing',
    );
    expect(eventOf('The remaining 12 people unaccounted for were last seen near the Tovik pier.', '12')).toBe(
      'missing',
    );
    // Still held when nothing after it says otherwise.
    expect(eventOf('The remaining 12 hostages are believed to be in the Tovik hills.', '12')).toBe('hold');
  });

  it('so the toll a victim found brings it to agrees with that toll', async () => {
    expect(
      await check(
        'The death toll in the Tovik floods rose to 31 on Monday, officials said.',
        'Search teams found the remains of a 31st victim in Tovik on Monday.',
        '2024-03-05',
        '2024-03-05',
      ),
    ).toMatchObject([{ text: '31', verdict: 'agree' }]);
  });
});

describe('the year of a figure dated back', () => {
  const yearOf = (sentence: string, figure: string) => {
    const claim = extractClaims(sentence).find((c) => c.text === figure)!;
    return frameOf(claim, sentence, claim.start - claim.sentenceStart, '2024-07-08').year;
  };

  it('is unknown for the figure a change came from, which may be years before the report', () => {
    expect(yearOf('The number of Marvale councillors has increased from 89 to 125.', '89')).toBeNull();
    expect(yearOf('The number of Marvale councillors has increased from 89 to 125.', '125')).toBe(2024);
  });

  it("is the report's for a figure a correction replaced, given days before", () => {
    expect(yearOf('The Marvale council on Sunday revised the toll to 275 from 288.', '288')).toBe(2024);
  });
});

describe('a figure joined to the one before it that goes on to a clause of its own', () => {
  const eventOf = (sentence: string, figure: string) => {
    const claim = extractClaims(sentence).find((c) => c.text === figure)!;
    return frameOf(claim, sentence, claim.start - claim.sentenceStart, null).event;
  };

  it('takes what its own clause says befell it, not the verb of the figure before', () => {
    // Each would take the verb of the figure before it ("hurt", "found dead", "killed") without its own clause.
    expect(eventOf('In the mine collapse 40 workers were hurt and 12 more remain unaccounted for.', '12')).toBe(
      'missing',
    );
    expect(eventOf('Divers said 20 have been found dead and 60 are still unaccounted for.', '60')).toBe('missing');
    expect(eventOf('Some 15 people were killed and about 200 were left homeless.', '200')).toBe('flee');
  });

  it('keeps the verb before when its clause names nothing that befell it, or when it has no verb of its own', () => {
    // Those taken to hospital are a part of the injured: the clause names no event of its own.
    expect(eventOf('In the stadium crush 60 fans were injured, and 14 were taken to hospital.', '14')).toBe('injure');
    expect(eventOf('In the blast 40 soldiers were killed, as well as 12 civilians.', '12')).toBe('kill');
    expect(eventOf('The storm injured 30 people and 12 were killed.', '12')).toBe('kill');
  });

  it('so the missing agree with a count of the missing and never with one of the injured', async () => {
    const page =
      'In the Ardmore mine collapse 40 workers were hurt and 12 more remain unaccounted for, the company said.';
    expect(
      await check(page, 'Twelve workers are missing after the Ardmore mine collapse.', '2024-03-05', '2024-03-05'),
    ).toMatchObject([{ text: '40' }, { text: '12', verdict: 'agree' }]);
    expect(
      await check(page, 'The Ardmore mine collapse left 12 workers injured.', '2024-03-05', '2024-03-05'),
    ).toMatchObject([{ text: '40' }, { text: '12', verdict: 'unverified' }]);
  });
});
