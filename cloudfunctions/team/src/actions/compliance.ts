import type { teamContract } from '@contracts/functions/team';
import { recordAudit } from '@server/audit';
import type { Handler } from '@server/define-function';
import { storeDocument } from '@server/documents/store';
import { computeCompliance } from '@server/team/compliance';
import { complianceXlsx } from '@server/team/compliance-xlsx';

/** Who is behind and on what, for a month, by town, village and member of the admin's area. */
export const compliance: Handler<typeof teamContract.compliance> = (input, { caller, now }) =>
  computeCompliance(caller.user, input.month, input.areaId, now);

/** The same as 四个至少-<month>-<area>.xlsx for the bureau's files; the export is audited. */
export const exportCompliance: Handler<typeof teamContract.exportCompliance> = async (
  input,
  { caller, now },
) => {
  const c = await computeCompliance(caller.user, input.month, input.areaId, now);
  const name = `四个至少-${input.month}-${c.areaName.split(' / ').pop()}`;
  const { file, cloudPath } = await storeDocument('exports', name, 'xlsx', await complianceXlsx(c), now);
  await recordAudit(
    caller.user,
    {
      action: 'team.exportCompliance',
      target: `“四个至少”完成情况（${input.month}，${c.areaName}）`,
      targetId: cloudPath,
    },
    now,
  );
  return file;
};
