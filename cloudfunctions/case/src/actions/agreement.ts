import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { renderAgreement } from '@server/case/agreement-html';
import { loadCase } from '@server/case/lifecycle';
import { cloud } from '@server/cloud';
import type { Handler } from '@server/define-function';
import { enforceRateLimit } from '@server/rate-limit';

/** Renders the 人民调解协议书 into storage and answers a download address valid for an hour. */
export const agreement: Handler<typeof caseContract.agreement> = async (input, { caller, now }) => {
  const { doc } = await loadCase(input.caseId, caller.user);
  if (!doc.agreement) throw new AppError('CONFLICT', '这个案件还没有调解协议');
  await enforceRateLimit(caller.openid, 'case.agreement', { max: 20, windowMs: 3_600_000 }, now);
  const html = renderAgreement(doc, now);
  const fileName = `人民调解协议书-${doc.caseNumber}.html`;
  const uploaded = (await cloud.uploadFile({
    cloudPath: `agreements/${doc._id}/${now}.html`,
    fileContent: Buffer.from(html, 'utf8'),
  })) as { fileID: string };
  const res = (await cloud.getTempFileURL({ fileList: [{ fileID: uploaded.fileID, maxAge: 3600 }] })) as {
    fileList: { tempFileURL: string }[];
  };
  return { url: res.fileList[0]?.tempFileURL ?? '', fileName };
};
