import {
  type CaseActor,
  type CaseEvent,
  type CaseState,
  canTransition,
  caseEvents,
  caseStates,
  directEvents,
  transitions,
} from '@contracts/case/lifecycle';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { createMediator, type TestMediator } from '../helpers/booking';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();
jest.setTimeout(120_000);

/** The lifecycle written out by hand: a change to the table must change this list too. */
const allowed = new Set([
  'submitted accept mediator',
  'submitted accept admin',
  'submitted decline mediator',
  'submitted decline admin',
  'accepted schedule mediator',
  'accepted schedule admin',
  'accepted schedule resident',
  'scheduled unschedule mediator',
  'scheduled unschedule admin',
  'scheduled start mediator',
  'scheduled start admin',
  'in_mediation succeed mediator',
  'in_mediation succeed admin',
  'in_mediation fail mediator',
  'in_mediation fail admin',
  'submitted withdraw resident',
  'accepted withdraw resident',
  'scheduled withdraw resident',
  'mediated_success close mediator',
  'mediated_success close admin',
  'mediation_failed close mediator',
  'mediation_failed close admin',
]);
const actors: CaseActor[] = ['resident', 'mediator', 'admin'];

it('the table allows exactly the transitions written out, and refuses every other one', () => {
  for (const state of caseStates)
    for (const event of caseEvents)
      for (const actor of actors)
        expect([state, event, actor, canTransition(state, event, actor)]).toEqual([
          state,
          event,
          actor,
          allowed.has(`${state} ${event} ${actor}`),
        ]);
});

let seq = 0;
let m: TestMediator;
let resident: { openid: string; id: string };
let admin: { openid: string };
let otherMediator: TestMediator;

beforeAll(async () => {
  m = await createMediator(app, '张桂兰');
  otherMediator = await createMediator(app, '孙建华');
  resident = await app.createUser('resident', { nickname: '李大爷' });
  admin = await app.createUser('admin');
});

/** A case stored straight in a given state, its booking in a matching status. */
async function caseIn(state: CaseState, bookingStatus = 'confirmed'): Promise<string> {
  seq += 1;
  const now = Date.now();
  const startAt = now + 10 * 86_400_000 + seq * 3_600_000;
  const res = await sdk(
    app.db.collection('cases').add({
      data: {
        caseNumber: `2026-邻里-${String(seq).padStart(4, '0')}`,
        disputeType: '邻里',
        description: '测试案件',
        residentId: resident.id,
        residentOpenid: resident.openid,
        residentName: '李大爷',
        otherParty: { name: '王五', relation: '邻居', village: '东山村' },
        partyKey: 'x',
        addressKey: '',
        repeatOf: [],
        mediatorId: m.mediatorId,
        mediatorOpenid: m.openid,
        mediatorName: '张桂兰',
        state,
        booking: {
          status: bookingStatus,
          startAt,
          endAt: startAt + 3_600_000,
          place: 'village_room',
          rescheduleCount: 0,
        },
        timeline: [],
        createdAt: now,
        updatedAt: now,
      },
    }),
  );
  return (res as { _id: string })._id;
}

function extra(event: CaseEvent): Record<string, unknown> {
  if (event === 'succeed')
    return { agreement: { facts: '围墙占路', terms: ['王五拆除占路部分'], performance: '十日内拆除' } };
  if (event === 'fail') return { referral: { to: 'court', note: '' } };
  return {};
}

describe('case.transition through the local cloud: every direct event from every state by every caller', () => {
  const callers: { name: string; actor: CaseActor | null; openid: () => string }[] = [
    { name: 'resident', actor: 'resident', openid: () => resident.openid },
    { name: 'own mediator', actor: 'mediator', openid: () => m.openid },
    { name: 'admin', actor: 'admin', openid: () => admin.openid },
    { name: 'other mediator', actor: null, openid: () => otherMediator.openid },
  ];
  for (const event of directEvents) {
    it(`${event}`, async () => {
      for (const state of caseStates) {
        for (const caller of callers) {
          const caseId = await caseIn(state);
          const res = await app.call(caller.openid(), 'case', 'transition', {
            caseId,
            event,
            ...extra(event),
          });
          const expected =
            caller.actor === null
              ? 'NOT_FOUND'
              : caller.actor === 'resident'
                ? 'FORBIDDEN'
                : canTransition(state, event, caller.actor)
                  ? 'OK'
                  : 'CONFLICT';
          expect([state, caller.name, codeOf(res)]).toEqual([state, caller.name, expected]);
          if (expected === 'OK') expect(dataOf<{ state: string }>(res).state).toBe(transitions[event].to);
        }
      }
    });
  }
});

describe('events that happen through bookings', () => {
  it('decline: only from submitted, only by staff', async () => {
    for (const state of caseStates) {
      const caseId = await caseIn(state, 'pending');
      const res = await app.call(m.openid, 'booking', 'decline', { caseId, reason: '不属于调解范围' });
      expect([state, codeOf(res)]).toEqual([state, state === 'submitted' ? 'OK' : 'CONFLICT']);
    }
  });

  it('withdraw: the resident cancels from submitted, accepted or scheduled only', async () => {
    for (const state of caseStates) {
      const caseId = await caseIn(state, 'pending');
      const res = await app.call(resident.openid, 'booking', 'cancel', { caseId, reason: '已经私下和好了' });
      const ok = transitions.withdraw.from.includes(state);
      expect([state, codeOf(res)]).toEqual([state, ok ? 'OK' : 'CONFLICT']);
    }
  });

  it('schedule by the resident only by agreeing to a proposed time', async () => {
    const caseId = await caseIn('accepted', 'proposed');
    expect(codeOf(await app.call(resident.openid, 'booking', 'respond', { caseId, accept: true }))).toBe(
      'OK',
    );
    expect(codeOf(await app.call(resident.openid, 'booking', 'respond', { caseId, accept: true }))).toBe(
      'CONFLICT',
    );
  });

  it('requires the agreement for success and a referral for failure', async () => {
    expect(
      codeOf(
        await app.call(m.openid, 'case', 'transition', {
          caseId: await caseIn('in_mediation'),
          event: 'succeed',
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      codeOf(
        await app.call(m.openid, 'case', 'transition', {
          caseId: await caseIn('in_mediation'),
          event: 'fail',
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});
