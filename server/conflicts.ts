/**
 * Conflicts of interest: nobody handles their own matter. A mediator is never given their own consultation
 * or case, whether they would take it from the queue, be chosen, be assigned by an admin or inherit it from
 * a colleague; a legal-aid officer never reviews their own application. Automatic assignment skips them,
 * so the work goes to a colleague; an explicit choice of them is refused FORBIDDEN with these reasons.
 */
export const ownConsultationMessage = '调解员不能接待自己发起的咨询，请选择其他调解员';
export const ownCaseMessage = '调解员不能办理自己申请的案件，请选择其他调解员';
export const ownApplicationMessage = '不能审查自己提交的法律援助申请，请由其他工作人员审查';

/** A mediator profile, as far as who it belongs to. */
interface MediatorIdentity {
  userId: string;
  openid: string;
}

/** A party to a matter: their user id and openid, either of which may be unknown (''). */
interface PartyIdentity {
  _id?: string;
  openid?: string;
}

/** Whether the mediator is the party: then the matter is their own and must go to someone else. */
export function isOwnWork(mediator: MediatorIdentity, party: PartyIdentity): boolean {
  return (
    (Boolean(party._id) && mediator.userId === party._id) ||
    (Boolean(party.openid) && mediator.openid === party.openid)
  );
}
