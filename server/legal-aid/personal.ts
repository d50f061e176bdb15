import type { ApplicationForm, DraftForm } from '@contracts/legal-aid/form';
import { maskIdNumber, maskName } from '@contracts/legal-aid/id-number';
import type { ApplicantView } from '@contracts/legal-aid/views';
import { decryptField, encryptField, maskPhone } from '../crypto';

/**
 * The whole form is sealed as one ciphertext: the ID number, income, disability or domestic-violence
 * notes and the story itself are all sensitive, and one sealed blob cannot leak a field someone forgot
 * to list. Only masked name and ID number are stored beside it, for the queue.
 */
export function sealForm(form: ApplicationForm | DraftForm): string {
  return encryptField(JSON.stringify(form));
}

export function openForm<T extends ApplicationForm | DraftForm>(sealed: string): T {
  return JSON.parse(decryptField(sealed)) as T;
}

/** The form as the applicant or the reviewing officer reads it; attachments travel separately. */
export function fullApplicantView(form: ApplicationForm): ApplicantView {
  const { attachments: _attachments, ...rest } = form;
  return rest;
}

/** What everyone else may see: who, masked; nothing about income, address, health or the story. */
export function maskedApplicantView(form: ApplicationForm): ApplicantView {
  return {
    name: maskName(form.name),
    idNumber: maskIdNumber(form.idNumber),
    phone: maskPhone(form.phone),
    sex: form.sex,
    partyRole: form.partyRole,
  };
}
