import { describe, expect, it } from 'vitest';
import { shareTopic, topicsOf } from './topics';

describe('what a text is about', () => {
  it('reads names inside sentences, normalised, most frequent first', () => {
    expect(
      topicsOf('The army said Israelis and Palestinians met. Talks with Israeli officials and Hamas’ leaders went on.'),
    ).toEqual(['israeli', 'palestinian', 'hamas']);
  });

  it('takes the plural off nationalities only, not off names that end in "s"', () => {
    expect(
      topicsOf('Rescuers said Somalis and Kuwaitis were among them. The ship hit the Francis Scott Key Bridge.'),
    ).toEqual(expect.arrayContaining(['somali', 'kuwaiti', 'francis']));
    expect(topicsOf('The storm moved from Memphis towards Paris, Texas, on Monday.')).toEqual(
      expect.arrayContaining(['memphis', 'paris']),
    );
  });

  it('reads "U.S.", "US" and "the United States" as one topic', () => {
    const a = topicsOf('Employers in the U.S. added 199,000 jobs.');
    const b = topicsOf('The economy of the US added 199,000 jobs.');
    const c = topicsOf('Employers in the United States added jobs.');
    expect([a, b, c]).toEqual([['us'], ['us'], ['us']]);
    expect(shareTopic(a, b)).toBe(true);
  });

  it('keeps texts about different things apart, and lets a text that names nothing match any', () => {
    expect(shareTopic(['gaza'], ['haikui'])).toBe(false);
    expect(shareTopic([], ['haikui'])).toBe(true);
  });

  it('reads the name after a title or an initial, and neither the title nor a suffix as a topic', () => {
    const topics = topicsOf('The evacuation was ordered by Lt. Gen. Maria O. Alvarez Jr., who leads the Coast Guard.');
    expect(topics).toEqual(expect.arrayContaining(['maria', 'alvarez', 'coast', 'guard']));
    for (const word of ['lt', 'gen', 'jr', 'o']) expect(topics).not.toContain(word);
    expect(
      topicsOf('Rescuers found 3 survivors, Sheriff Dana Ortiz said, and Gov. Ray Kim thanked them.'),
    ).not.toContain('gov');
  });

  it('reads an acronym that opens a sentence, but not a dateline', () => {
    expect(topicsOf('FEMA sent 40 trucks. Officials said more would follow.')).toContain('fema');
    expect(topicsOf('OSLO: The storm cut power to 12,000 homes.')).not.toContain('oslo');
    expect(topicsOf('KYIV (Reuters) — Drones struck 14 sites.')).not.toContain('kyiv');
  });

  it('meets a name written in full with its initials written in another report', () => {
    const full = topicsOf('Flights resumed in Denver after the Federal Aviation Administration grounded 171 jets.');
    const short = topicsOf('FAA inspectors in Seattle cleared 94 of the 171 jets.');
    expect(shareTopic(full, short)).toBe(true);
    expect(
      shareTopic(
        topicsOf('Rates at the Bank of Japan’s meeting held at 0.1%.'),
        topicsOf('BoJ kept rates at 0.1%, officials in Tokyo said.'),
      ),
    ).toBe(true);
  });

  it('takes no topic from initials every report of a field uses', () => {
    const prices = topicsOf('The Consumer Price Index rose 0.3% in May, the company said. Its CEO left.');
    expect(prices).not.toContain('cpi');
    expect(prices).not.toContain('ceo');
    expect(shareTopic(topicsOf('In Chile the CPI rose 0.4%.'), topicsOf('In Peru the CPI rose 0.4%.'))).toBe(false);
    expect(
      shareTopic(
        topicsOf('In Oslo the Consumer Price Index rose 0.4%, the Monetary Policy Committee noted.'),
        topicsOf('In Lima the Consumer Price Index rose 0.4%, its Monetary Board said.'),
      ),
    ).toBe(false);
  });

  it('reads a word that opens two sentences and is no English word as a name', () => {
    const topics = topicsOf(
      'Zorvex reported sales of $4.2 billion. Zorvex also raised its dividend. Officials said 12 plants would close. Officials gave no date.',
    );
    expect(topics).toContain('zorvex');
    expect(topics).not.toContain('officials');
    expect(topicsOf('Zorvex reported sales of $4.2 billion. Its shares rose 3%.')).not.toContain('zorvex');
  });

  it('reads no name from ordinary words, however often they open a sentence, nor from a dateline', () => {
    const text =
      'Meanwhile, 40 homes burned. Meanwhile, 12 roads closed. Rescuers found 3 people. Rescuers found 2 more. ' +
      'Added to that, 9 schools shut. Added to that, 5 clinics shut. Overall, 8 towns were hit. Overall, 7 were cut off.';
    expect(topicsOf(text)).toEqual([]);
    expect(topicsOf('KALMORA (Wire) — 4 died. KALMORA (Wire) — 6 were hurt in the region.')).not.toContain('kalmora');
  });

  it('takes no topic from "No." before a figure, nor from a number word inside a name', () => {
    const topics = topicsOf(
      'Crews reached the No. 3 shaft of the Delvano mine and the Pass of Seven Bends, 40 km away.',
    );
    expect(topics).toEqual(expect.arrayContaining(['delvano', 'pass', 'bends']));
    expect(topics).not.toContain('no');
    expect(topics).not.toContain('seven');
  });

  it('reads the word after a dateline as a sentence’s first, unless it is no ordinary word', () => {
    const topics = topicsOf(
      'MARVILLE, Ontario (Wire) — Rescuers pulled 14 people from the river on Sunday, police said.',
    );
    expect(topics).not.toContain('rescuers');
    expect(topicsOf('CALDERA, Chile — More than 30 homes burned.')).not.toContain('more');
    expect(topicsOf('DORNBY — Zorvex said it would cut 400 jobs.')).toContain('zorvex');
  });

  it('keeps apart stories of one kind that share only the kind of their names', () => {
    const storm = topicsOf('Hurricane Lorna killed 12 people in Tampico, the Civil Protection Service said.');
    const other = topicsOf(
      'Hurricane Dax left 12 people dead near Savannah, the county’s Emergency Management Center said.',
    );
    expect(shareTopic(storm, other)).toBe(false);
    expect(
      shareTopic(
        topicsOf('Rain buried 40 homes in Enga Province, the National Disaster Centre said.'),
        topicsOf('Floods cut 40 roads in Sindh Province, the Provincial Disaster Management Authority said.'),
      ),
    ).toBe(false);
    expect(storm).toContain('lorna');
  });
});
