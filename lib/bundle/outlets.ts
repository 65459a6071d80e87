/** News sites by domain; a subdomain (www., edition.) resolves to its parent. */
const OUTLET_BY_DOMAIN: Record<string, string> = {
  'cnn.com': 'CNN',
  'upi.com': 'UPI',
  'voanews.com': 'VOA',
  'reuters.com': 'Reuters',
  'apnews.com': 'AP',
  'afp.com': 'AFP',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'aljazeera.com': 'Al Jazeera',
  'nytimes.com': 'The New York Times',
  'theguardian.com': 'The Guardian',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'npr.org': 'NPR',
  'cbsnews.com': 'CBS News',
  'nbcnews.com': 'NBC News',
  'abcnews.go.com': 'ABC News',
  'foxnews.com': 'Fox News',
  'bloomberg.com': 'Bloomberg',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'politico.com': 'Politico',
  'axios.com': 'Axios',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'timesofisrael.com': 'The Times of Israel',
  'haaretz.com': 'Haaretz',
  'dw.com': 'DW',
  'france24.com': 'France 24',
  'euronews.com': 'Euronews',
  'skynews.com': 'Sky News',
  'news.sky.com': 'Sky News',
  'independent.co.uk': 'The Independent',
  'telegraph.co.uk': 'The Telegraph',
};

const KNOWN_NAMES = new Map(Object.values(OUTLET_BY_DOMAIN).map((name) => [name.toLowerCase(), name]));

/** The outlet publishing at this host name, e.g. "edition.cnn.com" -> "CNN"; null when unknown. */
export function outletOfHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = OUTLET_BY_DOMAIN[labels.slice(i).join('.')];
    if (name) return name;
  }
  return null;
}

/** The canonical spelling of a known outlet name ("reuters" -> "Reuters"); null when unknown. */
export function knownOutletName(name: string): string | null {
  return KNOWN_NAMES.get(name.trim().toLowerCase()) ?? null;
}

/** The outlet of an article's URL: a known outlet, else the bare host name; null for no URL. */
export function outletOfUrl(url: string | null): string | null {
  if (url === null) return null;
  const host = new URL(url).hostname;
  return outletOfHost(host) ?? host.replace(/^www\./, '');
}
