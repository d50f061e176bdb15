import type { ApplicationForm } from '@contracts/legal-aid/form';
import { CONSENT_VERSION } from '@contracts/legal-aid/status';
import type { AppCloud } from './app-cloud';
import { uploadAs } from './uploads';

/** Appends the GB 11643 check character, so tests use ID numbers that pass validation. */
export function idNumberWithCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

export const sampleIdNumber = idNumberWithCheck('32010219500101123');

/** Stores a photo in the user's own upload folder, as the app does before attaching it. */
export function uploadPhoto(app: AppCloud, userId: string, name: string): string {
  return uploadAs(app, userId, 'legal-aid', `${name}.jpg`, `jpeg ${name}`);
}

/** A complete application for a wage claim, with an ID photo and the hardship pledge. */
export function completeForm(
  app: AppCloud,
  userId: string,
  overrides: Partial<ApplicationForm> = {},
): ApplicationForm {
  return {
    name: '李大明',
    sex: '男',
    birthDate: '1950-01-01',
    ethnicity: '汉族',
    idNumber: sampleIdNumber,
    hukou: '江苏省南京市东山村',
    phone: '13812345678',
    address: '东山村三组12号',
    situations: [],
    groups: [],
    matter: 'labour',
    partyRole: 'claimant',
    stage: 'not_started',
    otherParty: '某建筑公司',
    summary: '去年在工地干了八个月，老板一直拖欠工资两万元不给。',
    householdSize: 2,
    income: { wages: 0, business: 0, pension: 1200, other: 300 },
    property: '自住老房一间',
    specialNote: '右腿残疾，有残疾证',
    hardshipPledge: true,
    attachments: [{ kind: 'id', fileID: uploadPhoto(app, userId, `id-${Date.now()}`) }],
    ...overrides,
  };
}

export const consent = { agreed: true, version: CONSENT_VERSION } as const;
