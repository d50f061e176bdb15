import { parseRule, refusalOf } from '../../devcloud/realtime/rules';
import { loadCollectionsFile } from '../../devcloud/schema/collections-file';

/*
 * The local cloud admits a client query only in the shapes CloudBase documents. What each case follows:
 *
 * [A] CloudBase 安全规则 (https://cloud.tencent.com/document/product/876/41802): "doc: 文档数据或查询条件"; the
 *     operators table shows `in` only against a literal list: "auth.uid in ['zzz','aaa']: 用户的 uid 是
 *     ['zzz','aaa']中的一个".
 * [B] CloudBase 数据库安全规则 (https://docs.cloudbase.net/database/security-rules): "前端查询条件必须是安全规则的
 *     子集，否则访问被拒绝。当安全规则使用 doc.字段名时，查询条件必须包含对应字段。" Its templates: rule
 *     `doc._openid == auth.openid` with `where({ _openid: '{openid}' })`; rule
 *     `doc.published == true || doc.author == auth.openid` with `where({ published: true })` or
 *     `where({ author: '{openid}' })`; "查询条件中可使用字符串常量 {openid}".
 * [C] The CloudBase handbook's 安全规则 chapter (https://developers.weixin.qq.com/community/business/doc/
 *     000eaa8ba2c9482d16ca7dab456c0d): "where 查询条件为安全规则的子集"; a doc() read becomes
 *     `where({ _id: 'tcb20200501', _openid: '{openid}' })`; and, for a rule `auth.openid in doc.teacher`:
 *     "'{openid}' 不支持查询指令，需要后端获取".
 * [D] A community report (https://wxopen.club/topic/60962891091f5b1e310c1997): the rule
 *     `auth.openid in doc.teacher || doc._openid == auth.openid` did not work; replacing `in` by `==` and
 *     querying with '{openid}' did.
 */
const OPENID = 'o-caller';
const PARTICIPANTS = 'doc.residentOpenid == auth.openid || doc.mediatorOpenid == auth.openid';

describe('documented shapes are admitted', () => {
  it.each([
    ['[B] owner only', 'doc._openid == auth.openid', { _openid: '{openid}' }],
    ['[B] either order of ==', 'auth.openid == doc._openid', { _openid: '{openid}' }],
    [
      '[B] extra equalities keep a subset',
      'doc._openid == auth.openid',
      { _openid: '{openid}', category: 'mobile' },
    ],
    [
      '[C] doc read as where on _id',
      'doc._openid == auth.openid',
      { _id: 'tcb20200501', _openid: '{openid}' },
    ],
    ['[B] || branch by a literal', 'doc.published == true || doc.author == auth.openid', { published: true }],
    [
      '[B] || branch by the caller',
      'doc.published == true || doc.author == auth.openid',
      { author: '{openid}' },
    ],
    ["[A] doc is the query: the caller's own openid", 'doc._openid == auth.openid', { _openid: OPENID }],
    ['&& needs every atom', 'doc.a == auth.openid && doc.b == auth.openid', { a: '{openid}', b: '{openid}' }],
    ['[B] the public read rule', true, { anything: 'x' }],
    ['the chat watch, resident', PARTICIPANTS, { consultationId: 'c1', residentOpenid: '{openid}' }],
    ['the chat watch, mediator', PARTICIPANTS, { consultationId: 'c1', mediatorOpenid: '{openid}' }],
    ['the chat header watch', PARTICIPANTS, { _id: 'c1', residentOpenid: '{openid}' }],
    ['the inbox watch', PARTICIPANTS, { mediatorOpenid: '{openid}' }],
  ])('%s', (_what, rule, where) => {
    expect(refusalOf(rule, where, OPENID)).toBeNull();
  });
});

describe('shapes the documentation does not promise are refused', () => {
  it.each([
    [
      '[A][D] auth.openid in doc.array',
      'auth.openid in doc.visibleTo',
      { consultationId: 'c1', visibleTo: '{openid}' },
    ],
    [
      '[D] in doc.array beside ==',
      'auth.openid in doc.teacher || doc._openid == auth.openid',
      { _openid: '{openid}' },
    ],
    ["[C] '{openid}' in _.in", PARTICIPANTS, { residentOpenid: { $in: ['{openid}'] } }],
    ["[C] '{openid}' in _.elemMatch", true, { teacher: { $elemMatch: { $eq: '{openid}' } } }],
    ["[C] '{openid}' in _.eq", PARTICIPANTS, { residentOpenid: { $eq: '{openid}' } }],
    ['commands under a rule', PARTICIPANTS, { residentOpenid: '{openid}', createdAt: { $gt: 1 } }],
    [
      '_.or of branches',
      PARTICIPANTS,
      { $or: [{ residentOpenid: '{openid}' }, { mediatorOpenid: '{openid}' }] },
    ],
    ['_.and', PARTICIPANTS, { $and: [{ residentOpenid: '{openid}' }] }],
    ['[B] a field the rule names is missing', PARTICIPANTS, { consultationId: 'c1' }],
    ['[B] someone else', PARTICIPANTS, { residentOpenid: 'o-someone-else' }],
    ['&& with one atom pinned', 'doc.a == auth.openid && doc.b == auth.openid', { a: '{openid}' }],
    [
      'a literal that does not match',
      'doc.published == true || doc.author == auth.openid',
      { published: false },
    ],
    ['comparison rules', 'doc.age > 10', { age: 20 }],
    ['parentheses', '(doc._openid == auth.openid)', { _openid: '{openid}' }],
    ['get()', "auth.openid == get('database.groups.g1').owner", { g: 'a' }],
    ['dot paths', 'doc.owner.id == auth.openid', { 'owner.id': '{openid}' }],
    ['the rule false', false, { residentOpenid: '{openid}' }],
  ])('%s', (_what, rule, where) => {
    expect(refusalOf(rule, where as Record<string, unknown>, OPENID)).not.toBeNull();
  });

  it('refuses a caller without an openid under a rule that names auth.openid', () => {
    expect(refusalOf(PARTICIPANTS, { residentOpenid: '{openid}' }, undefined)).not.toBeNull();
  });
});

describe('database/collections.json', () => {
  it('has only read rules the strict check understands, and no client-readable private collection', () => {
    const { collections } = loadCollectionsFile(`${__dirname}/../..`);
    const readable = Object.entries(collections).filter(([, c]) => c.rules.read !== false);
    expect(readable.map(([name]) => name).sort()).toEqual(['consultation_feed', 'message_feed']);
    for (const [, c] of readable)
      expect(typeof c.rules.read === 'string' && parseRule(c.rules.read)).toBeTruthy();
  });
});
