import { inferMetadata } from './infer';

/** Raise this whenever the seed articles change, so installed extensions replace their seed corpus. */
export const SEED_BUNDLE_VERSION = 2;

export interface SeedFile {
  name: string;
  text: string;
}

/** What is known of a seed article's source (test/fixtures/seeds/sources.json): stated, never guessed. */
export interface SeedSource {
  outlet: string;
  title: string;
  published: string;
  url?: string;
}

/**
 * The seed bundle (public/seed-bundle.json) built from the seed article files and their stated sources, so
 * the bundle shows what the corpus will hold and a card names the outlet, never a file. A seed without a
 * stated source is an error: the file name would otherwise stand in for its outlet. The origin is the file
 * name, which the seed gold annotation refers to.
 */
export function buildSeedBundle(files: SeedFile[], sources: Record<string, SeedSource>) {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    version: SEED_BUNDLE_VERSION,
    articles: sorted.map(({ name, text }) => {
      const source = sources[name];
      if (!source) throw new Error(`${name} has no entry in the seeds' sources`);
      const { text: stored } = inferMetadata(text, name);
      const { outlet, title, published, url } = source;
      return { title, outlet, published, ...(url && { url }), text: stored, origin: name };
    }),
  };
}

export const serializeBundle = (bundle: unknown) => JSON.stringify(bundle, null, 2) + '\n';
