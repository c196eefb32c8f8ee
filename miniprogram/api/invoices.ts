/**
 * Opening an invoice's PDF on the phone: a short-lived link from `api.invoices.link`, wx.downloadFile
 * into a temporary file, then wx.openDocument.
 */
export type OpenOutcome = { ok: true } | { ok: false; message: string };

/** Downloads a PDF and opens it in WeChat's document viewer (with its menu, to save or forward). */
export function downloadAndOpen(url: string): Promise<OpenOutcome> {
  return new Promise((resolve) => {
    wx.downloadFile({
      url,
      success: (res) => {
        if (res.statusCode !== 200) {
          resolve({ ok: false, message: `发票下载失败（${res.statusCode}），请稍后重试` });
          return;
        }
        wx.openDocument({
          filePath: res.tempFilePath,
          fileType: 'pdf',
          showMenu: true,
          success: () => resolve({ ok: true }),
          fail: () => resolve({ ok: false, message: '无法打开发票文件，请稍后重试' }),
        });
      },
      fail: () => resolve({ ok: false, message: '发票下载失败，请检查网络后重试' }),
    });
  });
}
