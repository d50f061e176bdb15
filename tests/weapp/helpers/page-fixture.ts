import type { CaseDetail } from '@contracts/case/models';
import { monthKey } from '../../../server/stats/months';
import { type AppCloud, dataOf } from '../../helpers/app-cloud';
import { at } from '../../helpers/areas';
import { roundTheClock, slotDays, starts } from '../../helpers/booking';
import { completeForm, consent } from '../../helpers/legal-aid';
import { stampAt } from '../../helpers/team';
import { uploadAs } from '../../helpers/uploads';

export const RESIDENT = 'demo-resident';
export const MEDIATOR = 'demo-mediator-zhang';
export const ADMIN = 'demo-admin';
export const OFFICER = 'demo-officer';
/** The legal adviser of the x+N team (东山村 and 西岭村). */
export const ADVISER = 'demo-adviser';
/** The grid worker of 东山村第一网格. */
export const GRID = 'demo-grid';

/** The ids the pages are opened with (their query), from data made through the real functions. */
export interface PageFixture {
  noticeId: string;
  consultationId: string;
  caseId: string;
  caseNumber: string;
  inviteToken: string;
  /** A case of another resident that 李大爷 joined as its other party, its agreement waiting for him. */
  partyCaseId: string;
  applicationId: string;
  applicationNumber: string;
  gridEventId: string;
  gridEventNumber: string;
}

/** A chat message content security holds for review (the local cloud's review words include 加微信). */
export const heldText = '您加微信聊吧，我把照片发您';

export const agreement = {
  facts: '王五在自家东侧砌围墙，占用了李大爷家门前约半米宽的通行道路，双方多次争吵。',
  terms: ['王五于十日内拆除占用道路部分的围墙，恢复道路原宽度。', '李大爷不再追究围墙已造成的损失。'],
  performance: '第一条由王五在十日内履行，调解员到场确认。',
};

/**
 * The demo data plus what every page needs to show something real: 李大爷's consultation with 张桂兰, a case
 * she mediated to an agreement (with an invitation for the other party), and his legal-aid application.
 */
export async function seedEveryPage(cloud: AppCloud): Promise<PageFixture> {
  const { loadDemoData } = await import('../../../scripts/seed/load-demo-data');
  await loadDemoData(cloud.devcloud.ctx.envId);
  const call = async <T>(openid: string, fn: string, action: string, payload: object) =>
    dataOf<T>(await cloud.call(openid, fn as 'user', action, payload));

  const notices = await call<{ items: { id: string }[] }>(RESIDENT, 'notice', 'listPublished', {});
  const mediators = await call<{ items: { id: string; name: string }[] }>(RESIDENT, 'mediator', 'list', {});
  const zhang = mediators.items.find((m) => m.name === '张桂兰')?.id ?? '';
  const consultation = await call<{ id: string }>(RESIDENT, 'consultation', 'start', {
    disputeType: '婚姻家庭',
    description: '老二家这半年一直不肯接老人过去住，该怎么办？',
    mediatorId: zhang,
    clientKey: 'weapp-pages-consultation',
  });
  // Content security answers `review` for this one: it waits for an admin on the 内容审核 page.
  await call(RESIDENT, 'message', 'send', {
    consultationId: consultation.id,
    clientMsgId: 'weapp-pages-held',
    text: heldText,
  });

  await call(MEDIATOR, 'booking', 'setAvailability', roundTheClock);
  const startAt = starts(await slotDays(cloud, RESIDENT, zhang))[2] as number;
  const booked = await call<CaseDetail>(RESIDENT, 'booking', 'create', {
    disputeType: '邻里',
    description: '邻居家新砌的围墙占了我家门前的路，出入很不方便，多次协商没有结果。',
    otherParty: { name: '王五', relation: '邻居', village: '东山村' },
    mediatorId: zhang,
    startAt,
    place: 'village_room',
  });
  await call(MEDIATOR, 'booking', 'confirm', { caseId: booked.id });
  // Invitations are for cases still open, so the other party is invited before the mediation.
  const invite = await call<{ token: string }>(RESIDENT, 'case', 'invite', { caseId: booked.id });
  await call(MEDIATOR, 'case', 'transition', { caseId: booked.id, event: 'start' });
  await call(MEDIATOR, 'case', 'transition', { caseId: booked.id, event: 'succeed', agreement });
  // The report figures: sixty people involved raise an orange warning for the 预警 page.
  await call(MEDIATOR, 'case', 'recordReport', {
    caseId: booked.id,
    source: 'screening',
    peopleInvolved: 60,
    agreementAmount: 3000,
  });

  // 李大爷 as the other party of 赵四's dispute: he registered through 赵四's invitation.
  const zhao = await cloud.createUser('resident', { nickname: '赵四', village: '东山村' });
  const theirs = await call<CaseDetail>(zhao.openid, 'booking', 'create', {
    disputeType: '邻里',
    description: '李大爷家的鸡跑到我家菜地里，菜都被啄坏了。',
    otherParty: { name: '李大爷', relation: '邻居', village: '东山村' },
    mediatorId: zhang,
    startAt: starts(await slotDays(cloud, zhao.openid, zhang))[4] as number,
    place: 'village_room',
  });
  const card = await call<{ token: string }>(zhao.openid, 'case', 'invite', { caseId: theirs.id });
  await call(RESIDENT, 'case', 'join', {
    token: card.token,
    realName: '李大爷',
    phone: '13812345678',
    attend: true,
  });
  await call(MEDIATOR, 'booking', 'confirm', { caseId: theirs.id });
  await call(MEDIATOR, 'case', 'transition', { caseId: theirs.id, event: 'start' });
  await call(MEDIATOR, 'case', 'transition', { caseId: theirs.id, event: 'succeed', agreement });

  const residentUserId = (await call<{ id: string }>(RESIDENT, 'user', 'me', {})).id;
  const application = await call<{ id: string; number: string }>(RESIDENT, 'legalaid', 'submit', {
    form: completeForm(cloud, residentUserId),
    consent,
  });
  // The bureau's hand score of 东山村第一网格 this month: a row of its points ledger and its ranking.
  await call(ADMIN, 'gridpoints', 'handScore', {
    gridId: 'grid-dongshan-1',
    month: monthKey(Date.now()),
    itemKey: 'party',
    points: 8,
  });
  // The legal adviser is on a visit in 东山村 and has recorded a lecture.
  const adviser = { openid: ADVISER, id: (await call<{ id: string }>(ADVISER, 'user', 'me', {})).id };
  const visit = await call<{ id: string }>(ADVISER, 'visit', 'checkIn', {
    villageId: 'area-dongshan',
    ...stampAt(cloud, adviser, at(3, 25)),
  });
  await call(ADVISER, 'visit', 'recordActivity', {
    visitId: visit.id,
    kind: 'lecture',
    topic: '民法典进农家',
    attendance: 28,
    clientKey: 'weapp-pages-lecture',
  });
  const gridEvent = await reportGridEvent(cloud, call);
  return {
    gridEventId: gridEvent.id,
    gridEventNumber: gridEvent.number,
    noticeId: notices.items[0]?.id ?? '',
    consultationId: consultation.id,
    caseId: booked.id,
    caseNumber: booked.caseNumber,
    inviteToken: invite.token,
    partyCaseId: theirs.id,
    applicationId: application.id,
    applicationNumber: application.number,
  };
}

/** A dispute 冯小燕 (demo-grid) reported in 东山村第一网格 with a photo, accepted by the street (demo-admin). */
async function reportGridEvent(
  cloud: AppCloud,
  call: <T>(openid: string, fn: string, action: string, payload: object) => Promise<T>,
): Promise<{ id: string; number: string }> {
  const workerId = (await call<{ id: string }>(GRID, 'user', 'me', {})).id;
  const photo = uploadAs(cloud, workerId, 'grid-event', 'weapp-pages-grid.jpg');
  const event = await call<{ id: string; number: string }>(GRID, 'gridevent', 'report', {
    clientKey: 'weapp-pages-grid-event',
    type: 'dispute',
    description: '村口两户人家因排水沟堵塞吵起来了',
    point: at(2.5, 25),
    photos: [photo],
    clientAt: Date.now(),
  });
  await call(ADMIN, 'gridevent', 'act', { step: 'accept', eventId: event.id });
  return event;
}
