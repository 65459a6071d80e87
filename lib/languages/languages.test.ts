import { describe, expect, it } from 'vitest';
import { dateSpans } from './dates';
import { detectLanguage } from './detect';
import { claimsReadIn, primaryLanguage } from './readable-claims';

const spansOf = (text: string, language: string) => dateSpans(text, language).map(([s, e]) => text.slice(s, e));

describe('dates and times in other languages', () => {
  it.each([
    ['fr', 'lors d’un vote solennel, mardi 5 mai, et il y a 3 minutes', ['mardi 5 mai', 'il y a 3 minutes']],
    ['fr', 'le 1er juin à 14h30', ['1er juin', '14h30']],
    ['es', '6 de enero: un año después, hace 3 horas', ['6 de enero', 'hace 3 horas']],
    ['pt', 'em 5 de maio, há 2 dias', ['5 de maio', 'há 2 dias']],
    ['de', 'am 5. Mai 2015 um 14.30 Uhr, vor 3 Minuten', ['5. Mai 2015', '14.30 Uhr', 'vor 3 Minuten']],
    ['it', 'martedì 5 maggio, 3 minuti fa', ['martedì 5 maggio', '3 minuti fa']],
    ['cs', 'aktualizováno před 3 minutami, 1. 11. ve 14.30 hod', ['před 3 minutami', '1. 11', '14.30 hod']],
    ['zh', '3月5日 10时', ['3月', '5日', '10时']],
  ])('%s: finds the dates and times of "%s"', (language, text, expected) => {
    expect(spansOf(text, language).map((s) => s.replace(/[.,\s]+$/, ''))).toEqual(expected);
  });

  it('leaves figures alone', () => {
    expect(spansOf('266 bytů, 20 000 metrů čtverečních, 54 až 65 metrů', 'cs')).toEqual([]);
    expect(spansOf('68.700 millones de dólares y 6000 barriles', 'es')).toEqual([]);
  });
});

describe('the language of a text', () => {
  it.each([
    [
      'en',
      'The government said that more than 200 people were evacuated from the town, and that the roads have been closed by the police.',
    ],
    [
      'fr',
      'Le gouvernement a indiqué que plus de 200 personnes ont été évacuées de la ville et que les routes sont fermées par la police depuis mardi.',
    ],
    [
      'es',
      'El gobierno dijo que más de 200 personas fueron evacuadas de la ciudad y que las carreteras están cerradas por la policía para los vecinos.',
    ],
    [
      'pt',
      'O governo disse que mais de 200 pessoas foram retiradas da cidade e que as estradas estão fechadas pela polícia para os moradores.',
    ],
    [
      'de',
      'Die Regierung sagte, dass mehr als 200 Menschen aus der Stadt evakuiert wurden und die Straßen von der Polizei gesperrt sind, auch für die Anwohner.',
    ],
    [
      'it',
      'Il governo ha detto che più di 200 persone sono state evacuate dalla città e che le strade sono chiuse dalla polizia per gli abitanti del centro.',
    ],
    [
      'cs',
      'Vláda uvedla, že z města bylo evakuováno více než 200 lidí a že silnice jsou podle policie uzavřené, také pro obyvatele, kteří se vrátili do domovů.',
    ],
    ['zh', '宇航员在太空中喝酒会怎么样？后果很严重'],
    ['ja', 'トレンドマイクロ、公衆無線LANを安全に使うためのアプリ'],
  ])('%s', (language, text) => expect(detectLanguage(text)).toBe(language));

  it('gives no answer on too little text', () => expect(detectLanguage('Breaking: 3 dead')).toBeNull());

  it('reads language tags', () => {
    expect(primaryLanguage('pt-BR')).toBe('pt');
    expect(primaryLanguage(' EN_us ')).toBe('en');
    expect(primaryLanguage('*')).toBeNull();
  });
});

describe('the claims kept in another language', () => {
  const text = 'Mardi 5 mai, 438 voix contre 86 et six magistrats.';
  const claim = (figure: string) => ({
    start: text.indexOf(figure),
    end: text.indexOf(figure) + figure.length,
    text: figure,
  });
  const claims = [claim('5'), claim('438'), claim('86'), claim('six')];

  it('keeps every claim in English', () => expect(claimsReadIn(claims, text, 'en')).toEqual(claims));
  it('keeps figures in digits outside dates elsewhere', () =>
    expect(claimsReadIn(claims, text, 'fr').map((c) => c.text)).toEqual(['438', '86']));
});
