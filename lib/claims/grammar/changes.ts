import { words } from './entries';

/**
 * Verbs of change, which tell a change between two figures from a range (lib/claims/expression.ts):
 * "rose from 10 to 12" is a change, "cost from $200 to $4 million" a range; "fell 10.5 to 4,479.10" is a
 * move by 10.5 to a level.
 */

/** Before "from X to Y", these make it a change from one figure to another. */
export const CHANGE_FROM_VERBS = [
  ...words('a rise', 'rise rose risen rising rises increase increased grow grew jump jumped climb climbed'),
  ...words('a fall', 'fall fell fallen falling falls decrease decreased drop dropped decline declined'),
  ...words('a move either way', 'go went up down'),
  ...words('a change made by someone', 'raise raised cut lower lowered'),
];

/** Before a sum or a much smaller figure and then "to", a move by that much to a level. */
export const MOVED_BY_VERBS = [
  ...words('a rise by an amount', 'rose risen jumped climbed gained added increased grew soared surged advanced'),
  ...words(
    'a fall by an amount',
    'fell fallen dropped declined lost slipped slid shed decreased sank plunged tumbled retreated eased dipped',
  ),
  ...words('a move by an amount, in market reports', 'up down'),
];
