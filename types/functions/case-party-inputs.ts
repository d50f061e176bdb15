import { z } from 'zod';
import { ZSha256 } from '../case/signing';
import { ZClientKey } from '../idempotency';
import { ZId } from '../models';
import { ZFileId } from '../uploads';
import { ZAgreementInput, ZInviteToken } from './case-inputs';

const realName = z
  .string({ error: '请填写真实姓名' })
  .trim()
  .min(2, '请填写身份证上的姓名')
  .max(20, '姓名不超过20个字')
  .regex(/^[\u4e00-\u9fa5·]+$/, '请填写身份证上的中文姓名');

/** The other party registers through the invitation: their real name and phone, and whether they come. */
export const ZJoinInput = z.strictObject({
  token: ZInviteToken,
  realName,
  phone: z
    .string({ error: '请填写手机号' })
    .trim()
    .max(11, '请填写11位手机号')
    .regex(/^1\d{10}$/, '请填写11位手机号'),
  attend: z.boolean({ error: '请选择是否参加' }),
});
export type TJoinInput = z.input<typeof ZJoinInput>;

/**
 * A signature: the digest of the text the signer read (refused when the terms changed meanwhile), the
 * name they sign under (must be the name on the agreement), and the drawing they uploaded into their own
 * `signature` folder. `faceResult` is WeChat's face verification answer where that is switched on.
 */
export const ZSignInput = z.strictObject({
  caseId: ZId,
  textHash: ZSha256,
  realName,
  signature: ZFileId,
  faceResult: z.string().max(200).optional(),
  clientKey: ZClientKey.optional(),
});
export type TSignInput = z.input<typeof ZSignInput>;

/** The mediator changes the terms; every signature given so far is void and both parties sign again. */
export const ZAmendInput = z.strictObject({ caseId: ZId, agreement: ZAgreementInput });
export type TAmendInput = z.input<typeof ZAmendInput>;

/** The code printed on a signed agreement: 10 letters and digits (no 0/O, 1/I), case ignored. */
export const ZVerifyCode = z
  .string({ error: '请填写核验码' })
  .max(20, '核验码是10位字母和数字')
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[2-9A-HJ-NP-Z]{10}$/, '核验码是10位字母和数字'));

/** A code alone answers what was recorded; with the document uploaded, whether it matches. */
export const ZVerifyInput = z.strictObject({ code: ZVerifyCode, document: ZFileId.optional() });
export type TVerifyInput = z.input<typeof ZVerifyInput>;

/** A party's ID card photos for the judicial-confirmation application, from their own uploads. */
export const ZIdMaterialInput = z.strictObject({
  caseId: ZId,
  files: z.array(ZFileId).min(1, '请上传身份证照片').max(4, '最多4张照片'),
});

export const ZJudicialOutcomeInput = z.strictObject({
  caseId: ZId,
  result: z.enum(['confirmed', 'rejected'], { error: '请选择法院的决定' }),
  rulingNumber: z
    .string({ error: '请填写裁定书编号' })
    .trim()
    .min(4, '请填写裁定书编号，如（2026）浙0102民特123号')
    .max(40, '编号不超过40个字')
    .regex(/^[（）()\u4e00-\u9fa50-9第号-]+$/, '编号只含汉字、数字和括号，如（2026）浙0102民特123号'),
});

/** A case's own code: `image` asks for the mini-program code picture (weapp); h5 draws a plain QR. */
export const ZCaseCodeInput = z.strictObject({ caseId: ZId, image: z.boolean().default(false) });

/** What a scanned code carries: `c=<code>`, at most WeChat's 32 characters. */
export const ZOpenCodeInput = z.strictObject({
  scene: z
    .string({ error: '二维码无效' })
    .max(32, '二维码无效')
    .regex(/^c=[2-9A-HJ-NP-Z]{8}$/, '二维码无效'),
});
