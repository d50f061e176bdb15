import ts from 'typescript';

/** A call that opens WeChat's subscribe dialog, directly or through functions that do. */
export interface DialogCall {
  /** file:line of the call. */
  at: string;
  /** The callee as written, e.g. `askNotices` or `Taro.requestSubscribeMessage`. */
  callee: string;
  /** Why WeChat would refuse the dialog from here; undefined when the call runs in the tap's own tick. */
  problem?: string;
}

/** Calls that run their callback later, never in the tap's tick. */
const DEFERRING = new Set([
  'then',
  'catch',
  'finally',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'nextTick',
  'queueMicrotask',
  'useEffect',
  'useLayoutEffect',
  'useDidShow',
  'useDidHide',
  'useLoad',
  'useReady',
  'useLaunch',
]);

type FunctionNode = ts.SignatureDeclaration;

function enclosingFunction(node: ts.Node): FunctionNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n as FunctionNode;
  return undefined;
}

/** Awaits and yields of `fn` itself (not of functions nested in it). */
function suspensionsOf(fn: FunctionNode): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (n: ts.Node) => {
    if (n !== fn && ts.isFunctionLike(n)) return;
    if (ts.isAwaitExpression(n) || ts.isYieldExpression(n)) found.push(n);
    if (ts.isForOfStatement(n) && n.awaitModifier) found.push(n.awaitModifier);
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return found;
}

function isLoop(n: ts.Node): boolean {
  return ts.isIterationStatement(n, false);
}

function calleeName(call: ts.CallExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** Why a dialog call inside `fn` would not run in the tap's tick, or undefined when it does. */
function problemOf(call: ts.CallExpression, fn: FunctionNode | undefined): string | undefined {
  if (!fn) return 'runs when the module loads, not in a tap';
  const start = call.getStart();
  const suspensions = suspensionsOf(fn);
  const before = suspensions.find((s) => s.end <= start);
  if (before) return `follows \`${before.getText().slice(0, 60)}\` in the same function`;
  for (let n: ts.Node = call.parent; n && n !== fn; n = n.parent) {
    if (isLoop(n) && suspensions.some((s) => s.pos >= n.pos && s.end <= n.end))
      return 'is in a loop that awaits, so later rounds follow an await';
  }
  const parent = fn.parent;
  if (parent && ts.isCallExpression(parent) && parent.arguments.includes(fn as ts.Expression)) {
    const name = calleeName(parent);
    if (name && DEFERRING.has(name)) return `is in a callback of ${name}(), which runs after the tap`;
  }
  return undefined;
}

/**
 * Finds every call that opens the subscribe dialog (`isDialog` says which declarations do so directly, e.g.
 * Taro's `requestSubscribeMessage`) and every call of a function that opens it, transitively, using the type
 * checker to resolve what each call invokes. A call is fine only when nothing suspended its function before
 * it: WeChat opens the dialog only in the tap's own tick. Functions handed to other code through a declared
 * type (props such as `onConfirm`) are not followed; the handler that calls them is checked instead.
 */
export function findDialogCalls(
  program: ts.Program,
  isDialog: (decl: ts.Declaration) => boolean,
): DialogCall[] {
  const checker = program.getTypeChecker();
  const calls: { call: ts.CallExpression; decl: ts.Declaration | undefined; fn: FunctionNode | undefined }[] =
    [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes('/node_modules/')) continue;
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n))
        calls.push({ call: n, decl: checker.getResolvedSignature(n)?.declaration, fn: enclosingFunction(n) });
      ts.forEachChild(n, visit);
    };
    visit(file);
  }
  const opening = new Set<ts.Node>();
  const opens = (decl: ts.Declaration | undefined) => !!decl && (opening.has(decl) || isDialog(decl));
  for (let changed = true; changed; ) {
    changed = false;
    for (const { decl, fn } of calls) {
      if (fn && opens(decl) && !opening.has(fn)) {
        opening.add(fn);
        changed = true;
      }
    }
  }
  return calls
    .filter(({ decl }) => opens(decl))
    .map(({ call, fn }) => {
      const file = call.getSourceFile();
      const line = file.getLineAndCharacterOfPosition(call.getStart()).line + 1;
      return {
        at: `${file.fileName}:${line}`,
        callee: call.expression.getText(),
        problem: problemOf(call, fn),
      };
    });
}

/** WeChat's dialog itself: the `requestSubscribeMessage` of Taro's (or any) API typings. */
export function isRequestSubscribeMessage(decl: ts.Declaration): boolean {
  const name = (decl as { name?: ts.Node }).name;
  return !!name && ts.isIdentifier(name) && name.text === 'requestSubscribeMessage';
}

/** A program over the app's sources with the project's compiler options (paths included). */
export function appProgram(rootDir: string, rootNames: string[]): ts.Program {
  const configPath = ts.findConfigFile(rootDir, ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) throw new Error('no tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('cannot read tsconfig.json');
  return ts.createProgram({ rootNames, options: config.options });
}
