import type { legalAidContract } from '@contracts/functions/legal-aid';
import type { Handler } from '@server/define-function';
import { legalAidConfig } from '@server/legal-aid/config';
import { precheck as decide } from '@server/legal-aid/eligibility';

/** Open to anyone, registered or not: it asks nothing personal and stores nothing. */
export const precheck: Handler<typeof legalAidContract.precheck> = async (input) =>
  decide(input, legalAidConfig().incomeStandardYuan);
