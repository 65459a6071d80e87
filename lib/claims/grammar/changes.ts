import { phrases, words } from './entries';

/**
 * Verbs of change, which tell a change between two figures from a range (lib/claims/expression.ts):
 * "rose from 10 to 12" is a change, "cost from $200 to $4 million" a range; "fell 10.5 to 4,479.10" is a
 * move by 10.5 to a level.
 */

/** Before "from X to Y", these make it a change from one figure to another. */
export const CHANGE_FROM_VERBS = [
  ...words('a rise', 'rise rose risen rising rises increase increased grow grew jump jumped climb climbed'),
  ...words('a fall', 'fall fell fallen falling falls decrease decreased drop dropped decline declined'),
  ...words(
    'a rise told in the present or as it goes ("is increasing from about 1,000 to 4,600")',
    'increases increasing grows growing grown jumps jumping climbs climbing',
  ),
  ...words('a fall told in the present or as it goes', 'decreases decreasing drops dropping declines declining'),
  ...words('a steep rise or fall', 'soar soared soaring surge surged surging plunge plunged plunging'),
  ...words(
    'a change of size ("expanded from 32 to 48 teams")',
    'expand expanded expanding expands shrink shrank shrunk shrinking swell swelled swelling widen widened widening narrow narrowed narrowing growth',
  ),
  ...words('a change of pace', 'slow slowed slowing accelerate accelerated accelerating'),
  ...words('a cut told in other words', 'reduce reduced reducing cutting'),
  ...words('a move either way', 'go goes going gone went up down'),
  ...words('a small fall', 'dip dipped dipping eased easing slid slipped'),
  ...words('a change made by someone', 'raise raised cut lower lowered'),
  ...words('a change made by someone, told in the present or as it goes', 'raises raising lowers lowering cuts'),
  ...words('a rise made by someone', 'lift lifted hike hiked boost boosted'),
  ...words(
    'an estimate or a count set anew: its old figure, then its new one',
    'revise revised revises adjust adjusted update updated',
  ),
];

/** Before a sum or a much smaller figure and then "to", a move by that much to a level. */
export const MOVED_BY_VERBS = [
  ...words('a rise by an amount', 'rose risen jumped climbed gained added increased grew soared surged advanced'),
  ...words('a rise by an amount, told as it goes', 'rising jumping climbing gaining adding increasing advancing'),
  ...words('a fall by an amount, told as it goes', 'falling dropping declining losing slipping shedding sinking'),
  ...words(
    'a fall by an amount',
    'fell fallen dropped declined lost slipped slid shed decreased sank plunged tumbled retreated eased dipped',
  ),
  ...words('a move by an amount, in market reports', 'up down'),
];

/**
 * Verbs that "up" or "down" after them makes into another verb, no move by the figure that follows: "workers
 * turned down two offers" rejected them, "women made up 40% of the staff" were that share.
 */
export const PARTICLE_VERBS = [
  ...words(
    '"turned down two offers", "voted down three motions": rejected',
    'turn turned turns turning vote voted votes',
  ),
  ...words('"shut down 40 plants": closed them', 'shut shuts shutting'),
  ...words(
    '"gunned down 12 people", "shot down 30 drones", "tore down 50 homes", "knocked down 200 houses": killed or destroyed',
    'gun gunned guns shoot shot shoots tear tore torn tears knock knocked knocks',
  ),
  ...words('"handed down 10-year sentences": given', 'hand handed hands'),
  ...words(
    '"tracked down 12 suspects", "rounded up 40 suspects": found or arrested',
    'track tracked tracks round rounded rounds',
  ),
  ...words('"women made up 40% of the workforce": were that share', 'make made makes making'),
  ...words('"set up 30 shelters": built or founded', 'set sets setting'),
  ...words('"blew up three bridges": destroyed', 'blow blew blown blows'),
];

/**
 * Before a level, the change told on the way to it ("rose 3% to $189.50", "closed up 2% at 35,500"): the
 * events of grammar/events.ts that move a level, and the words market reports use for them.
 */
export const LEVEL_CHANGES = [
  ...words('an event that moves a level: its forms are in grammar/events.ts', 'rise fall'),
  ...words('a move of a level, in market reports', 'up down'),
];

/**
 * Before "by X to Y", a revision: its size, then the level it reached ("revised down by 80,000 to 105,000"),
 * however near the two figures are, where "cut the risk by 20 to 25 per cent" is a range of cuts.
 */
export const REVISED_BY_LEADS = phrases(
  'a revision told as its size, then the figure it reached',
  'revised down by, revised up by, revised downward by, revised upward by, revised lower by, revised higher by',
);
