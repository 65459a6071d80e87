import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** The claim whose text is `figure` in `text`, as [value, qualifier, kind]. */
const read = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return [found!.value, found!.qualifier, found!.kind];
};

describe('general news: rules made from the general spec sets, told in sentences of our own', () => {
  it('reads a bound before an article and its figure: "about a 10% rise", "nearly a 20-point lead"', () => {
    expect(read('Rents saw about a 6% rise over the winter.', '6%')).toEqual([6, 'approx', 'percent']);
    expect(read('The fund booked roughly a $2 billion gain.', '$2 billion')).toEqual([2e9, 'approx', 'money']);
    expect(read('Shoppers were offered up to a 30% discount.', '30%')).toEqual([30, 'at_most', 'percent']);
    expect(read('Farmers expect at least a 15% cut in yields.', '15%')).toEqual([15, 'at_least', 'percent']);
    expect(read('Analysts were worried about a $3 billion shortfall.', '$3 billion')).toEqual([3e9, 'exact', 'money']);
  });

  it('reads a fraction hyphened to its numerator, or before a comparative, with no "of" after it', () => {
    expect(read('Turnout fell by close to one-third.', 'one-third')).toEqual([(1 / 3) * 100, 'approx', 'percent']);
    expect(read('Smokers who quit face a quarter lower odds of a stroke.', 'a quarter')).toEqual([
      25,
      'exact',
      'percent',
    ]);
    expect(read('The new model is two-fifths cheaper to run.', 'two-fifths')).toEqual([40, 'exact', 'percent']);
    expect(extractClaims('The mayor is seeking a third term and a fifth straight budget surplus.')).toEqual([]);
  });

  it('reads the dollar named with a dotted country after a sum: "5 billion U.S. dollars", as wires write it', () => {
    expect(read('The bank lent 2.5 billion U.S. dollars to the utility.', '2.5 billion U.S. dollars')).toEqual([
      2.5e9,
      'exact',
      'money',
    ]);
    expect(read('A ticket costs 12 U.S. dollar at the gate.', '12 U.S. dollar')).toEqual([12, 'exact', 'money']);
  });

  it('reads a band of ages told with "age between" as ages, as "aged between" was', () => {
    expect(extractClaims('The trial enrolled 410 men age between 40 and 69 years.').map((c) => c.text)).toEqual([
      '410',
    ]);
  });

  it('leaves out the volumes, pages and sections of law reports and codes that court news cites', () => {
    const texts = [
      'The appeals court relied on Doe v. Roe, 512 F.3d 88 (9th Cir. 2008), to reverse.',
      'Prosecutors cited 26 U.S.C. § 7201 and Secs. 1956, 1957 and 2 of the money-laundering law.',
      'The justices followed Smith v. Jones, 530 U.S. 914 (2000).',
    ];
    for (const text of texts) expect(extractClaims(text), text).toEqual([]);
    expect(read('The 12 U.S. diplomats left on Friday.', '12')).toEqual([12, 'exact', 'count']);
  });

  it('reads barrels per a period as a rate of output, keeping the unit; barrels alone stay a measure', () => {
    const rate = extractClaims('The field now pumps 450,000 barrels a day.')[0]!;
    expect([rate.value, rate.kind, rate.quantity.unit]).toEqual([450000, 'rate', 'barrel']);
    expect(read('Nigeria cut exports by 120,000 barrels per day in May.', '120,000 barrels')[2]).toBe('rate');
    expect(read('The spill released 5,000 barrels of crude.', '5,000 barrels')[2]).toBe('other');
  });

  it('reads "another week" as one more of the unit after a bound or a lead, a length added; "just another day" is none', () => {
    const added = extractClaims('The airport strike may run for at least another week.')[0]!;
    expect([added.text, added.value, added.qualifier, added.quantity.lemma]).toEqual([
      'another week',
      7,
      'at_least',
      'extension',
    ]);
    expect(read('The festival was prolonged by another day.', 'another day')).toEqual([1, 'exact', 'duration']);
    expect(read('The vote was put off by a month.', 'a month')).toEqual([1, 'exact', 'duration']);
    expect(read('The outage lasted at least an hour.', 'an hour')).toEqual([1, 'at_least', 'duration']);
    expect(extractClaims('For the nurses it was just another day on the ward.')).toEqual([]);
    expect(extractClaims('The team lives to fight another day.')).toEqual([]);
  });

  it('reads a quarter or half of a point after "the", and a fraction whose "of" follows a closing quote', () => {
    expect(read('Markets priced in the quarter-point cut by the Fed.', 'quarter-point')).toEqual([
      0.25,
      'exact',
      'percent',
    ]);
    expect(read('Traders had bet on the half point rise.', 'half point')).toEqual([0.5, 'exact', 'percent']);
    expect(read('She said “well over half” of the staff had left.', 'half')).toEqual([50, 'at_least', 'percent']);
    expect(extractClaims('The third point of the plan was dropped in the third quarter.')).toEqual([]);
  });

  it('reads a bare "one" that ends a list of counts with its noun left out: "two from the north and one in the south"', () => {
    expect(read('Rescuers found three survivors on Monday and one on Tuesday.', 'one')).toEqual([1, 'exact', 'count']);
    expect(read('Two climbers were airlifted and one is still on the ridge.', 'one')).toEqual([1, 'exact', 'count']);
    // "one of them" after a count is a part of that whole, counted (one.test.ts), as the spec files annotate it.
    expect(extractClaims('They own two cats and one of them is old.').map((c) => c.text)).toEqual(['two', 'one']);
    // A figure of another kind may stand between the list's counts and its "one".
    const votes = extractClaims('Five judges backed a 10% cut, three a 5% cut and one for no change.');
    expect(votes.map((c) => c.text)).toEqual(['Five', '10%', 'three', '5%', 'one']);
  });

  it('reads a falling pair as two claims when it is a share against a share, and as a score otherwise', () => {
    const shares = extractClaims('The senator led her rival 54-45 percent among women.');
    expect(shares.map((c) => [c.text, c.value, c.kind])).toEqual([
      ['54', 54, 'percent'],
      ['45 percent', 45, 'percent'],
    ]);
    expect(extractClaims('The visitors won 4-2 after extra time.')).toEqual([]);
  });

  it('gives a currency named after the last figure of a list to the figures before it, past a bound on the last', () => {
    const [first] = extractClaims('Tickets sold for 45 and nearly 60 euros respectively.');
    expect([first!.text, first!.kind, first!.quantity.unit]).toEqual(['45', 'money', 'eur']);
    expect(read('Wheat and maize traded at 310 and about 250 dollars a tonne.', '310')).toEqual([
      310,
      'exact',
      'money',
    ]);
  });

  it('reads "in half" after a verb of cutting as a fall of 50%, not "broke the bread in half"', () => {
    expect(read('The ministry slashed the subsidy for solar panels in half.', 'half')).toEqual([
      50,
      'exact',
      'percent',
    ]);
    expect(extractClaims('She tore the letter in half.')).toEqual([]);
  });

  it('reads a bare count before a level as counting what the count before it counts: "the 326 majority mark"', () => {
    const [, level] = extractClaims('Labour took 412 seats, far past the 326 majority mark.');
    expect([level!.text, level!.quantity.lemma, level!.quantity.groups]).toEqual(['326', 'seat', ['majority']]);
    const joined = extractClaims('Labour took 412 seats, far past the 326-seat majority needed.')[1]!;
    expect([joined.quantity.lemma, joined.quantity.groups]).toEqual(['seat', ['majority']]);
  });

  it('reads a bare "one" in a list of counts whose item opens with a verb in the past: "made one save"', () => {
    expect(read('The keeper conceded three goals, made one save and won two aerial duels.', 'one')).toEqual([
      1,
      'exact',
      'count',
    ]);
    expect(read('She wrote four novels and directed one film.', 'one')).toEqual([1, 'exact', 'count']);
  });

  it('reads decimals spelt out for radio after a whole number: "3-point-seven billion", "1-point-two-five percent"', () => {
    expect(read('The fund raised 3-point-seven billion dollars.', '3-point-seven billion dollars')).toEqual([
      3.7e9,
      'exact',
      'money',
    ]);
    expect(read('Unemployment fell to 4-point-two-five percent.', '4-point-two-five percent')).toEqual([
      4.25,
      'exact',
      'percent',
    ]);
  });

  it('reads "a couple of" before a scale word as two of it: "a couple of hundred", "a couple of million dollars"', () => {
    expect(read('A couple of hundred fans waited at the gate.', 'A couple of hundred')).toEqual([
      200,
      'exact',
      'count',
    ]);
    expect(read('Repairs will cost a couple of million dollars.', 'a couple of million dollars')).toEqual([
      2e6,
      'exact',
      'money',
    ]);
    expect(extractClaims('The Thousand Oaks council met twice.').map((c) => c.text)).toEqual(['twice']);
  });

  it('reads a fraction that ends a change and stands alone as a share: "up from a fifth in 2019"', () => {
    expect(read('Remote work is now 28% of hours, up from a fifth in 2019.', 'a fifth')).toEqual([
      20,
      'exact',
      'percent',
    ]);
    expect(read('The share of renters rose to a quarter last year.', 'a quarter')).toEqual([25, 'exact', 'percent']);
    expect(extractClaims('The council moved from a third party contractor.')).toEqual([]);
  });

  it('reads points near an election or its turnout, and a bare figure after "margin of error", as percentage points', () => {
    const lead = extractClaims('In the runoff election the mayor holds a 9-point Garcia-proof lead.')[0]!;
    expect([lead.value, lead.kind, lead.quantity.unit]).toEqual([9, 'percent', 'pp']);
    const error = extractClaims('Ortiz is at 44% (margin of error 2.8).')[1]!;
    expect([error.value, error.kind, error.quantity.unit]).toEqual([2.8, 'percent', 'pp']);
  });

  it('reads no count in nouns that name a kind of thing by a number: "three-pointers", "a two-seater"', () => {
    expect(extractClaims('The guard sank seven three-pointers in the win.').map((c) => c.text)).toEqual(['seven']);
    expect(extractClaims('The firm unveiled a two-seater and a six-shooter replica.')).toEqual([]);
  });

  it('reads a list of counts told after their holders, where an item names two holders and a verb', () => {
    const text = 'Ruiz led the scoring with 31 points, Okafor and Lind added 18, Baptiste 12 and Moreau 9.';
    expect(extractClaims(text).map((c) => c.value)).toEqual([31, 18, 12, 9]);
    expect(extractClaims('Both the Boeing 737 and the Airbus 320 were grounded.')).toEqual([]);
  });

  it('reads the age of a business as a length of time, and "the Class of 2025" as a year', () => {
    expect(read('The 150-year-old bank will close 40 branches.', '150-year-old')).toEqual([150, 'exact', 'duration']);
    expect(extractClaims('Members of the Class of 2025 graduate on Friday.')).toEqual([]);
    expect(read('She teaches a class of 28 pupils.', '28')).toEqual([28, 'exact', 'count']);
  });

  it('reads "by X to Y" as a range when X is near Y, and as a move to a level otherwise', () => {
    expect(read('The policy cut emissions by 30 to 40 per cent.', '30 to 40 per cent')).toEqual([
      30,
      'range',
      'percent',
    ]);
    const [move, level] = extractClaims('The jobless rate rose by 0.2 to 4.3 per cent.');
    expect([move!.value, move!.quantity.unit, level!.value]).toEqual([0.2, 'pp', 4.3]);
  });

  it('reads lengths told in years and months in whole months, and "a year and a half" as one and a half', () => {
    expect(read('She was jailed for eight years and four months.', 'eight years and four months')).toEqual([
      100,
      'exact',
      'duration',
    ]);
    expect(read('The repairs took a year and a half.', 'a year and a half')).toEqual([1.5, 'exact', 'duration']);
    expect(read('Fans queued for more than an hour and a half.', 'an hour and a half')).toEqual([
      1.5,
      'at_least',
      'duration',
    ]);
  });

  it('reads a length told with "a" after "as early as" and before "ahead": "as early as a week ahead of schedule"', () => {
    expect(read('The bridge could open as early as a year ahead of schedule.', 'a year')).toEqual([
      1,
      'exact',
      'duration',
    ]);
    expect(extractClaims('Passes cost less for a day pass holder.')).toEqual([]);
  });

  it('reads "from X to Y" after a verb of change told as it goes, with a bound on X, as the old and the new figure', () => {
    const texts = (text: string) => extractClaims(text).map((c) => [c.text, c.value, c.qualifier]);
    expect(texts('The number of volunteers is growing from roughly 40 to more than 120.')).toEqual([
      ['40', 40, 'approx'],
      ['120', 120, 'at_least'],
    ]);
    expect(texts('Membership is declining from nearly 3,000 to 2,100.')).toEqual([
      ['3,000', 3000, 'approx'],
      ['2,100', 2100, 'exact'],
    ]);
    expect(texts('Ticket prices soared from $25 to $90.')).toEqual([
      ['$25', 25, 'exact'],
      ['$90', 90, 'exact'],
    ]);
    // A change of size or pace; the old figure counts what the new one names.
    const counted = (text: string) => extractClaims(text).map((c) => [c.text, c.quantity.lemma]);
    expect(counted('The league expanded from 20 to 24 clubs.')).toEqual([
      ['20', 'club'],
      ['24', 'club'],
    ]);
    expect(counted('The lead narrowed from 9 to 4 points.')).toEqual([
      ['9', 'point'],
      ['4', 'point'],
    ]);
    // The old figure is told in the unit the new one names.
    expect(texts('Fares rose from 3 to 4 dollars.')).toEqual([
      ['3', 3, 'exact'],
      ['4 dollars', 4, 'exact'],
    ]);
    expect(extractClaims('Fares rose from 3 to 4 dollars.').map((c) => c.kind)).toEqual(['money', 'money']);
    // With no verb of change, "from X to Y" stays a range.
    expect(texts('The shelter can house from about 200 to 300 families.')).toEqual([['200 to 300', 200, 'range']]);
  });

  it('reads a figure told as being done ("400 volunteers are cleaning") as a fact, past a plan in another clause', () => {
    const scope = (text: string, figure: string) => extractClaims(text).find((c) => c.text === figure)?.quantity.scope;
    expect(scope('The city has pledged new funds, and about 400 volunteers are cleaning the streets.', '400')).toBe(
      'other',
    );
    expect(scope('The city has pledged new funds, and about 400 volunteers are going to clean up.', '400')).toBe(
      'plan',
    );
  });

  it('reads no claim in a name spelt with digits and a number ("7-Eleven") nor in a short code to text', () => {
    expect(extractClaims('The 3-Eleven chain said 300 stores were shut.').map((c) => c.text)).toEqual(['300']);
    expect(extractClaims('Text HELP to 741741 to reach a volunteer.')).toEqual([]);
    expect(
      extractClaims('Residents can text "FLOOD" to 61110; about 2,000 have signed up.').map((c) => c.text),
    ).toEqual(['2,000']);
    expect(read('She texted 40 friends.', '40')).toEqual([40, 'exact', 'count']);
  });

  it('reads hundreds told to the centimetre before "m" as metres, and other decimals before "m" as millions', () => {
    expect(read('The drill hole cut a 114.35m interval of copper.', '114.35m')).toEqual([114.35, 'exact', 'other']);
    expect(read('The show drew 8.21m viewers.', '8.21m')).toEqual([8.21e6, 'exact', 'count']);
    expect(read('Its revenue rose to $282.01m last year.', '$282.01m')).toEqual([282.01e6, 'exact', 'money']);
  });

  it('reads a slashed fraction with an ordinal ending ("2/3rds") as the share the fraction word is', () => {
    expect(read('The club sold its ground for 2/3rds of its value.', '2/3rds')).toEqual([
      (100 * 2) / 3,
      'exact',
      'percent',
    ]);
    expect(read('About 3/4ths of members agreed.', '3/4ths')).toEqual([75, 'approx', 'percent']);
  });

  it('reads no claim in the marks of a scale ("on a scale of 1 to 10", "a 0-10 scale")', () => {
    expect(extractClaims('On a scale of 1 to 10, critics gave the play a 7.').map((c) => c.text)).toEqual(['7']);
    expect(extractClaims('Each storm is ranked from 1 to 5 on the Fujita scale.')).toEqual([]);
    expect(extractClaims('Patients scored their pain on a 0-10 scale.')).toEqual([]);
    expect(read('Between 1 and 5 people were hurt as the scale of the damage grew.', '1 and 5')).toEqual([
      1,
      'range',
      'count',
    ]);
  });
});
