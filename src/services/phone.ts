import Taro from '@tarojs/taro';

/** Opens the phone's dialer on a number; a person who backs out of the dialer is not an error. */
export async function dial(phoneNumber: string): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber });
  } catch (e) {
    if (!/cancel/i.test(String((e as { errMsg?: string }).errMsg ?? ''))) throw e;
  }
}

/** The mediation room's number, set when the app is built (see config/index.ts). */
export const mediationRoomPhone = MEDIATION_ROOM_PHONE;
