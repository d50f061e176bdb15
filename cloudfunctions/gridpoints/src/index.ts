import { gridpointsContract } from '@contracts/functions/gridpoints';
import { defineFunction } from '@server/define-function';
import { figures } from './actions/figures';
import { handScore } from './actions/hand-score';
import { ledger } from './actions/ledger';
import { mine } from './actions/mine';
import { ranking } from './actions/ranking';
import { rate } from './actions/rate';
import { saveScheme } from './actions/save-scheme';
import { scheme } from './actions/scheme';

export const main = defineFunction('gridpoints', gridpointsContract, {
  mine,
  ledger,
  ranking,
  figures,
  handScore,
  scheme,
  saveScheme,
  rate,
});
