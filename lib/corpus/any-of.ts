import type { IndexableType, Table } from 'dexie';

/**
 * What `table.where(index).anyOf(keys)` finds, asked as one request per key. Dexie's anyOf walks a single
 * cursor that jumps between the keys; measured on fake-indexeddb with 10,000 articles, 30 claim keys
 * took 20 s that way and 5 ms this way. Checking a page asks for tens of keys, so the number of
 * requests stays small.
 */
export async function rowsWithAnyOf<T, K extends IndexableType>(
  table: Table<T, K>,
  index: string,
  keys: IndexableType[],
): Promise<T[]> {
  const lists = await Promise.all([...new Set(keys)].map((k) => table.where(index).equals(k).toArray()));
  return lists.flat();
}
