import { caseSubject, consultationSubject } from '../audit';
import type { CaseDoc } from '../case/models';
import type { ConsultationDoc } from '../consultation/models';
import type { AssessInput } from './assess';
import type { WarningDoc } from './models';

/** A record as the warning sees it: what to assess, and how the warning names it. */
export interface WarningSubject {
  id: string;
  fields: Pick<WarningDoc, 'kind' | 'subjectId' | 'subject' | 'disputeType' | 'village' | 'area'>;
  input: AssessInput;
}

/** A case: its description, the people involved, earlier cases of the same parties, a failed deadline. */
export function caseWarningSubject(c: CaseDoc, texts: string[] = []): WarningSubject {
  const failed = c.timeline.some((e) => e.event === 'fail') && c.state !== 'withdrawn';
  return {
    id: `case:${c._id}`,
    fields: {
      kind: 'case',
      subjectId: c._id,
      subject: caseSubject(c),
      disputeType: c.disputeType,
      village: c.residentVillage,
      ...(c.area ? { area: c.area } : {}),
    },
    input: {
      texts: [c.description, ...texts],
      people: c.report?.peopleInvolved,
      repeats: c.repeatOf,
      failedDeadline: failed ? c.report?.deadline : undefined,
    },
  };
}

/** A consultation: what the resident asked. */
export function consultationWarningSubject(c: ConsultationDoc, texts: string[] = []): WarningSubject {
  return {
    id: `consultation:${c._id}`,
    fields: {
      kind: 'consultation',
      subjectId: c._id,
      subject: consultationSubject(c),
      disputeType: c.disputeType,
      village: c.residentVillage,
      ...(c.area ? { area: c.area } : {}),
    },
    input: { texts: [c.description, ...texts] },
  };
}
