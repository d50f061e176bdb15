import { type UploadedFile, uploadOwnFile } from './upload';

/**
 * Uploads a notice cover into the admin's own folder and answers its fileID and a URL to show it while
 * editing; once saved, the console gets the cover's URL from the server, never its file id again.
 */
export function uploadCover(filePath: string): Promise<UploadedFile> {
  return uploadOwnFile('notice-cover', filePath, '封面没传上去，请检查网络后再试');
}
