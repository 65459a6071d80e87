/**
 * The most frequent function words of each language the detector tells apart: articles, prepositions,
 * conjunctions and pronouns, which make up a large share of any running text and which the languages
 * share little of. Words two of these languages share ("de", "la", "a", "e", "en", "die"...) are kept
 * only where they are frequent in one and rare in the others, and the detector asks for a clear lead.
 */
export const STOP_WORDS: Record<string, { words: string; reason: string }> = {
  en: {
    words:
      'the of and to in is that for it with as was on are be by this have from or an at which but not were been has their',
    reason: 'English articles, prepositions, auxiliaries and pronouns',
  },
  fr: {
    words:
      'le les des du et est une dans pour qui que sur au aux pas ce il elle sont avec par plus ont mais cette été leur nous',
    reason: 'French articles, prepositions, auxiliaries and pronouns',
  },
  es: {
    words: 'el los las del y que en un una por con para es se al lo como más pero sus fue ha está este sobre también',
    reason: 'Spanish articles, prepositions, auxiliaries and pronouns',
  },
  pt: {
    words: 'o os as do da dos das e que em um uma para com não no na nos se por mais foi ao pelo pela é são também',
    reason: 'Portuguese articles, contractions (do, da, no, na, pelo), prepositions and auxiliaries',
  },
  de: {
    words:
      'der die das und ist nicht ein eine den dem des mit sich auf für von im zu auch es sind wird bei aus nach wie',
    reason: 'German articles, prepositions, auxiliaries and pronouns',
  },
  it: {
    words:
      'il di che e la è per un una non con del della dei le gli sono al nel alla anche più ha ma come questo essere',
    reason: 'Italian articles, contractions (del, della, nel, alla), prepositions and auxiliaries',
  },
  cs: {
    words: 'a je se na v ve že to s z do o k by jako pro ale jsou by být už také jeho jak který která které podle',
    reason: 'Czech conjunctions, prepositions, the reflexive "se" and relative pronouns',
  },
};
