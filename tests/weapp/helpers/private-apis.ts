import { simple } from 'acorn-walk';
import { type DistScript, parseAsTarget } from './dist-scripts';

/**
 * WeChat's list of privacy APIs (隐私接口: the APIs and components the privacy guide must declare, or WeChat
 * disables them), plus `makePhoneCall`, which the app declares too because a call leaves the app.
 */
export const wechatPrivateApis = new Set([
  'getLocation',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'getFuzzyLocation',
  'choosePoi',
  'chooseLocation',
  'chooseAddress',
  'chooseInvoice',
  'chooseInvoiceTitle',
  'getWeRunData',
  'chooseLicensePlate',
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'chooseMessageFile',
  'startRecord',
  'getRecorderManager',
  'joinVoIPChat',
  'createCameraContext',
  'createVKSession',
  'openBluetoothAdapter',
  'createBLEConnection',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'addPhoneContact',
  'addPhoneCalendar',
  'addPhoneRepeatCalendar',
  'setClipboardData',
  'getClipboardData',
  'getUserProfile',
  'getUserInfo',
  'authorize',
  'makePhoneCall',
]);

/** Button open-types that collect personal information (avatar, phone number). */
export const wechatPrivateOpenTypes = new Set(['chooseAvatar', 'getPhoneNumber', 'getRealtimePhoneNumber']);

interface AstNode {
  type: string;
}
interface Member extends AstNode {
  computed: boolean;
  property: AstNode & { name?: string; value?: unknown };
}

function memberName(node: AstNode): string | undefined {
  if (node.type !== 'MemberExpression') return undefined;
  const { computed, property } = node as Member;
  if (!computed && property.type === 'Identifier') return property.name;
  return typeof property.value === 'string' ? property.value : undefined;
}

/**
 * The private APIs a build calls: method calls by name (`x.chooseMedia(...)`) and private open-types given
 * to a component (`openType: "getPhoneNumber"`), found in the parsed code, so the API name lists inside
 * Taro's runtime (plain strings) do not count. Answers each use with the scripts it is in.
 */
export function privateApiCalls(scripts: DistScript[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (name: string, path: string) => {
    const paths = found.get(name) ?? [];
    if (!paths.includes(path)) found.set(name, [...paths, path]);
  };
  for (const script of scripts) {
    simple(parseAsTarget(script), {
      CallExpression(node) {
        const name = memberName((node as unknown as { callee: AstNode }).callee);
        if (name && wechatPrivateApis.has(name)) note(name, script.path);
      },
      Property(node) {
        const { key, value } = node as unknown as {
          key: AstNode & { name?: string };
          value: { value?: unknown };
        };
        if (
          key.name === 'openType' &&
          typeof value.value === 'string' &&
          wechatPrivateOpenTypes.has(value.value)
        )
          note(`open-type=${value.value}`, script.path);
      },
    });
  }
  return found;
}
