import type { DocumentFile } from '@contracts/documents';
import Taro from '@tarojs/taro';

/** Said when WeChat could not open the file and the link was copied instead (the declared last resort). */
const COPIED = '无法在微信中打开，下载链接已复制，请在浏览器中打开（1小时内有效）';

/** h5: the browser downloads the file under its name in words. */
function browserDownload(file: DocumentFile): string {
  const a = document.createElement('a');
  a.href = file.url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return '已开始下载';
}

/**
 * Hands a generated document or table to the person as each platform can. In WeChat it downloads under its
 * name into the mini-program's own folder and opens in WeChat's viewer (`openDocument`, with the menu to
 * forward, save or print); only when that fails (an old client, no space, a refused domain) is the one-hour
 * link copied, and the answer says so. In a browser it downloads. Answers what the page should tell the
 * person, or '' when the file is open in front of them.
 */
export async function deliverDocument(file: DocumentFile): Promise<string> {
  if (process.env.TARO_ENV === 'h5') return browserDownload(file);
  if (file.fileType === 'csv') {
    await Taro.setClipboardData({ data: file.url });
    return COPIED;
  }
  try {
    const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName}`;
    const res = await Taro.downloadFile({ url: file.url, filePath });
    if (res.statusCode !== 200) throw new Error(`download answered ${res.statusCode}`);
    await Taro.openDocument({ filePath, fileType: file.fileType, showMenu: true });
    return '';
  } catch {
    await Taro.setClipboardData({ data: file.url });
    return COPIED;
  }
}
