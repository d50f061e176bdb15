import Taro from '@tarojs/taro';

/**
 * Hands the exported file to the person. In the browser (h5) it downloads under its Chinese name. A phone
 * cannot open a CSV inside WeChat (openDocument takes no CSV), so weapp copies the link for a computer's
 * browser, where the export is meant to be opened in Excel anyway.
 */
export async function deliverExport(url: string, filename: string): Promise<string> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    return '已开始下载';
  }
  await Taro.setClipboardData({ data: url });
  return '下载链接已复制，请在电脑浏览器中打开（1小时内有效）';
}
