/**
 * CloudBase read rules, checked as strictly as CloudBase documents them: a client query is admitted only in
 * the shapes the documentation promises to work, and everything else is refused, so a query that passes here
 * does not fail in WeChat. What the documentation promises (tests/devcloud/rules.test.ts quotes it):
 *
 * - A rule is `true`, `false`, or an expression whose `doc.F` stands for the query's condition on F; the query
 *   must be a subset of the rule, so it must contain the fields the rule names.
 * - The documented comparisons are `doc.F == auth.openid` (either order) and `doc.F == <literal>`, joined by
 *   `&&` and `||`. `in` is documented only against a literal list (`auth.openid in ['a','b']`), which has no
 *   query to match; `auth.openid in doc.array` is not promised (reported refused where `==` worked).
 * - `'{openid}'` stands for the caller only as a plain equality value (`where({ F: '{openid}' })`); it does not
 *   work inside query commands (`_.in`, `_.elemMatch`, `_.eq`).
 *
 * So, under a rule that names fields: a query of plain equalities only (no commands, no `$and`/`$or`), in
 * which some `||` branch has every atom pinned: `doc.F == auth.openid` by `F: '{openid}'` (or the caller's own
 * openid), `doc.F == v` by `F: v`. A rule this parser does not understand refuses, never admits.
 */
export type Rule = boolean | string;

type Atom = { field: string; expects: { openid: true } | { literal: string | number | boolean } };

const FIELD = '[A-Za-z_][A-Za-z0-9_]*';
const OPENID_EQ = new RegExp(
  `^doc\\.(${FIELD})\\s*==\\s*auth\\.openid$|^auth\\.openid\\s*==\\s*doc\\.(${FIELD})$`,
);
const LITERAL_EQ = new RegExp(`^doc\\.(${FIELD})\\s*==\\s*('[^']*'|"[^"]*"|-?\\d+(?:\\.\\d+)?|true|false)$`);

/** The placeholder the client database replaces with the caller's openid. */
export const OPENID_PLACEHOLDER = '{openid}';

function literalOf(text: string): string | number | boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text.startsWith("'") || text.startsWith('"')) return text.slice(1, -1);
  return Number(text);
}

/** A rule as `||` branches of `&&` atoms, or null when it uses anything outside the documented subset. */
export function parseRule(rule: string): Atom[][] | null {
  const branches: Atom[][] = [];
  for (const branch of rule.split('||')) {
    const atoms: Atom[] = [];
    for (const raw of branch.split('&&')) {
      const text = raw.trim();
      const byOpenid = OPENID_EQ.exec(text);
      const byLiteral = LITERAL_EQ.exec(text);
      if (byOpenid) atoms.push({ field: (byOpenid[1] ?? byOpenid[2]) as string, expects: { openid: true } });
      else if (byLiteral)
        atoms.push({
          field: byLiteral[1] as string,
          expects: { literal: literalOf(byLiteral[2] as string) },
        });
      else return null;
    }
    branches.push(atoms);
  }
  return branches;
}

type Scalar = string | number | boolean;

function isScalar(v: unknown): v is Scalar {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** Whether `'{openid}'` appears anywhere below a query command, where CloudBase would not replace it. */
function placeholderInCommand(value: unknown, inCommand: boolean): boolean {
  if (value === OPENID_PLACEHOLDER) return inCommand;
  if (Array.isArray(value)) return value.some((v) => placeholderInCommand(v, true));
  if (typeof value === 'object' && value !== null)
    return Object.values(value).some((v) => placeholderInCommand(v, true));
  return false;
}

/** Why a watch on `where` by `openid` under `rule` is refused, or null when it is admitted. */
export function refusalOf(
  rule: Rule,
  where: Record<string, unknown>,
  openid: string | undefined,
): string | null {
  if (Object.values(where).some((v) => placeholderInCommand(v, false)))
    return "'{openid}' works only as a plain equality value, not inside a query command";
  if (rule === true) return null;
  if (rule === false) return 'the collection cannot be read from the client';
  if (!openid) return 'sign in first';
  const branches = parseRule(rule);
  if (!branches) return `the read rule "${rule}" is outside the documented subset`;
  const entries = Object.entries(where);
  if (entries.some(([k, v]) => k.startsWith('$') || !isScalar(v)))
    return 'under a read rule the query must be plain equalities (no commands, no _.and / _.or)';
  const query = new Map(entries as Array<[string, Scalar]>);
  const pinned = (a: Atom) => {
    const v = query.get(a.field);
    return 'openid' in a.expects ? v === OPENID_PLACEHOLDER || v === openid : v === a.expects.literal;
  };
  if (branches.some((atoms) => atoms.every(pinned))) return null;
  return `the query is not a subset of the read rule "${rule}"`;
}
