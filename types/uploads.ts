import { z } from 'zod';

export {
  isOwnUploadPath,
  UPLOAD_ROOT,
  type UploadPurpose,
  uploadFolderOf,
  uploadPurposes,
} from './plain/uploads';

/** A cloud storage file id as the client sends it; whose file it is, the function checks. */
export const ZFileId = z
  .string({ error: '文件上传有误，请重新上传' })
  .max(300, '文件编号太长')
  .regex(/^cloud:\/\/\S+$/, '文件上传有误，请重新上传');
