/**
 * Every way an action can fail, with the Chinese message a user sees when the handler gives none better.
 * The client branches on `code`; `message` is fit to show as it is; `fields` maps a form field to its
 * problem so a page can put the message under the field.
 */
export const errorMessages = {
  BAD_REQUEST: '填写的内容有误，请检查后再试',
  UNKNOWN_ACTION: '不支持的操作，请更新小程序后再试',
  UNAUTHENTICATED: '请先登录',
  NOT_REGISTERED: '请先进入首页完成登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '要找的内容不存在或已被删除',
  CONFLICT: '内容已被他人修改，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  CONTENT_RISKY: '内容含有不当信息，请修改后再提交',
  CONTENT_REVIEW: '内容需要人工审核，审核通过后对方才能看到',
  INTERNAL: '系统繁忙，请稍后再试',
} as const;

export type ErrorCode = keyof typeof errorMessages;

/** The error body of every failed action. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

/** What every action answers: the data, or an error the client can show. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };
