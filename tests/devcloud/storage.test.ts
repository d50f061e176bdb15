import { sdk, useDevCloud } from '../helpers/devcloud';

const t = useDevCloud();

describe('storage through the real SDK', () => {
  it('uploads, serves a temp URL with the content type, deletes', async () => {
    const bytes = Buffer.from('fake-png-bytes');
    const up = await sdk(t.cloud.uploadFile({ cloudPath: 'evidence/case-1/photo.png', fileContent: bytes }));
    expect(up.fileID).toMatch(/^cloud:\/\/local\.[^/]+\/evidence\/case-1\/photo\.png$/);

    const urls = await sdk(t.cloud.getTempFileURL({ fileList: [up.fileID, `${up.fileID}.missing`] }));
    expect(urls.fileList[0]).toMatchObject({ fileID: up.fileID, status: 0 });
    expect(urls.fileList[1]?.status).not.toBe(0);
    const res = await fetch(urls.fileList[0]!.tempFileURL);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);

    const tampered = urls.fileList[0]!.tempFileURL.replace(/sign=[0-9a-f]/, 'sign=z');
    expect((await fetch(tampered)).status).toBe(403);

    const del = await sdk(t.cloud.deleteFile({ fileList: [up.fileID] }));
    expect(del.fileList[0]).toMatchObject({ fileID: up.fileID, status: 0 });
    expect((await fetch(urls.fileList[0]!.tempFileURL)).status).toBe(404);
  });

  it('refuses a cloudPath that leaves the storage folder', async () => {
    await expect(
      t.cloud.uploadFile({ cloudPath: '../escape.txt', fileContent: Buffer.from('x') }),
    ).rejects.toThrow();
  });
});
