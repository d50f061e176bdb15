import QRCode from 'qrcode';

/** A WeChat error answer, or the picture WeChat sends instead of JSON. */
export type WxacodeAnswer =
  | { json: Record<string, unknown> & { errcode: number; errmsg: string } }
  | { image: Buffer; contentType: string };

/** The characters WeChat's documentation allows in a scene. */
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
const ENV_VERSIONS = new Set(['release', 'trial', 'develop']);

const refuse = (errcode: number, errmsg: string): WxacodeAnswer => ({ json: { errcode, errmsg } });

/**
 * `wxacode.getUnlimited` as WeChat answers it: the arguments it refuses (a scene of more than 32 characters
 * or with other characters, a page starting with `/`, an unknown env_version, a page it cannot find while
 * check_path is on, which it is unless turned off) get WeChat's error codes; otherwise a PNG. The local
 * picture is a plain QR code of `<page>?scene=<scene>` (what a scan of a real code hands the page).
 */
export async function getUnlimited(
  args: Record<string, unknown>,
  knownPages: ReadonlySet<string>,
): Promise<WxacodeAnswer> {
  const scene = typeof args.scene === 'string' ? args.scene : '';
  const page = typeof args.page === 'string' ? args.page : '';
  if (!scene || [...scene].length > 32)
    return refuse(40169, 'invalid length for scene, or the data is not json string');
  if (!SCENE_CHARS.test(scene)) return refuse(40097, 'invalid args: scene');
  if (page.startsWith('/')) return refuse(41030, 'invalid page rid: page must not start with /');
  const envVersion = args.env_version ?? 'release';
  if (typeof envVersion !== 'string' || !ENV_VERSIONS.has(envVersion))
    return refuse(40097, 'invalid args: env_version');
  if (args.check_path !== false && page && !knownPages.has(page)) return refuse(41030, 'invalid page rid');
  const width = typeof args.width === 'number' ? Math.min(1280, Math.max(280, args.width)) : 430;
  const target = `${page || 'pages/index/index'}?scene=${encodeURIComponent(scene)}`;
  return {
    image: await QRCode.toBuffer(target, { type: 'png', width, margin: 2 }),
    contentType: 'image/png',
  };
}
