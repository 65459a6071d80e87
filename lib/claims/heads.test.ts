import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { isNeverNoun, singular } from './lemma';

/** The head a claim is filed under (lib/claims/key.ts): what it counts, people as "person". */
const headOf = (text: string, figure: string): string => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return found!.key.split('|')[1]!;
};

describe('what a figure counts, read in sentences of our own', () => {
  it('gives a plural shared by a noun in -ie and its variant in -y the singular news writes', () => {
    expect(singular('bogies')).toBe('bogie');
    expect(singular('bogie')).toBe('bogie');
    expect(singular('cookies')).toBe('cookie');
    expect(singular('junkies')).toBe('junkie');
    // A plural with no noun in -ie beside it keeps the rule's singular.
    expect(singular('casualties')).toBe('casualty');
    expect(singular('bodies')).toBe('body');
  });

  it('gives a compound of "man" its singular in -man, and leaves nouns that only end so alone', () => {
    expect(singular('gunmen')).toBe('gunman');
    expect(singular('firemen')).toBe('fireman');
    expect(singular('congressmen')).toBe('congressman');
    expect(singular('Germans')).toBe('german');
    expect(singular('humans')).toBe('human');
    expect(singular('specimen')).toBe('specimen');
    expect(headOf('Six derailed bogies blocked the line.', 'Six')).toBe(headOf('Only one bogie was left.', 'one'));
  });

  it('reads who made a figure told as expected apart from what it is of', () => {
    expect(headOf('The council disputed the government estimate of 4,500 jobs lost.', '4,500')).toBe('job');
    expect(headOf('Nobody explained the government estimate of 4,500.', '4,500')).toBe('');
    expect(headOf('Sales came to $3.1 billion against analyst estimates of $2.9 billion.', '$2.9 billion')).toBe('');
    expect(headOf('Organisers rejected the police estimate of 12,000.', '12,000')).toBe('');
    expect(headOf('The WHO estimate of 3,000 was revised on Monday.', '3,000')).toBe('');
    // What the estimate is of stays its head: a noun that is no body, or a statistic's initials.
    expect(headOf('The chain raised its sales estimate of $2.9 billion.', '$2.9 billion')).toBe('sale');
    expect(headOf('The bank cut its GDP forecast of 2.1% on Tuesday.', '2.1%')).toBe('gdp');
    // A company's officer makes figures as a body does: initials of a role or a clock name no statistic.
    expect(headOf('Investors doubted the CEO forecast of $4.2 billion.', '$4.2 billion')).toBe('');
  });

  it('ends a compound at a noun in -ing it names, unless that is the verb of people before it or of an object after it', () => {
    expect(headOf('The council ended a three-day budget meeting on Friday.', 'three-day')).toBe('meeting');
    expect(headOf('The verdict came after a two-week court hearing.', 'two-week')).toBe('hearing');
    expect(headOf('Forty volunteers building the levee were sent home.', 'Forty')).toBe('person');
    expect(headOf('The coach ran a 20-minute session building their trust.', '20-minute')).toBe('session');
    expect(headOf('The two-day zoning hearing ended on Friday.', 'two-day')).toBe('hearing');
  });
});

describe('nouns that only measure a figure or name its change', () => {
  it('counts what a change never counted as events is of: "job creations" are jobs', () => {
    expect(headOf('Builders reported 90,000 job creations in the spring.', '90,000')).toBe('job');
    expect(headOf('Builders reported 90,000 job additions in the spring.', '90,000')).toBe('job');
    expect(headOf('Builders reported 90,000 new jobs in the spring.', '90,000')).toBe('job');
  });

  it('keeps a change news counts as events as what a count counts', () => {
    expect(headOf('The central bank has made three rate rises this year.', 'three')).toBe('rise');
    expect(headOf('The index posted four gains in a row.', 'four')).toBe('gain');
  });

  it('reads a percentage or a sum told with a change as the size of a change in what is named before it', () => {
    expect(headOf('Annual wage growth slowed to 3.9% in the spring.', '3.9%')).toBe('wage');
    expect(headOf('Nurses were offered a 12% salary rise.', '12%')).toBe('salary');
    expect(headOf('Grocers expect a 4% price increase next month.', '4%')).toBe('price');
    expect(headOf('Traders priced in a 0.5% rate hike for June.', '0.5%')).toBe('rate');
    // With nothing before it that names what changed, the change is all a figure is said to be.
    expect(headOf('The stock recovered after a 9% slide on Monday.', '9%')).toBe('slide');
  });

  it('reads past a noun that only holds or measures a figure', () => {
    expect(headOf('Reservoirs are far below the 40% level set by engineers.', '40%')).toBe('');
    expect(headOf('The tally stood at 310 by the evening.', '310')).toBe('');
    // An adjective of its standing that WordNet also has as a noun ("an official") names nothing counted either.
    expect(headOf('The official tally stood at 310 on Friday.', '310')).toBe('');
    expect(headOf('A final count of 1,204 households was posted at noon.', '1,204')).toBe('household');
    expect(headOf('The preliminary total reached 88 by Friday.', '88')).toBe('');
    expect(headOf('That measure fell to 6.1 million in March.', '6.1 million')).toBe('');
    // An adjective of the period a figure is given per says how it is given, not what changed.
    expect(headOf('Rents showed an annual increase of 5.2% in May.', '5.2%')).toBe('increase');
    expect(headOf("The deal lifts nurses' average annual pay to $61,000.", '$61,000')).toBe('');
    // A figure told as expected is of what is expected, named before it or elsewhere.
    expect(headOf('Wages rose 0.2%, below expectations of 0.3%.', '0.3%')).toBe('');
    expect(headOf('Output beat the consensus forecast of 1.1%.', '1.1%')).toBe('');
    // Shares in the plural are a company's stock.
    expect(headOf('Shares of the carmaker fell 7% in early trading.', '7%')).toBe('share');
  });

  it("leaves a body's name the owner of a figure told of it, not what the figure counts", () => {
    expect(headOf('Harbor Point Bancorp lost 31% in a single session.', '31%')).toBe('');
    expect(headOf('Meanwhile Lakeside Financial dropped 12% before the close.', '12%')).toBe('');
    expect(headOf('The Fisheries Ministry put the catch at 40,000 tonnes.', '40,000 tonnes')).toBe('');
    // What a figure is of a name is told before "of" and what the name is: the shares, not the company.
    expect(headOf('Shares of carmaker Voltara slid 9% on Tuesday.', '9%')).toBe('share');
    expect(headOf('Shares of online retailer Zentro Group fell 11%.', '11%')).toBe('share');
    // A name whose last word is what it measures stays: the index is what moved.
    expect(headOf('The regional Banking Index fell 4.1% by noon.', '4.1%')).toBe('index');
  });
});

describe('words that stand where the counted noun does and are not it', () => {
  it('never reads a day, a month or a part of a day as what a figure counts', () => {
    expect(headOf('Shares in the chipmaker sank 14% Tuesday.', '14%')).toBe('share');
    expect(headOf('The fund was left with a deficit of $3 million Friday.', '$3 million')).toBe('deficit');
    expect(headOf('Jobless claims rose to 5.2%, up from 4.9% March.', '4.9%')).toBe('');
    expect(headOf('The toll from the blast on Sunday night has risen to 48.', '48')).toBe('person');
  });

  it('reads a name with its possessive after "of" as whose, not what', () => {
    expect(headOf('Nearly 90 per cent of Bay Harbour Bank’s loans were unsecured.', '90 per cent')).toBe('loan');
    expect(headOf("About 70% of North Coast Bank's deposits were insured.", '70%')).toBe('deposit');
  });

  it("takes no word of another figure's unit, however it is spelt, for what a figure counts", () => {
    expect(headOf('Prices eased to 6.8 per ent from a peak of 9.4 per cent.', '9.4 per cent')).not.toBe('ent');
    expect(headOf('Turnout eased to 61 per ent from 64 per cent.', '64 per cent')).toBe('');
  });

  it('passes over a verb after "to" or a modal, and over a verb that states a level', () => {
    expect(headOf('The regulator will insure up to $100,000 per account.', '$100,000')).not.toBe('insure');
    expect(headOf('Savers rushed to withdraw $9 billion in a day.', '$9 billion')).not.toBe('withdraw');
    expect(headOf('The bill for repairs could reach $2 billion.', '$2 billion')).toBe('bill');
    // A verb after "to" that states a level through a preposition is that level, as a noun would be.
    expect(headOf('The stock slid on Friday to close at $52.10 a share.', '$52.10')).toBe('close');
    expect(headOf('The official death toll stands at 310.', '310')).toBe('person');
  });

  it('reads the noun a verb after "to" completes as what a sum is', () => {
    expect(headOf('The cost to repair the bridge is estimated at $80 million.', '$80 million')).toBe('cost');
    expect(headOf('The lender announced plans to raise $3 billion.', '$3 billion')).toBe('plan');
    // What the verb moves to a figure is what the figure is.
    expect(headOf('The board voted to raise rates to between 4 and 4.25 percent.', '4 and 4.25 percent')).toBe('rate');
    expect(headOf('The bank aims to bring inflation to 2%.', '2%')).toBe('inflation');
  });

  it('reads a noun of an event before "of" and a sum or a share as what it is', () => {
    expect(headOf('Nurses accepted a pay rise of 11% over three years.', '11%')).toBe('pay');
    expect(headOf('The airline reported a loss of $700 million.', '$700 million')).toBe('loss');
  });
});

describe('verbs WordNet knows never as nouns', () => {
  it('tells a verb from a noun, and a noun plural from a verb in -s', () => {
    expect(isNeverNoun('brings')).toBe(true);
    expect(isNeverNoun('sits')).toBe(true);
    expect(isNeverNoun('contribute')).toBe(true);
    expect(isNeverNoun('lives')).toBe(false);
    expect(isNeverNoun('rates')).toBe(false);
    expect(isNeverNoun('stands')).toBe(false);
    // Irregular forms of verbs, by WordNet's exceptions, unless a noun is spelt so ("left").
    expect(isNeverNoun('withdrew')).toBe(true);
    expect(isNeverNoun('gone')).toBe(true);
    expect(isNeverNoun('left')).toBe(false);
    // Adjectives are left to the phrase reader: after a noun one may describe it ("250 houses nearby").
    expect(isNeverNoun('nearby')).toBe(false);
  });

  it('reads past a verb left as the last word of what a figure counts', () => {
    expect(headOf('The jobless rate sits at 5.5%.', '5.5%')).toBe('rate');
    expect(headOf('The 3.9 percent jobless rate represents a two-year high.', '3.9 percent')).toBe('unemployment');
    expect(headOf('Frightened savers withdrew $9 billion in a day.', '$9 billion')).toBe('saver');
  });
});

describe('the verb of a phrase after a figure', () => {
  it('ends the phrase at a word in -s after a singular noun and before a determiner', () => {
    expect(headOf('The 0.5% cut marks the first easing in a year.', '0.5%')).toBe('cut');
    expect(headOf('A 2% levy funds the new clinics.', '2%')).toBe('levy');
    // A plural noun after a singular one goes on: "pay rises", "job gains".
    expect(headOf('Nurses were offered 4% pay rises for two years.', '4%')).toBe('pay');
    expect(headOf('Analysts expect 90,000 job gains this month.', '90,000')).toBe('gain');
  });
});

describe('a level reached after a change told in words', () => {
  it('reads what a level is of before "by a quarter of a point to"', () => {
    expect(headOf('The central bank lifted its deposit rate by a quarter of a point to 3.75%.', '3.75%')).toBe('rate');
    expect(headOf('Lenders cut mortgage rates by a half of a point to 6.1%.', '6.1%')).toBe('rate');
  });
});

describe('a count joined by a hyphen to a noun before the head', () => {
  const read = (text: string, figure: string) => {
    const q = extractClaims(text).find((c) => c.text === figure)!.quantity;
    return [q.lemma, q.groups];
  };

  it('counts the joined noun and makes the head it describes a sub-group', () => {
    expect(read('The 27-country trade bloc agreed new tariffs.', '27')).toEqual(['country', ['bloc']]);
    expect(read('Fire gutted a 1,500-seat theatre in the old town.', '1,500')).toEqual(['seat', ['theatre']]);
    expect(read('The city opened a 300-bed hospital.', '300')).toEqual(['bed', ['hospital']]);
    expect(read('They planned a four-stage rocket.', 'four')).toEqual(['stage', ['rocket']]);
  });

  it('leaves the head counted after a margin, a way of being or an adjective of having', () => {
    expect(read('The coalition holds a 14-seat majority.', '14')[0]).toBe('majority');
    expect(read('It became a four-way contest.', 'four')[0]).toBe('contest');
    expect(read('Police began a three-pronged inquiry.', 'three')[0]).toBe('inquiry');
    expect(read('The firm announced a 3-for-1 share split.', '3')[0]).toBe('split');
  });

  it('counts the people of a group told with a size in people, never "man" as a sub-group', () => {
    expect(read('A 12-man jury heard the case.', '12')).toEqual(['person', ['jury']]);
    expect(read('The 30-man crew of the tanker were taken off.', '30')).toEqual(['crew', []]);
    expect(read('A four-person board runs the trust.', 'four')).toEqual(['person', ['board']]);
    expect(read('A 2,000-strong procession crossed the city.', '2,000')).toEqual(['person', ['procession']]);
    // "-woman" tells a sub-group, and "-member" counts members.
    expect(read('A six-woman squad trained for the race.', 'six')[1]).toContain('woman');
    expect(read('The 15-member council met.', '15')).toEqual(['member', ['council']]);
  });

  it('reads a participle after a figure and before a time word as the verb, not what is counted', () => {
    expect(read('Rescuers gave a tally of 41 verified Sunday by the coroner.', '41')[0]).not.toBe('verified');
    expect(read('Some 300 displaced Sunday have returned home.', '300')[0]).not.toBe('displaced');
    // Before a noun it still opens the phrase.
    expect(read('About 300 displaced families were sheltered.', '300')[0]).toBe('family');
  });

  it('reads what a measure measures before it when only an adverb follows it', () => {
    expect(read('The typhoon drove gusts of 200 km/h ashore overnight.', '200 km/h')[0]).toBe('gust');
    expect(read('The flood carried debris of 40 tonnes downstream.', '40 tonnes')[0]).toBe('debris');
  });

  it('reads a percentage given for a contender, with no noun of its own, as a share of the vote', () => {
    expect(read('Exit polls gave 31% for the centrist coalition.', '31%')).toEqual(['vote', []]);
    expect(read('The count showed 8.5% for her candidate in the north.', '8.5%')).toEqual(['vote', []]);
    // A noun after the contender is what the figure is given for; a noun of the figure's own stays.
    expect(read('The club kept 5% for the party organisers.', '5%')[0]).not.toBe('vote');
    expect(read('Members agreed a 3% levy for the party.', '3%')[0]).toBe('levy');
  });

  it('reads a noun in "-ly" into the phrase, and a preposition such as "aboard" out of it', () => {
    expect(read('The 90-member regional assembly voted.', '90')).toEqual(['member', ['assembly']]);
    expect(read('The 14 sailors aboard the trawler were rescued.', '14')[0]).toBe('sailor');
  });
});

describe('an adjective before a noun of a change', () => {
  it('leaves the change counted when the word before it is never a noun', () => {
    expect(headOf('Regional growth reached 2.4% last year.', '2.4%')).toBe('growth');
    expect(headOf('The union secured an immediate raise of 8% for porters.', '8%')).toBe('raise');
    expect(headOf('Later hikes of 3% followed in each subsequent year.', '3%')).toBe('hike');
    // A noun before the change is still what changed.
    expect(headOf('Wage growth slowed to 3.1%.', '3.1%')).toBe('wage');
  });
});

describe('a participle after a partitive', () => {
  it('is the verb of the clause when an adjective follows it, not what the figure counts', () => {
    const lemmaOf = (text: string, figure: string) =>
      extractClaims(text).find((c) => c.text === figure)!.quantity.lemma;
    expect(lemmaOf('Two of the five pleaded guilty on Monday.', 'Two')).toBe('');
    expect(lemmaOf('Four of the six climbers remained missing overnight.', 'Four')).toBe('climber');
    // A participle before a noun still opens the phrase.
    expect(lemmaOf('Two of the injured miners were flown to the capital.', 'Two')).toBe('miner');
  });
});

describe('an adjective between a determiner and a figure', () => {
  it('describes what follows the figure, and is never what the figure counts', () => {
    expect(headOf('Dockers won an immediate 9% raise.', '9%')).toBe('');
    expect(headOf('The insurer posted a remarkable 240% increase.', '240%')).toBe('');
    // A noun before a link to the figure still is.
    expect(headOf('Turnout in the city was 61%.', '61%')).toBe('turnout');
  });
});

describe('nouns that end like adverbs, and households told by their size', () => {
  it('reads a noun in "-ly" before a figure as what it counts', () => {
    expect(headOf('The state monopoly was worth $4 billion.', '$4 billion')).toBe('monopoly');
  });

  it('counts the people of a family or a crew told after "of"', () => {
    expect(headOf('Divers found a family of four sheltering in the cellar.', 'four')).toBe('person');
    expect(headOf('The trawler sank with a crew of 11.', '11')).toBe('person');
  });
});
