/**
 * The version of what extraction stores: raise it whenever claims, keys or figure keys would come out
 * differently for the same text. Stored bundles analysed by another version are analysed again from
 * their stored text when the extension starts (lib/corpus/reanalyse.ts), so an update never leaves the
 * corpus with claims the new comparison cannot find.
 */
export const ENGINE_VERSION = 134;
