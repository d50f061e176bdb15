import type { DocumentFile, DocumentType } from '@contracts/documents';
import { cloud } from '../cloud';

/** A generated file is for downloading now, not for sharing: its address expires in an hour. */
const URL_MAX_AGE_S = 3600;

const REFUSED_IN_NAMES = new Set('\\/:*?"<>|');

/** Characters a phone's or a computer's file system refuses in a name, control characters and spaces become `_`. */
export function safeFileName(name: string): string {
  return [...name].map((ch) => (ch <= ' ' || REFUSED_IN_NAMES.has(ch) ? '_' : ch)).join('');
}

/**
 * Stores a generated file; answers its download address, its name in words (协议书-2026-婚姻家庭-0001.docx), and
 * for the audit where it is stored. The name is
 * the one the phone saves it under (downloadFile's filePath) and a browser downloads it as. The storage key
 * stays ASCII, by time, because the SDK sends the path in an HTTP header (`x-cos-meta-fileid`), which takes no
 * Chinese; a new key per generation keeps a link handed out earlier pointing at its own content.
 */
export async function storeDocument(
  folder: string,
  name: string,
  fileType: DocumentType,
  content: Buffer,
  now: number,
): Promise<{ file: DocumentFile; cloudPath: string }> {
  const cloudPath = `${folder}/${now}.${fileType}`;
  const upload = (await cloud.uploadFile({ cloudPath, fileContent: content })) as { fileID: string };
  const urls = (await cloud.getTempFileURL({
    fileList: [{ fileID: upload.fileID, maxAge: URL_MAX_AGE_S }],
  })) as { fileList: { tempFileURL: string }[] };
  const fileName = `${safeFileName(name)}.${fileType}`;
  return { file: { url: urls.fileList[0]?.tempFileURL ?? '', fileName, fileType }, cloudPath };
}
