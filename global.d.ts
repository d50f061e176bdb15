/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** CloudBase environment id, defined at build time in config/index.ts (TARO_APP_CLOUD_ENV); empty in h5. */
declare const CLOUD_ENV: string;

/** The mediation room's phone, defined at build time in config/index.ts (TARO_APP_ROOM_PHONE). */
declare const MEDIATION_ROOM_PHONE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'quickapp' | 'qq' | 'jd';
    TARO_APP_CLOUD_ENV?: string;
    TARO_APP_ROOM_PHONE?: string;
  }
}

/** The part of `qrcode` (no bundled types) used: a PNG for the local mini-program code, a data URL in h5. */
declare module 'qrcode' {
  interface QRCodeOptions {
    type?: 'png';
    width?: number;
    margin?: number;
  }
  export function toBuffer(text: string, options?: QRCodeOptions): Promise<Buffer>;
  export function toDataURL(text: string, options?: Omit<QRCodeOptions, 'type'>): Promise<string>;
  const QRCode: { toBuffer: typeof toBuffer; toDataURL: typeof toDataURL };
  export default QRCode;
}
