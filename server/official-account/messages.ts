import { OfficialAccountError } from './api';

/** What an admin reads when a step fails: WeChat's documented errcodes in the bureau's words. */
const errcodeText: Record<number, string> = {
  40001: '公众号凭证无效，请检查 AppID 和 AppSecret 配置',
  40007: '封面素材无效，请重新上传封面后重试',
  40164: '服务器 IP 不在公众号白名单中，请在公众号后台添加',
  42001: '公众号凭证已过期，请稍后重试',
  45009: '公众号接口今日调用次数已达上限，请明天再试',
  45028: '公众号发布额度已用完，请稍后再试',
  48001: '公众号没有发布接口权限，请确认已认证',
};

export function describeFailure(error: unknown): string {
  if (error instanceof OfficialAccountError) {
    return errcodeText[error.errcode] ?? `公众号返回错误（${error.errcode}），请稍后重试`;
  }
  return '无法连接公众号接口，请稍后重试';
}

/** freepublish/get's publish_status values that end the job without success. */
export const publishFailureText: Record<number, string> = {
  2: '原创声明校验未通过',
  3: '公众号发布失败',
  4: '公众号平台审核未通过',
  5: '文章发布后已被删除',
  6: '文章发布后被封禁',
};
