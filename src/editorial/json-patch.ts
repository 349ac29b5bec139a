/**
 * An RFC 6902 JSON Patch from one JSON document to another (add, remove, replace only), and a
 * readable summary of it. Objects are compared key by key; arrays index by index, extra items
 * added or removed at the end. Applying the patch to `from` gives `to`.
 */
export type PatchOp = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function jsonPatch(from: unknown, to: unknown, path = ''): PatchOp[] {
  if (Array.isArray(from) && Array.isArray(to)) {
    const ops: PatchOp[] = [];
    const shared = Math.min(from.length, to.length);
    for (let i = 0; i < shared; i++) ops.push(...jsonPatch(from[i], to[i], pointer(path, i)));
    for (let i = shared; i < to.length; i++) ops.push({ op: 'add', path: pointer(path, i), value: to[i] });
    // remove from the end first, so each index is still valid when its op applies
    for (let i = from.length - 1; i >= shared; i--) ops.push({ op: 'remove', path: pointer(path, i) });
    return ops;
  }
  if (isObject(from) && isObject(to)) {
    const ops: PatchOp[] = [];
    for (const key of Object.keys(from)) if (!(key in to)) ops.push({ op: 'remove', path: pointer(path, key) });
    for (const [key, value] of Object.entries(to)) {
      if (!(key in from)) ops.push({ op: 'add', path: pointer(path, key), value });
      else ops.push(...jsonPatch(from[key], value, pointer(path, key)));
    }
    return ops;
  }
  return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ op: 'replace', path: path || '', value: to }];
}

/** "salary: 2 changes; roadmap: 1 change": the top-level fields a patch touches, for reviewers. */
export function patchSummary(ops: readonly PatchOp[]): string {
  if (ops.length === 0) return 'no changes';
  const counts = new Map<string, number>();
  for (const op of ops) {
    const field = op.path.split('/')[1] ?? '(whole document)';
    counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return [...counts].map(([field, n]) => `${field}: ${n} change${n === 1 ? '' : 's'}`).join('; ');
}

/** Applies a patch made by jsonPatch (tests and restore checks). */
export function applyPatch<T>(doc: T, ops: readonly PatchOp[]): T {
  let root: unknown = structuredClone(doc);
  for (const op of ops) {
    const keys = op.path
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (keys.length === 0) {
      root = op.op === 'remove' ? undefined : structuredClone(op.value);
      continue;
    }
    let parent = root as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    const last = keys[keys.length - 1]!;
    if (Array.isArray(parent)) {
      const index = Number(last);
      if (op.op === 'remove') parent.splice(index, 1);
      else if (op.op === 'add') parent.splice(index, 0, structuredClone(op.value));
      else parent[index] = structuredClone(op.value);
    } else if (op.op === 'remove') delete parent[last];
    else parent[last] = structuredClone(op.value);
  }
  return root as T;
}
