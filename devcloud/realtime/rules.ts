/**
 * CloudBase read rules, the subset the app uses: `true`, `false`, and clauses of `doc.F == auth.openid` or
 * `auth.openid in doc.F`, joined by `&&` (binds tighter) and `||`. A watch is admitted only when its query
 * implies the rule (WeChat: "the query must be a subset of the rule"): some `||` branch has every atom pinned
 * by an equality on the caller's openid in the query. Anything unparsable refuses, never admits.
 */
export type Rule = boolean | string;

type Atom = { field: string; kind: 'eq' | 'in' };

const EQ = /^doc\.([A-Za-z_][\w.]*)\s*==\s*auth\.openid$|^auth\.openid\s*==\s*doc\.([A-Za-z_][\w.]*)$/;
const IN = /^auth\.openid\s+in\s+doc\.([A-Za-z_][\w.]*)$/;

function parse(rule: string): Atom[][] | null {
  const branches: Atom[][] = [];
  for (const branch of rule.split('||')) {
    const atoms: Atom[] = [];
    for (const raw of branch.split('&&')) {
      const text = raw
        .trim()
        .replace(/^\((.*)\)$/, '$1')
        .trim();
      const eq = EQ.exec(text);
      const inn = IN.exec(text);
      if (eq) atoms.push({ field: (eq[1] ?? eq[2]) as string, kind: 'eq' });
      else if (inn) atoms.push({ field: inn[1] as string, kind: 'in' });
      else return null;
    }
    branches.push(atoms);
  }
  return branches;
}

/** The equalities a query pins: top-level fields and those inside a top-level `$and`. */
function pinned(where: Record<string, unknown>, out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(where)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isObject(part)) pinned(part, out);
    } else if (!key.startsWith('$')) {
      out.set(key, isObject(value) && '$eq' in value ? value.$eq : value);
    }
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether a caller with `openid` may watch `where` on a collection whose read rule is `rule`. */
export function queryImpliesRule(
  rule: Rule,
  where: Record<string, unknown>,
  openid: string | undefined,
): boolean {
  if (rule === true) return true;
  if (rule === false || !openid) return false;
  const branches = parse(rule);
  if (!branches) return false;
  const fields = pinned(where);
  // For `in`, a scalar equality on an array field matches documents whose array holds the value: same pin.
  return branches.some((atoms) => atoms.every((a) => fields.get(a.field) === openid));
}
