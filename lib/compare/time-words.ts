/**
 * The words news copy uses to say when a figure holds, as data: `when.ts` makes its matcher from these
 * tables and resolves what they name against the article's date of publication. Hours are of the day
 * named, from midnight; a night runs past the next midnight (to hour 29, dawn). Each entry says why.
 */

/** Hours of a day a word narrows a figure to: "Tuesday evening", "late on Tuesday", "early Tuesday". */
export const DAY_PARTS: { word: string; hours: readonly [number, number]; reason: string }[] = [
  { word: 'morning', hours: [5, 12], reason: 'from dawn to noon' },
  { word: 'midday', hours: [11, 14], reason: 'around noon' },
  { word: 'noon', hours: [11, 14], reason: 'around noon' },
  { word: 'afternoon', hours: [12, 18], reason: 'from noon to early evening' },
  { word: 'evening', hours: [17, 24], reason: 'from the end of the working day to midnight' },
  { word: 'night', hours: [18, 29], reason: 'a night runs past midnight to dawn of the next day' },
];

/** Words before a day that place a figure in part of it: "late on Tuesday" is Tuesday evening. */
export const DAY_EDGES: { word: string; hours: readonly [number, number]; reason: string }[] = [
  { word: 'late', hours: [17, 24], reason: '"late on Tuesday", "late Tuesday": its evening, as newsrooms use it' },
  { word: 'early', hours: [0, 12], reason: '"early on Tuesday", "early Tuesday": before dawn or in the morning' },
];

/**
 * Days said relative to the report, with the part of the day where the words give one: "overnight" in
 * Friday's paper is the night from Thursday into Friday, so it meets "on Thursday night".
 */
export const RELATIVE_DAYS: { words: string; days: number; part?: string; reason: string }[] = [
  { words: 'today', days: 0, reason: 'the day of the report' },
  { words: 'earlier today', days: 0, reason: 'the day of the report, before it' },
  { words: 'this morning', days: 0, part: 'morning', reason: "the report's own morning" },
  { words: 'this afternoon', days: 0, part: 'afternoon', reason: "the report's own afternoon" },
  { words: 'this evening', days: 0, part: 'evening', reason: "the report's own evening" },
  { words: 'tonight', days: 0, part: 'evening', reason: "the report's own evening" },
  { words: 'yesterday', days: -1, reason: 'the day before the report' },
  { words: 'last night', days: -1, part: 'night', reason: 'the night before the report' },
  { words: 'overnight', days: -1, part: 'night', reason: 'the night just past, from the day before into the report' },
];

/**
 * Years said relative to the report, right after a figure ("headline inflation at 2.5% this year, 2.2% in 2025"): the
 * figure's year, counted from the report's, whatever year a later item of its sentence names.
 */
export const RELATIVE_YEARS: { words: string; years: number; reason: string }[] = [
  { words: 'this year', years: 0, reason: 'the year of the report' },
  { words: 'last year', years: -1, reason: "the year before the report's" },
  { words: 'next year', years: 1, reason: "the year after the report's" },
];

/**
 * Words that put a running total as of a day ("as of Sunday night", "by Monday", "the ministry said on
 * Friday"): the count's own time, where "on Monday" alone may be the day of the event it counts.
 */
export const AS_OF_WORDS: { words: string; reason: string }[] = [
  { words: 'as of', reason: 'the time a tally was taken' },
  { words: 'as at', reason: 'the British form of "as of"' },
  { words: 'by', reason: '"rose to 612 by Monday": how far a total had come by then' },
  { words: 'until', reason: '"until Sunday": a total up to that day' },
  { words: 'through', reason: '"through Friday": a total up to that day' },
  { words: 'by the end of', reason: '"500 had died by the end of Tuesday": a total up to that day' },
  { words: 'at the end of', reason: '"at the end of Tuesday the toll stood at 500"' },
  { words: 'by the close of', reason: '"by the close of Monday, 1,200 flights were cancelled"' },
];

/**
 * Who a source told a figure to, or where, between the reporting verb and the day ("told a news conference
 * Thursday", "said in a statement on Friday", "told reporters late Monday"): the day is still the telling's.
 */
export const TOLD_AUDIENCES: { words: string; reason: string }[] = [
  { words: 'reporters', reason: '"told reporters on Monday": the day the figure was given out' },
  { words: 'journalists', reason: 'as "reporters"' },
  { words: 'the media', reason: '"told the media Friday"' },
  { words: 'the press', reason: '"told the press Friday"' },
  { words: 'state media', reason: '"told state media on Sunday": a government source speaking that day' },
  { words: 'state television', reason: 'as "state media"' },
  { words: 'lawmakers', reason: '"told lawmakers on Tuesday": testimony given that day' },
  { words: 'parliament', reason: '"told parliament on Tuesday"' },
  { words: 'a news conference', reason: '"told a news conference Thursday": the briefing where a tally is given' },
  { words: 'a press conference', reason: 'as "a news conference"' },
  { words: 'a briefing', reason: 'as "a news conference"' },
  { words: 'a news briefing', reason: 'as "a news conference"' },
  { words: 'a press briefing', reason: 'as "a news conference"' },
  { words: 'at a news conference', reason: '"said at a news conference on Friday"' },
  { words: 'at a press conference', reason: 'as "at a news conference"' },
  { words: 'at a briefing', reason: 'as "at a news conference"' },
  { words: 'in a statement', reason: '"said in a statement on Saturday": the day the statement came out' },
];

/** Weeks and weekends told relative to the report: an interval of days, for what a figure is about. */
export const RELATIVE_WEEKS: { words: string; reason: string }[] = [
  { words: 'last week', reason: 'Monday to Sunday of the week before the report' },
  { words: 'this week', reason: "from Monday of the report's week to the report" },
  { words: 'earlier this week', reason: "from Monday of the report's week to the day before the report" },
  { words: 'last weekend', reason: 'the Saturday and Sunday before the report' },
  { words: 'over the weekend', reason: 'the Saturday and Sunday before the report' },
  { words: 'at the weekend', reason: 'the Saturday and Sunday before the report' },
];

/**
 * Words that say a total is the latest one at the time of the report ("the latest official figures",
 * "so far", "to date"): as of publication, which is where a running total with no time words stands too.
 */
export const AS_OF_REPORT: { words: string; reason: string }[] = [
  { words: 'so far', reason: 'up to the report' },
  { words: 'to date', reason: 'up to the report' },
  { words: 'thus far', reason: 'up to the report' },
  { words: 'latest', reason: '"the latest official figures": the newest at the time of the report' },
  { words: 'now', reason: '"the toll now stands at": at the time of the report' },
];

/**
 * Verbs that bring a running total to its figure: a day after the figure ("the toll passed 11,000 on
 * Wednesday", "reached 93 on Saturday") is the day the total stood so, not the count of that day alone.
 */
export const LEVEL_VERBS: { words: string; reason: string }[] = [
  { words: 'rose to', reason: '"the toll rose to 80 on Friday": where the total stood that day' },
  { words: 'climbed to', reason: 'as "rose to"' },
  { words: 'jumped to', reason: 'as "rose to", told of a quick rise' },
  { words: 'reached', reason: '"the toll reached 93 on Saturday": the total that day' },
  { words: 'hit', reason: '"deaths hit 500 on Monday", in headline style' },
  { words: 'passed', reason: '"passed 11,000 on Wednesday": the total moved past the figure that day' },
  { words: 'surpassed', reason: 'as "passed"' },
  { words: 'crossed', reason: 'as "passed"' },
  { words: 'topped', reason: 'as "passed", in headline style' },
  { words: 'exceeded', reason: 'as "passed"' },
  { words: 'stood at', reason: '"the toll stood at 412 on Tuesday": the total that day' },
];

/**
 * Verbs after which a day is when the event struck, not when a toll of it was counted: "the earthquake
 * that struck on Monday has killed 15,383" is a toll as of the report. A day in the possessive ("Monday's
 * earthquake") or after a noun ("killed in the blast on Monday") says the same.
 */
export const EVENT_DAY_VERBS: { word: string; reason: string }[] = [
  { word: 'struck', reason: 'an earthquake, storm or attack struck on that day' },
  { word: 'hit', reason: 'a storm or quake hit on that day' },
  { word: 'shook', reason: 'an earthquake shook a region on that day' },
  { word: 'began', reason: 'a fire, war or outbreak began on that day' },
  { word: 'started', reason: 'a fire or war started on that day' },
  { word: 'erupted', reason: 'a volcano or violence erupted on that day' },
  { word: 'happened', reason: 'the event happened on that day' },
  { word: 'occurred', reason: 'the event occurred on that day' },
  { word: 'swept', reason: 'a fire or flood swept through on that day' },
  { word: 'burst', reason: 'dams burst on that day' },
  { word: 'resumed', reason: '"killed since the fighting resumed Friday": a toll running since that day' },
  { word: 'restarted', reason: 'fighting or strikes restarted on that day' },
  { word: 'collapsed', reason: 'a truce, a building or a dam collapsed on that day' },
  { word: 'expired', reason: 'a truce or deadline expired on that day' },
  { word: 'ended', reason: 'a truce or a strike ended on that day' },
  { word: 'landed', reason: 'a storm made landfall, a hurricane landed on that day' },
  { word: 'ripped', reason: '"the bombings that ripped through the city on Wednesday": a blast or storm on that day' },
  { word: 'tore', reason: '"the tornado that tore through the town on Sunday"' },
  { word: 'rocked', reason: '"the explosions that rocked the capital on Monday"' },
  { word: 'battered', reason: '"the storm that battered the coast on Friday"' },
  { word: 'slammed', reason: '"the hurricane that slammed into the coast on Wednesday"' },
  { word: 'pounded', reason: '"the rains that pounded the region on Tuesday"' },
  { word: 'ravaged', reason: '"the fire that ravaged the town on Tuesday"' },
];

/**
 * Nouns of things that happen on a day and leave a toll or a cost counted for days after ("the shooting at the
 * concert hall near Moscow on Friday", "the attack on a school in the north on Monday"): a day told after such a noun
 * and the place it happened is the happening's, not the count's. Each with why.
 */
export const HAPPENINGS: { word: string; reason: string }[] = [
  { word: 'attack', reason: '"the attack at a concert hall on Friday": the attack\'s day' },
  { word: 'attacks', reason: '"the attacks in the south on Saturday"' },
  { word: 'shooting', reason: '"the shooting at the venue on Friday"' },
  { word: 'bombing', reason: '"the bombing at the memorial on Wednesday"' },
  { word: 'bombings', reason: '"the twin bombings near the cemetery on Wednesday"' },
  { word: 'blast', reason: '"the blast at the port on Tuesday"' },
  { word: 'blasts', reason: '"the blasts near the shrine on Wednesday"' },
  { word: 'explosion', reason: '"the explosion at the factory on Monday"' },
  { word: 'explosions', reason: '"the explosions in the capital on Monday"' },
  { word: 'massacre', reason: '"the massacre at the hall on Friday night"' },
  { word: 'earthquake', reason: '"the earthquake in the south on Monday"' },
  { word: 'quake', reason: '"the quake near the coast on Monday"' },
  { word: 'landslide', reason: '"the landslide in the highlands on Friday"' },
  { word: 'collision', reason: '"the collision near the station on Friday"' },
  { word: 'crash', reason: '"the crash near the airport on Sunday"' },
  { word: 'derailment', reason: '"the derailment in the east on Friday"' },
  { word: 'fire', reason: '"the fire at the market on Sunday"' },
  { word: 'floods', reason: '"the floods in the east on Sunday"' },
  { word: 'flood', reason: '"the flood in the valley on Sunday"' },
  { word: 'flooding', reason: '"the flooding in the region on Tuesday"' },
  { word: 'storm', reason: '"the storm on the coast on Saturday"' },
  { word: 'cyclone', reason: '"the cyclone in the bay on Sunday"' },
  { word: 'hurricane', reason: '"the hurricane in the gulf on Wednesday"' },
  { word: 'typhoon', reason: '"the typhoon in the north on Saturday"' },
  { word: 'tornado', reason: '"the tornado in the county on Friday night"' },
  { word: 'wildfire', reason: '"the wildfire on the island on Tuesday"' },
  { word: 'wildfires', reason: '"the wildfires in the hills on Tuesday"' },
  { word: 'mudslide', reason: '"the mudslide in the highlands on Friday"' },
  { word: 'tsunami', reason: '"the tsunami on the coast on Monday"' },
  { word: 'eruption', reason: '"the eruption on the island on Sunday"' },
  { word: 'avalanche', reason: '"the avalanche in the pass on Thursday"' },
  { word: 'stampede', reason: '"the stampede at the shrine on Tuesday"' },
];

/**
 * Words that open a relative clause on a happening: the day said inside it ("the attack at a concert hall, which on
 * Friday night killed 137", "the quake that on Monday flattened the town") is the happening's, as it is after the noun.
 */
export const HAPPENING_CLAUSE_OPENERS: { words: string; reason: string }[] = [
  { words: 'which', reason: '"the blast at the port, which on Tuesday killed 40": the blast\'s day, not the count\'s' },
  { words: 'that', reason: '"the storm that on Sunday flooded the coast": the storm\'s day' },
];

/**
 * Words that say one figure was given in place of another for the same time: a correction, not a count
 * taken later. "3,958 people died instead of 11,300 as earlier reported": the 11,300 was wrong, so a
 * source that still gives it contradicts one that gives 3,958. The linking words name the figure replaced;
 * a marker elsewhere in the sentence must say it was a report set right, for "instead of" alone also
 * sets a figure against an expectation ("a rise of 0.2 instead of the 0.4 expected"). "Revised to X, up
 * from Y" is a statistics office's later estimate (a new count, a series), never one of these.
 */
export const REPLACED_BEFORE: { words: string; reason: string }[] = [
  { words: 'instead of', reason: '"3,958 instead of 11,300": the figure after it is the one replaced' },
  { words: 'rather than', reason: '"3,958 rather than 11,300 as first announced"' },
  { words: 'not', reason: '"3,958, not 11,300 as earlier reported"' },
];

export const CORRECTION_MARKERS: { words: string; reason: string }[] = [
  { words: 'as earlier reported', reason: 'the replaced figure was a report' },
  { words: 'as was earlier reported', reason: 'the replaced figure was a report' },
  { words: 'as previously reported', reason: 'the replaced figure was a report' },
  { words: 'as initially reported', reason: 'the replaced figure was a report' },
  { words: 'as first reported', reason: 'the replaced figure was a report' },
  { words: 'as reported earlier', reason: 'the replaced figure was a report' },
  { words: 'as first announced', reason: 'the replaced figure was an announcement' },
  { words: 'as earlier announced', reason: 'the replaced figure was an announcement' },
  { words: 'as previously announced', reason: 'the replaced figure was an announcement' },
  { words: 'amended', reason: '"amended the previous death toll": a figure set right' },
  { words: 'corrected', reason: '"corrected the toll": a figure set right' },
  { words: 'correction', reason: 'a published correction' },
  { words: 'erroneously', reason: 'the replaced figure was an error' },
  { words: 'mistakenly', reason: 'the replaced figure was a mistake' },
  { words: 'in error', reason: 'the replaced figure was an error' },
];

/**
 * Words after a length of time that make it a time from or to an event rather than how long something
 * lasted: "two hours after the truce expired" is no length of the truce, "fifty days before the truce" none
 * either. `then` says what must follow: a noun phrase or clause ("the truce"), or nothing ("two days later").
 * `elapsed` says whether the report is that long after the event (+1: "four days after the rains began") or
 * before it (-1: "two days before the vote"), so that the event's day is the report's less (or plus) the length
 * (series.ts); "later", "earlier" count from an event told before, whose day the figure's words do not give, and
 * "ago" dates the figure itself.
 */
export const OFFSET_WORDS: { words: string; then: 'phrase' | 'none'; elapsed?: 1 | -1; reason: string }[] = [
  { words: 'after', then: 'phrase', elapsed: 1, reason: '"two hours after the truce expired": time since an event' },
  { words: 'before', then: 'phrase', elapsed: -1, reason: '"fifty days before the truce": time up to an event' },
  { words: 'ahead of', then: 'phrase', elapsed: -1, reason: '"three days ahead of the vote": time up to an event' },
  { words: 'prior to', then: 'phrase', reason: '"two weeks prior to the election": time up to an event' },
  { words: 'into', then: 'phrase', elapsed: 1, reason: '"ten days into the strike": time since its start' },
  { words: 'since', then: 'phrase', elapsed: 1, reason: '"a month since the flood": time since an event' },
  { words: 'following', then: 'phrase', elapsed: 1, reason: '"hours following the blast": time since an event' },
  { words: 'until', then: 'phrase', elapsed: -1, reason: '"two days until the vote": time up to an event' },
  { words: 'later', then: 'none', reason: '"two days later": time since an event told before' },
  { words: 'earlier', then: 'none', reason: '"three days earlier": time before an event told before' },
  { words: 'ago', then: 'none', reason: '"two weeks ago": time before the report' },
];

/**
 * Lengths counted back from the report with "ago": "three days ago" in a report of Wednesday is Sunday;
 * "two weeks ago" the week around the day fourteen days back. Months and years ago stay a figure dated
 * back to a time not known to the day (frame.ts).
 */
export const AGO_UNITS: { unit: string; days: number; spread: number; reason: string }[] = [
  { unit: 'day', days: 1, spread: 0, reason: '"three days ago": that day' },
  { unit: 'week', days: 7, spread: 3, reason: '"two weeks ago": about that day, give or take half a week' },
];

/**
 * Words that tell a period as over ("the end of a truce", "the truce lasted seven days") or what the whole of
 * it brought ("the truce, which saw 300 prisoners released"): a total over it no longer runs, so reports of it
 * on different days give one figure, and different figures contradict each other. A figure extraction read
 * as over the period needs either; one it did not ("The truce lasted seven days and saw the release of 110")
 * needs both, for "the war saw 15,000 killed" may be told of a war still going on.
 */
export const PERIOD_ENDED: { words: string; says: 'over' | 'brought'; reason: string }[] = [
  { words: 'saw', says: 'brought', reason: '"the truce, which saw the release of 105": what the whole period brought' },
  {
    words: 'allowed for',
    says: 'brought',
    reason: '"a truce that allowed for the release of 110": what the period brought',
  },
  { words: 'brought', says: 'brought', reason: '"the truce brought the release of": what the whole period brought' },
  { words: 'facilitated', says: 'brought', reason: '"a ceasefire that facilitated the release of 110"' },
  { words: 'lasted', says: 'over', reason: '"the truce lasted seven days and saw": a period told as over' },
  { words: 'ended', says: 'over', reason: 'the period has ended' },
  { words: 'collapsed', says: 'over', reason: 'the period has ended' },
  { words: 'expired', says: 'over', reason: 'the period has ended' },
  { words: 'broke down', says: 'over', reason: 'the period has ended' },
  {
    words: 'the end of',
    says: 'over',
    reason: '"marks the end of a brittle truce that allowed for": the period has ended',
  },
  { words: 'the conclusion of', says: 'over', reason: 'the period has ended' },
];

/**
 * Words that open a sentence to say its figures were given before the report's own ("Earlier, officials said
 * 40 had died"): an earlier count of a running total, not a second figure for the report's time. A day after
 * them ("Earlier on Friday,") is read as that day instead.
 */
export const EARLIER_OPENERS: { words: string; reason: string }[] = [
  { words: 'earlier', reason: '"Earlier, officials said 40 had died": before the report\'s own figures' },
  { words: 'earlier in the day', reason: "before the report's own figures, the same day" },
  { words: 'earlier today', reason: "before the report's own figures, the same day" },
  { words: 'previously', reason: 'an earlier figure' },
  { words: 'initially', reason: 'a first figure, since updated' },
  { words: 'at first', reason: 'a first figure, since updated' },
];

/**
 * Words that revise a figure downward ("revised the death toll down to 3,958 from 11,300"). A toll only rises
 * as the dead are counted, so a toll revised down was wrong before: a correction, read only where the
 * sentence names a toll or the dead. Other figures revised either way (a month's payrolls) are a later
 * estimate, a series.
 */
export const REVISED_DOWN: { words: string; reason: string; down?: true }[] = [
  { words: 'revised', reason: '"revised the toll down to 3,958 from 11,300"' },
  { words: 'lowered', reason: '"lowered the death toll to 3,958 from 11,300"', down: true },
  { words: 'cut', reason: '"cut the toll to 3,958 from 11,300"', down: true },
  { words: 'reduced', reason: '"reduced the toll to 3,958"', down: true },
  { words: 'revision', reason: '"confirmed a revision in the death toll from 103 to 84": the noun of the same act' },
  { words: 'revising', reason: '"had said 103 were killed before revising the figure to 84"' },
  { words: 'corrected', reason: '"the death toll was corrected to 84 from 103": set right, and lower' },
];

/**
 * Nouns for a tally between "from" and the figure it was ("revised down from an earlier estimate of 103"), or
 * standing for it after a revision verb ("later revised the figure to 84").
 */
export const REVISED_TALLY_NOUNS: { words: string; reason: string }[] = [
  { words: 'figure', reason: '"revised from an earlier figure of 103"' },
  { words: 'toll', reason: '"down from an earlier toll of 103"' },
  { words: 'death toll', reason: '"later revised the death toll to 84"' },
  { words: 'estimate', reason: '"lowered to 84 from an earlier estimate of 103"' },
  { words: 'count', reason: '"down from a previous count of 103"' },
  { words: 'tally', reason: '"down from an initial tally of 103"' },
];

/** Words that make the figure after "from" an earlier report's, not a count of another period. */
export const EARLIER_REPORT_WORDS: { words: string; reason: string }[] = [
  { words: 'earlier', reason: '"down from an earlier toll of 103"' },
  { words: 'previous', reason: '"down from a previous count of 103"' },
  { words: 'previously reported', reason: '"down from the previously reported 103"' },
  { words: 'initial', reason: '"revised from the initial 103"' },
  { words: 'initially reported', reason: '"down from the initially reported 103"' },
  { words: 'original', reason: '"down from the original figure of 103"' },
  { words: 'first', reason: '"down from the first toll of 103"' },
];

/** Hedges between "to" and the figure a toll was revised to ("revised down to about 84"). */
export const REVISED_TO_HEDGES: { words: string; reason: string }[] = [
  { words: 'just', reason: '"lowered to just 84": stress, the figure is stated' },
  { words: 'only', reason: '"cut to only 84"' },
  { words: 'about', reason: '"revised down to about 84": the revision is a rough figure' },
  { words: 'around', reason: '"revised to around 84"' },
  { words: 'at least', reason: '"revised down to at least 84": a floor is still the new toll' },
];

/** Words that name a toll of the dead, where a downward revision is a correction. */
export const TOLL_WORDS: { words: string; reason: string }[] = [
  { words: 'toll', reason: 'a count of the dead' },
  { words: 'dead', reason: 'a count of the dead' },
  { words: 'deaths', reason: 'a count of the dead' },
  { words: 'killed', reason: 'a count of the dead' },
  { words: 'died', reason: 'a count of the dead' },
];

/**
 * Units of "N years ago": a figure so told is of an earlier occasion than its report's ("five years ago, it
 * won 353 seats"), never a figure of the report's time. Days and weeks ago are dated to the day (AGO_UNITS).
 */
export const YEARS_AGO_UNITS: { unit: string; reason: string }[] = [
  { unit: 'year', reason: '"it won 303 seats five years ago": the vote before this one' },
  { unit: 'decade', reason: '"two decades ago, the club had 9,000 members": a time long before the report' },
];

/**
 * Words before an occasion that make it the one before the report's ("in the previous election", "at the prior
 * census"). "last" is listed with the occasions it reads so for: "at last count" is the latest tally.
 */
export const PREVIOUS_WORDS: { words: string; reason: string }[] = [
  { words: 'previous', reason: '"in the previous election": the one before the present one' },
  { words: 'preceding', reason: '"in the preceding season": the one before' },
  { words: 'prior', reason: '"at the prior census": the one before' },
];

/**
 * Occasions that recur (an election, a season, a census), read in the singular or the plural: a figure placed
 * "in the previous" one, or "the last" one where `last` says it is the one before, is of that earlier occasion, not of its report's time, so it is
 * never compared as simultaneous with the report's own figures (same-quantity.ts).
 */
export const OCCASIONS: { words: string; last: boolean; reason: string }[] = [
  { words: 'election', last: true, reason: '"won 303 seats in the previous election": the vote before this one' },
  { words: 'polls', last: true, reason: '"in the last polls": the vote before this one' },
  { words: 'vote', last: true, reason: '"at the last vote": the vote before this one' },
  { words: 'ballot', last: true, reason: '"in the previous ballot": an earlier round of voting' },
  {
    words: 'round',
    last: false,
    reason: '"in the previous round": an earlier round; "the last round" may be the final one',
  },
  { words: 'parliament', last: true, reason: '"in the last parliament": the one before this one' },
  { words: 'term', last: true, reason: '"during the previous term": the one before the present one' },
  { words: 'season', last: true, reason: '"in the previous season": a club\'s figures of the year before' },
  { words: 'campaign', last: true, reason: '"in the last campaign": a sports season or race before this one' },
  { words: 'census', last: true, reason: '"at the last census": the count before, years ago' },
  { words: 'games', last: true, reason: '"at the last Games": the Olympics before' },
  { words: 'olympics', last: true, reason: '"at the previous Olympics": the Games before' },
  { words: 'edition', last: true, reason: '"in the previous edition": a tournament or fair held before' },
  { words: 'tournament', last: true, reason: '"at the last tournament": the one before' },
  { words: 'count', last: false, reason: '"at the previous count" is an earlier tally; "at last count" the latest' },
  { words: 'tally', last: false, reason: '"the previous tally" is an earlier one; "the last tally" may be the latest' },
  {
    words: 'survey',
    last: false,
    reason: '"in the previous survey": an earlier one; "the last survey" may be the latest',
  },
];

/** Words that name the occasion before the report's without naming what it is ("won 12 seats last time"). */
export const LAST_TIME_WORDS: { words: string; reason: string }[] = [
  { words: 'last time', reason: '"the party won 12 seats last time": the occasion before this one' },
  { words: 'last time around', reason: 'the occasion before this one' },
  { words: 'last time round', reason: 'the occasion before this one' },
  { words: 'the time before', reason: '"it took 40 points the time before": the occasion before this one' },
];

/** Prepositions that place a figure at an occasion ("303 seats in the previous election"). */
export const AT_OCCASION: { words: string; reason: string }[] = [
  { words: 'in', reason: '"303 seats in the previous election"' },
  { words: 'at', reason: '"12 seats at the last election"' },
  { words: 'during', reason: '"9 goals during the previous season"' },
  { words: 'for', reason: '"40% for the previous term"' },
];

/**
 * Words before an earlier occasion or year that make it a base of comparison, not the figure's own time ("the
 * vote share at 38.1% was higher than in the last polls", "the most since the last census").
 */
export const OCCASION_COMPARED: { words: string; reason: string }[] = [
  { words: 'than', reason: '"higher than in the last polls": the base of a comparison' },
  { words: 'since', reason: '"the most since the last census": a span running to now' },
  { words: 'from', reason: '"up from the previous season": the base of a change' },
  { words: 'compared with', reason: 'the base of a comparison' },
  { words: 'compared to', reason: 'the base of a comparison' },
  { words: 'over', reason: '"a gain over the previous term": the base of a change' },
  { words: 'on', reason: '"down on last time": the base of a change' },
  { words: 'against', reason: 'the base of a comparison' },
  { words: 'as', reason: '"as in the previous election": a likeness, not the figure\'s time' },
];

/**
 * Words that make a span after them a record's ("its highest level since October 2021", "the biggest monthly drop
 * since 2020", "the deadliest since 1918", "its lowest rate in over a year", "the first strike in 16 years"): the
 * span says how long since the figure was matched, not what a total runs over nor how long the thing named lasted.
 * `record` is the record a span of it is the span since, by the way news words one record several ways: the most
 * of a thing ("the highest in 15 years" is "a 15-year high", "the worst attack in two decades" "the deadliest"),
 * the least of it ("its slowest pace in two years", "the lowest in two years"), or a first time.
 */
export const RECORD_WORDS: { word: string; record: 'most' | 'least' | 'first'; reason: string }[] = [
  ...['highest', 'biggest', 'largest', 'most', 'strongest'].map((word) => ({
    word,
    record: 'most' as const,
    reason: 'a level or a size not seen for that long',
  })),
  ...['lowest', 'smallest', 'fewest', 'least', 'weakest'].map((word) => ({
    word,
    record: 'least' as const,
    reason: 'a level or a size not seen for that long',
  })),
  ...['fastest', 'sharpest', 'steepest', 'longest'].map((word) => ({
    word,
    record: 'most' as const,
    reason: 'a pace or a length not seen for that long',
  })),
  ...['slowest', 'shortest'].map((word) => ({
    word,
    record: 'least' as const,
    reason: 'a pace or a length not seen for that long',
  })),
  ...['worst', 'deadliest', 'costliest', 'hottest', 'wettest'].map((word) => ({
    word,
    record: 'most' as const,
    reason: 'an event not matched for that long: the worst disaster is the deadliest or the costliest',
  })),
  ...['best', 'coldest', 'driest'].map((word) => ({
    word,
    record: 'least' as const,
    reason: 'an event not matched for that long, told by the least of a harm, of heat or of rain',
  })),
  {
    word: 'first',
    record: 'first',
    reason: '"its first strike in 16 years", "for the first time in a decade": the span since the last time',
  },
];

/**
 * Words right after a length of time that make it a record's span ("a 15-year high", "a two-year low"), with the
 * record it is the span since, as in `RECORD_WORDS`. Not "record" itself: "a 40-year record of service" is a length.
 */
export const RECORD_AFTER: { word: string; record: 'most' | 'least'; reason: string }[] = [
  { word: 'high', record: 'most', reason: '"a 15-year high": the highest level in 15 years' },
  { word: 'low', record: 'least', reason: '"a two-year low": the lowest level in two years' },
  { word: 'peak', record: 'most', reason: '"a 10-year peak": the highest level in ten years' },
  { word: 'trough', record: 'least', reason: '"a five-year trough": the lowest level in five years' },
];

/**
 * Words right after a length of time that say it passed with none of a thing ("nearly three years with no bank
 * failures", "12 months without a rate rise"): the span since the last one, as a first time ends it ("the first bank
 * to fail in more than two years"). Such a length stays a length too: "three days without power" is an outage's.
 */
export const NONE_AFTER: { words: string; reason: string }[] = [
  { words: 'with no', reason: '"three years with no bank failures": the span since the last failure' },
  { words: 'without', reason: '"12 months without a rate rise": the span since the last rise' },
];

/**
 * The auxiliaries of the perfect: a running total told in it ("450 people had died", "31 have been killed") is the
 * state reached by the day it is told of, a total as of that day, not that day's own deeds.
 */
export const PERFECT_AUXILIARIES: { words: string; reason: string }[] = [
  { words: 'have', reason: '"31 people have been killed": the total reached' },
  { words: 'has', reason: '"the number who has died": the total reached' },
  { words: 'had', reason: '"on Tuesday, officials said 450 had died": the total reached by then' },
  { words: "'ve", reason: '"they\'ve found 20 bodies", contracted' },
];

/** Adverbs that may stand between the auxiliary and its participle ("had so far died"), each with why. */
export const PERFECT_ADVERBS: { words: string; reason: string }[] = [
  { words: 'now', reason: '"have now died": the total at the time told' },
  { words: 'so far', reason: '"had so far been found": a total' },
  { words: 'already', reason: '"had already died": a total' },
  { words: 'reportedly', reason: '"have reportedly died": hearsay, the same total' },
];

/**
 * Words after a figure that move it from the day its sentence names by whole days ("Iranian authorities on Thursday
 * said the blasts killed 84 people the previous day": Wednesday), each with why.
 */
export const DAY_SHIFTS: { words: string; days: number; reason: string }[] = [
  { words: 'the previous day', days: -1, reason: '"said on Thursday that 84 were killed the previous day"' },
  { words: 'the day before', days: -1, reason: '"reported on Friday that 40 had died the day before"' },
  { words: 'a day earlier', days: -1, reason: '"put the toll on Monday at 52, after 40 a day earlier"' },
  { words: 'the following day', days: 1, reason: '"the storm hit on Sunday; 12 died the following day"' },
  { words: 'the next day', days: 1, reason: '"landed on Sunday and killed 12 the next day"' },
  { words: 'a day later', days: 1, reason: '"found on Monday, and 30 more a day later"' },
];

/**
 * Words of a label that opens a live report's entry with its time ("Friday 10pm update:", "Latest, Thursday
 * evening:", "UPDATE, Friday:"): what follows is the state of things at that time, so a running total in it stands
 * as of then, not as that day's count. Each with why.
 */
export const UPDATE_LABELS: { words: string; reason: string }[] = [
  { words: 'update', reason: '"Sunday update:", "Update, 9:30 a.m. Friday:": an entry giving the latest state' },
  { words: 'updated', reason: '"Updated Friday 10pm:": the time the entry was last brought up to date' },
  { words: 'latest', reason: '"Latest, Thursday evening:": the newest state of things at that time' },
];

/**
 * Nouns for a tally: after "the" or a day's possessive they name the count, not a happening, so the day beside them
 * is the count's ("the toll on Friday", "Monday's toll"), not an event's ("Monday's earthquake").
 */
export const DAY_TALLY_NOUNS: { words: string; reason: string }[] = [
  { words: 'toll', reason: '"the toll on Friday rose to 90", "Monday\'s toll of 480"' },
  { words: 'tally', reason: '"Tuesday\'s tally of 577"' },
  { words: 'count', reason: '"the count on Sunday stood at 41"' },
  { words: 'number', reason: '"the number on Monday was 12"' },
  { words: 'figure', reason: '"Thursday\'s figure of 1,081"' },
  { words: 'total', reason: '"the total on Wednesday reached 300"' },
  { words: 'deaths', reason: '"Sunday\'s deaths brought the toll to 95"' },
  { words: 'dead', reason: '"the dead on Friday numbered 137"' },
  { words: 'casualties', reason: '"Saturday\'s casualties included 40 children"' },
];

/**
 * Words opening another clause inside an event's clause: the day after them belongs to that clause's own verb ("the
 * siege began when gunmen stormed in on Monday"), not to the event named before them.
 */
export const CLAUSE_OPENERS: { words: string; reason: string }[] = [
  { words: 'when', reason: '"began when gunmen stormed in on Monday"' },
  { words: 'which', reason: '"struck the town, which was evacuated on Tuesday"' },
  { words: 'that', reason: '"hit the coast that was flooded on Sunday"' },
  { words: 'where', reason: '"struck the village where rescuers arrived on Friday"' },
  { words: 'while', reason: '"hit the city while officials met on Monday"' },
  { words: 'but', reason: '"struck the region but aid came on Thursday"' },
  { words: 'after', reason: '"struck the valley after rains on Sunday"' },
  { words: 'before', reason: '"hit the port before dawn on Tuesday"' },
];

/**
 * Words that set a day apart from the happening's noun after it: the day then dates something else ("on Monday after
 * the quake", "Tuesday's report on the blast"), where words describing the happening do not ("the Wednesday terrorist
 * blasts").
 */
export const DAY_LINK_WORDS: { words: string; reason: string }[] = [
  ...['after', 'before', 'since', 'following'].map((words) => ({
    words,
    reason: `"on Monday ${words} the quake": a time set against the happening, not its day`,
  })),
  ...['the', 'a', 'an'].map((words) => ({
    words,
    reason: `"Tuesday's report on ${words} blast": an article opens another noun phrase`,
  })),
  ...['in', 'at', 'on', 'of', 'from', 'by', 'to', 'for', 'with', 'as'].map((words) => ({
    words,
    reason: `"Friday's visit ${words} ... the flood": a preposition ties the day to another noun`,
  })),
  ...['and', 'or', 'when'].map((words) => ({
    words,
    reason: `"Monday ${words} ... the blast": a conjunction joins another clause or item`,
  })),
];

/**
 * Words after a figure that put what follows them still to come ("nine men arrested are due in court on Tuesday",
 * "the 40 rescued will be flown home on Friday"): a day named after them is the day of that, not the figure's.
 */
export const TO_COME_WORDS: { words: string; reason: string }[] = [
  { words: 'due in', reason: '"nine suspects held are due in court on Tuesday": the hearing is still to come' },
  { words: 'due to appear', reason: '"the 12 held are due to appear before a judge on Monday"' },
  { words: 'due to be', reason: '"the 30 freed are due to be flown home on Friday"; not "due to the heat", a cause' },
  { words: 'will', reason: '"the 40 rescued will be flown home on Friday": the flight is still to come' },
  { words: 'set to', reason: '"the 12 suspects are set to appear before a judge on Monday"' },
  { words: 'scheduled to', reason: '"the 300 workers laid off are scheduled to leave on Friday"' },
];

/** After a word of TO_COME_WORDS, words that make it a cause, not something to come: "due in part to the flooding". */
export const NOT_TO_COME_AFTER: { words: string; reason: string }[] = [
  { words: 'part', reason: '"12 died, due in part to flooding on Monday": the flooding is a cause, and past' },
  { words: 'large part', reason: '"due in large part to the storm on Monday": a cause' },
];
