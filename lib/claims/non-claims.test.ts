import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('numbers that name (non-claims.ts)', () => {
  it('reads no figure with a unit or a percent sign as an item of a list after a naming word', () => {
    expect(texts('In lane 4, 62% of the swimmers finished.')).toEqual(['62%']);
    expect(texts('At level 3, 12 km of trail is open.')).toEqual(['12 km']);
    // Bare numbers listed after a naming word still name.
    expect(texts('Levels 3, 4 and 5 are closed.')).toEqual([]);
  });
});

describe('citations of a law (non-claims.ts)', () => {
  it('reads a section with its subsection in brackets, after a word naming a part of a law, as a name', () => {
    expect(texts('The builder admitted breaching s 2(1) and paid £9,000.')).toEqual(['£9,000']);
    expect(texts('Under Regulation 13(2)(b) the mill was fined 40,000 euros.')).toEqual(['40,000 euros']);
    // A score card's runs and balls are no citation.
    expect(texts('Root made 71(88) before tea.')).toEqual(['71', '88']);
  });
});

describe('ranges joined by a hyphen after a unit (non-claims.ts)', () => {
  it('reads a figure with its unit spelt out and spaced, a hyphen and a second figure as a range', () => {
    const ranges = (text: string) => extractClaims(text).map((c) => [c.text, c.qualifier, c.low, c.high]);
    expect(ranges('The mine expects 80,000 ounces-95,000 ounces of gold.')).toEqual([
      ['80,000 ounces-95,000 ounces', 'range', 80000, 95000],
    ]);
    // Letters that are no unit before the hyphen still make a code.
    expect(texts('Staff at the Omicron BA-2 ward rose.')).toEqual([]);
  });
});

describe('lengths that name a class (non-claims.ts)', () => {
  it('reads a length in feet before "container" as the container\'s class: "per 40-foot container"', () => {
    expect(texts('Rates to Felixstowe hit $4,100 per 40ft container.')).toEqual(['$4,100']);
    expect(texts('A 20-foot refrigerated container costs more to ship.')).toEqual([]);
    // Other lengths in feet, and containers counted, still claim.
    expect(texts('A 12-foot fence and 30 containers blocked the quay.')).toEqual(['12-foot', '30']);
  });
});

describe('dates (non-claims.ts)', () => {
  it('reads a day joined to its month and year by hyphens or slashes as a date: "19-Sep-2017", "3/Mar/21"', () => {
    expect(texts('The regulator ruled (04-Nov-2019) that 12 firms had broken the rules.')).toEqual(['12']);
    expect(texts('Posted 27/Jun/22 by the parish council, with 8 items.')).toEqual(['8']);
    // A hyphened figure before a noun still counts it.
    expect(texts('A 19-member jury heard the case.')).toEqual(['19']);
  });
});

describe('scores (non-claims.ts)', () => {
  it("reads a rising pair next to a falling one, set off by a comma, as one of a match's sets", () => {
    expect(texts('Alcaraz won 4-6, 6-3, 7-5 in front of 15,000 fans.')).toEqual(['15,000']);
    // Bands all rise, and stay ranges.
    expect(texts('Shifts of 6-8, 9-12 hours are common.')).toEqual(['6-8', '9-12 hours']);
  });

  it('reads a pair set with a stray space before its hyphen as the pair, not a minus: "3 -6, 6 -2"', () => {
    expect(texts('Svitolina beat her 2 -6, 6 -1, 6 -4 on Sunday.')).toEqual([]);
    // A pair kept as two shares (expression.ts), the first kept too: the hyphen after the space is no minus either.
    const shares = extractClaims('The poll puts the mayor ahead 49 -48 percent among voters.').map((c) => c.value);
    expect(shares).toEqual([49, 48]);
    // A minus after a word is a minus.
    expect(texts('The thermometer at the ski resort fell to -34 overnight.')).toEqual(['-34']);
  });

  it('reads a fraction of a year as a period, but of a measure the year dates as a share', () => {
    expect(texts('Hiring slowed in the second half of 2022.')).toEqual([]);
    expect(texts('Wheat stocks fell to half of 2019 levels.')).toEqual(['half']);
    expect(texts('Ticket sales are at a third of 2019 figures.')).toEqual(['a third']);
  });
});

describe('the age of a made thing named by its make or model (non-claims.ts)', () => {
  it('reads the age of a thing told after a make and a model number as a length', () => {
    expect(texts('The 12-year-old Airbus A320 aircraft was grounded on Monday.')).toEqual(['12-year-old']);
    expect(texts('Crews towed a 20-year-old Ford F-150 truck from the river.')).toEqual(['20-year-old']);
  });

  it('leaves the age of a person named after a make, a team or a place unread', () => {
    expect(texts('A 20-year-old Ford F-150 truck driver was hurt.')).toEqual([]);
    expect(texts('A 25-year-old Manchester United fan was arrested.')).toEqual([]);
    expect(texts('A 17-year-old Swede who was on the plane said it was frightening.')).toEqual([]);
  });
});

describe('a variant numbered after its model (non-claims.ts)', () => {
  it('reads the variant glued by a hyphen to a named model number as part of the name', () => {
    expect(texts('The airline flies the Boeing 737-800 on the route.')).toEqual([]);
    expect(texts('Each Tupolev 154-100 seated 164 passengers.')).toEqual(['164']);
    // A range with no name before it stays a range.
    expect(texts('Tickets cost 200-300 dollars.')).toEqual(['200-300 dollars']);
  });

  it('reads a length before plural schools or before a graduation rate as the kind it names, not a claim', () => {
    expect(texts('Enrolment at public two-year schools fell 3% last autumn.')).toEqual(['3%']);
    expect(texts("The state's six-year graduation rate rose to 61%.")).toEqual(['61%']);
    // A plan for one school over ten years is a length.
    expect(texts('The board approved a 10-year school building plan.')).toEqual(['10-year']);
  });

  it('reads a figure after "type" as the kind it names ("type 2 diabetes")', () => {
    expect(texts('Patients with type 2 diabetes made up 14% of the cohort.')).toEqual(['14%']);
    expect(texts('Crews from a Type 1 or 2 team arrived within 6 hours.')).toEqual(['6 hours']);
  });
});
