import { areaContract } from '@contracts/functions/area';
import { defineFunction } from '@server/define-function';
import { children } from './actions/children';
import { locate } from './actions/locate';
import { save } from './actions/save';
import { setScope } from './actions/set-scope';

export const main = defineFunction('area', areaContract, { children, locate, save, setScope });
