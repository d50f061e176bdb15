import { legalAidContract } from '@contracts/functions/legal-aid';
import { defineFunction } from '@server/define-function';
import { withTimers } from '@server/timer';
import { addMaterial } from './actions/add-material';
import { decide } from './actions/decide';
import { get } from './actions/get';
import { getDraft } from './actions/get-draft';
import { mine } from './actions/mine';
import { myApplication } from './actions/my-application';
import { precheck } from './actions/precheck';
import { purgeExpired } from './actions/purge';
import { queue } from './actions/queue';
import { saveDraft } from './actions/save-draft';
import { submit } from './actions/submit';

const actions = defineFunction('legalaid', legalAidContract, {
  precheck,
  getDraft,
  saveDraft,
  submit,
  mine,
  myApplication,
  addMaterial,
  queue,
  get,
  decide,
});

/** Actions from the mini-program; the nightly purge from the timer trigger in config.json. */
export const main = withTimers(actions, { purge: purgeExpired });
