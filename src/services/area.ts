import type { TAreaListInput, TSaveAreaInput } from '@contracts/functions/area';
import { callCloud } from './cloud';

/** The area tree (county → town → village → grid) and staff scopes. */
export const areaApi = {
  children: (input: TAreaListInput) => callCloud('area', 'children', input),
  save: (input: TSaveAreaInput) => callCloud('area', 'save', input),
  setScope: (input: { userId: string; areaId: string }) => callCloud('area', 'setScope', input),
};
