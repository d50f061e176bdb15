import type { ApplicationForm, DraftForm } from '@contracts/legal-aid/form';
import type { TPrecheckInput } from '@contracts/legal-aid/precheck';
import type { LegalAidStatus } from '@contracts/legal-aid/status';
import { CONSENT_VERSION } from '@contracts/legal-aid/status';
import { callCloud } from './cloud';
import { withIntentKey } from './intent-key';

/** Legal aid: the resident's pre-check and application, and the officers' review. */
export const legalAidApi = {
  precheck: (input: TPrecheckInput) => callCloud('legalaid', 'precheck', input),
  getDraft: () => callCloud('legalaid', 'getDraft', {}),
  saveDraft: (form: DraftForm, step: number) => callCloud('legalaid', 'saveDraft', { form, step }),
  submit: (form: ApplicationForm) =>
    withIntentKey('legalaid.submit', form, (clientKey) =>
      callCloud('legalaid', 'submit', {
        form,
        consent: { agreed: true, version: CONSENT_VERSION },
        clientKey,
      }),
    ),
  mine: () => callCloud('legalaid', 'mine', {}),
  myApplication: (id: string) => callCloud('legalaid', 'myApplication', { id }),
  addMaterial: (input: { id: string; attachments: ApplicationForm['attachments']; note?: string }) =>
    callCloud('legalaid', 'addMaterial', input),
  queue: (status?: LegalAidStatus) => callCloud('legalaid', 'queue', status ? { status } : {}),
  get: (id: string, reveal = false) => callCloud('legalaid', 'get', { id, reveal }),
  decide: (input: { id: string; decision: 'accept' | 'refuse' | 'request_material'; reason?: string }) =>
    callCloud('legalaid', 'decide', input),
};
