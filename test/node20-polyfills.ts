// vitest 5 declares Node 22; this machine runs Node 20, which lacks Map.groupBy (used by vitest's
// reporter when it prints a failure). Loaded by the vitest configs, in the main process.
const M = Map as unknown as { groupBy?: unknown };
if (typeof M.groupBy !== 'function') {
  M.groupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> => {
    const out = new Map<K, V[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
}
const O = Object as unknown as { groupBy?: unknown };
if (typeof O.groupBy !== 'function') {
  O.groupBy = <V>(items: Iterable<V>, key: (item: V, index: number) => PropertyKey): Record<PropertyKey, V[]> => {
    const out: Record<PropertyKey, V[]> = Object.create(null);
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      (out[k] ??= []).push(item);
    }
    return out;
  };
}
export {};
