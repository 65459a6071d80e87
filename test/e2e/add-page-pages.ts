/**
 * News pages for the tests of adding a page's article (add-page*.e2e.test.ts), in Chromium and Firefox. The
 * stories are made up so that no seed article speaks of them; each article has enough prose to be one
 * (Readability's reader-view test), and two outlets on one story give different figures.
 */

const page = (head: string, paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<article><h1>Headline</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer><p>© The publisher</p></footer></body></html>`;

export const GAZETTE_TITLE = 'Riverton hires 160 nurses for its hospital';

const GAZETTE = page(
  `<title>Riverton hires nurses | Riverton Gazette</title>
<meta property="og:title" content="${GAZETTE_TITLE}">
<meta property="og:site_name" content="Riverton Gazette">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-03-05T09:30:00+01:00","publisher":{"@type":"Organization","name":"Gazette Media"}}</script>`,
  [
    'Officials in Riverton said 160 nurses had been hired since the start of the year.',
    'The city is trying to reopen the wards it closed during the winter and to shorten the waiting lists at its only public hospital, where patients wait for months for a bed, according to the hospital board.',
    'The hospital board, which met in Riverton on Monday evening, said the new nurses would be spread across the emergency department, the maternity ward and the two surgical wards, where shortages had been the worst.',
    'Nurses in Riverton had warned for months that the hospital could not keep its wards open without more staff, and their union welcomed the hiring while saying that pay would decide whether the new nurses stay.',
    'The city expects the hospital to reopen its last closed ward in the spring, once the nurses hired this year have finished their training, officials in Riverton said, adding that more hiring would follow in the summer.',
  ],
);

const TRIBUNE = page(
  `<title>Riverton's hospital staffs up</title><meta property="og:site_name" content="Valley Tribune">`,
  [
    'Officials in Riverton said 140 nurses had been hired since the start of the year.',
    'The union of nurses in Riverton questioned the count as the hospital prepared to reopen two of its closed wards, saying that many of the new nurses had only signed short contracts with the hospital.',
    'The hospital in Riverton has struggled to keep its wards open since the winter, and patients have waited for weeks for operations that used to be scheduled within days, the union said.',
  ],
);

const NOT_AN_ARTICLE = page('<title>Contact us</title>', ['Write to us.']);

const MONDAY = page('<title>Lakeside schools</title><meta property="og:site_name" content="Lakeside Monday News">', [
  'Officials in Lakeside said 42 teachers had been hired since the start of the year.',
  'The schools of Lakeside had struggled to open their classes in the autumn, and parents in Lakeside had written to the council for months to ask for more teachers in the primary schools of the town, where some classes had been taught by a different supply teacher every week since September.',
  'The council of Lakeside said that the new teachers would start in the primary schools first, and that the secondary schools would have to wait for the next round of hiring in the summer, officials said, once the budget for the next school year had been approved by the council of Lakeside in June.',
]);

const TUESDAY = page('<title>Lakeside teachers</title><meta property="og:site_name" content="Lakeside Tuesday News">', [
  'Officials in Lakeside said 57 teachers had been hired since the start of the year.',
  'Head teachers in Lakeside welcomed the hiring but warned that several classes still had no permanent teacher, and the union in Lakeside asked the council to publish how many posts were still open in each of the schools, so that parents could see where the shortages were the worst.',
  'The new teachers in Lakeside were trained over the winter, and most of them come from the teaching college of the region, which doubled the number of its places two years ago to meet the demand, and which expects its first larger class of new teachers to finish their training next year.',
]);

export const ROUTES = {
  '/local/riverton-nurses': () => GAZETTE,
  '/valley/riverton-hospital': () => TRIBUNE,
  '/contact': () => NOT_AN_ARTICLE,
  '/lakeside/monday': () => MONDAY,
  '/lakeside/tuesday': () => TUESDAY,
};
