import { inferMetadata } from './infer';

/** Raise this whenever the seed articles change, so installed extensions replace their seed corpus. */
export const SEED_BUNDLE_VERSION = 1;

export interface SeedFile {
  name: string;
  text: string;
}

/**
 * The seed bundle (public/seed-bundle.json) built from the seed article files: metadata inferred once
 * here and stored explicitly, so the bundle shows what the corpus will hold; the origin is the file name.
 */
export function buildSeedBundle(files: SeedFile[]) {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    version: SEED_BUNDLE_VERSION,
    articles: sorted.map(({ name, text }) => {
      const { title, outlet, published, text: stored } = inferMetadata(text, name);
      return { title, outlet, published, text: stored, origin: name };
    }),
  };
}

export const serializeBundle = (bundle: unknown) => JSON.stringify(bundle, null, 2) + '\n';
