import { auditContract } from '@contracts/functions/audit';
import { defineFunction } from '@server/define-function';
import { list } from './actions/list';

export const main = defineFunction('audit', auditContract, { list });
