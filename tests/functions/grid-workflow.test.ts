import type { GridEventDetail } from '@contracts/grid/models';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { sdk } from '../helpers/devcloud';
import { act, actOk, castGrid, type GridCast, handledByOffice, photoOf, reportAs } from '../helpers/grid';

const app = useAppCloud();
let c: GridCast;

beforeAll(async () => {
  c = await castGrid(app);
});

const get = async (who: { openid: string }, eventId: string) =>
  app.call(who.openid, 'gridevent', 'get', { eventId });

describe('the loop 上报 → 受理 → 派遣 → 处置 → 核查 → 结案', () => {
  it('goes round with the right person at each step, every step in the timeline with who and when', async () => {
    const reported = await reportAs(app, c.worker);
    expect(reported).toMatchObject({
      state: 'reported',
      placeName: expect.stringContaining('东山村第一网格'),
    });
    expect(reported.number).toMatch(/^SJ-\d{4}-\d{6}$/);
    expect(reported.allowedSteps).toEqual(['resolve_on_spot', 'to_case']);
    const accepted = await actOk(app, c.street, { step: 'accept', eventId: reported.id });
    expect(accepted.allowedSteps).toEqual(['dispatch', 'to_case']);
    const dispatched = await actOk(app, c.street, {
      step: 'dispatch',
      eventId: reported.id,
      unitId: c.officeUnitId,
    });
    expect(dispatched).toMatchObject({
      state: 'dispatched',
      unitName: '城关社区居委会',
      deadlineLevel: 'green',
    });
    expect(dispatched.deadline).toBeGreaterThan(Date.now());
    const taken = await actOk(app, c.office, { step: 'take', eventId: reported.id });
    expect(taken.allowedSteps).toEqual(['send_back', 'reply', 'ask_extension']);
    const replied = await actOk(app, c.office, {
      step: 'reply',
      eventId: reported.id,
      note: '已调解，双方重新确认边界',
      photos: [photoOf(app, c.office)],
    });
    expect(replied.state).toBe('replied');
    const verified = await actOk(app, c.worker, {
      step: 'verify_pass',
      eventId: reported.id,
      photos: [photoOf(app, c.worker)],
    });
    expect(verified.allowedSteps).toEqual(['close']);
    const closed = await actOk(app, c.worker, { step: 'close', eventId: reported.id });
    expect(closed.state).toBe('closed');
    expect(closed.timeline.map((t) => [t.step, t.byName])).toEqual([
      ['report', '王网格'],
      ['accept', '城关镇综治办'],
      ['dispatch', '城关镇综治办'],
      ['take', '社区刘主任'],
      ['reply', '社区刘主任'],
      ['verify_pass', '王网格'],
      ['close', '王网格'],
    ]);
    expect(closed.timeline.every((t) => t.at >= reported.createdAt)).toBe(true);
    expect(closed.timeline.find((t) => t.step === 'reply')).toMatchObject({
      onTime: true,
      photoUrls: [expect.any(String)],
    });
    expect(closed.timeline.find((t) => t.step === 'close')?.onTime).toBe(true);
  });

  it('records the admins’ steps in the audit log', async () => {
    const e = await reportAs(app, c.worker);
    await actOk(app, c.street, { step: 'accept', eventId: e.id });
    const logs = (await sdk(app.db.collection('audit_logs').where({ targetId: e.id }).get())) as unknown as {
      data: { action: string; target: string }[];
    };
    expect(logs.data).toEqual([
      expect.objectContaining({ action: 'gridevent.accept', target: `事件 ${e.number}` }),
    ]);
  });
});

describe('only the allowed people take each step', () => {
  it('refuses steps by role and by scope before dispatch', async () => {
    const e = await reportAs(app, c.worker);
    expect(codeOf(await act(app, c.worker, { step: 'accept', eventId: e.id }))).toBe('FORBIDDEN');
    expect(codeOf(await act(app, c.otherStreet, { step: 'accept', eventId: e.id }))).toBe('NOT_FOUND');
    expect(codeOf(await act(app, c.office, { step: 'accept', eventId: e.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await act(app, c.otherWorker, {
          step: 'resolve_on_spot',
          eventId: e.id,
          note: '已解决',
          photos: [photoOf(app, c.otherWorker)],
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await act(app, c.street, { step: 'dispatch', eventId: e.id, unitId: c.officeUnitId })),
    ).toBe('CONFLICT');
    expect(codeOf(await get(c.otherStreet, e.id))).toBe('NOT_FOUND');
    await actOk(app, c.street, { step: 'accept', eventId: e.id });
    expect(codeOf(await act(app, c.street, { step: 'accept', eventId: e.id }))).toBe('CONFLICT');
    expect(codeOf(await act(app, c.street, { step: 'dispatch', eventId: e.id, unitId: c.nanhuUnitId }))).toBe(
      'FORBIDDEN',
    );
    const stored = dataOf<GridEventDetail>(await get(c.street, e.id));
    expect(stored.state).toBe('accepted');
    expect(stored.timeline).toHaveLength(2);
  });

  it('refuses the wrong unit, the street handling, and a reply without a photo', async () => {
    const e = await handledByOffice(app, c);
    expect(
      codeOf(
        await act(app, c.squad, {
          step: 'reply',
          eventId: e.id,
          note: '处理完毕',
          photos: [photoOf(app, c.squad)],
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await act(app, c.nanhuStaff, { step: 'send_back', eventId: e.id, note: '不是我们的' })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await act(app, c.street, {
          step: 'reply',
          eventId: e.id,
          note: '处理完毕',
          photos: [photoOf(app, c.street)],
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await act(app, c.worker, { step: 'verify_pass', eventId: e.id, photos: [photoOf(app, c.worker)] }),
      ),
    ).toBe('CONFLICT');
    const noPhoto = await app.call(c.office.openid, 'gridevent', 'act', {
      step: 'reply',
      eventId: e.id,
      note: '处理完毕',
    });
    expect(noPhoto).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', fields: { photos: '请拍一张处置后的照片' } },
    });
    const foreign = await act(app, c.office, {
      step: 'reply',
      eventId: e.id,
      note: '处理完毕',
      photos: [photoOf(app, c.worker)],
    });
    expect(codeOf(foreign)).toBe('BAD_REQUEST');
    expect(codeOf(await act(app, c.office, { step: 'take', eventId: e.id }))).toBe('CONFLICT');
  });

  it('lets a resident report and follow, but take no step', async () => {
    const e = await reportAs(app, c.resident, { photos: [], people: [] });
    expect(e.allowedSteps).toEqual([]);
    expect(
      codeOf(
        await act(app, c.resident, {
          step: 'resolve_on_spot',
          eventId: e.id,
          note: '好了',
          photos: [photoOf(app, c.resident)],
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await app.call(c.office.openid, 'gridevent', 'report', {}))).toBe('FORBIDDEN');
  });

  it('refuses a report from a unit or a mediator, and a grid worker’s report without a photo', async () => {
    const mediator = await app.createUser('mediator');
    expect(codeOf(await app.call(mediator.openid, 'gridevent', 'report', { clientKey: 'abcdefgh' }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await app.call(c.office.openid, 'gridevent', 'list', { box: 'street' }))).toBe('FORBIDDEN');
    const res = await app.call(c.worker.openid, 'gridevent', 'report', {
      clientKey: 'no-photo-1',
      type: 'hazard',
      description: '路边电线杆倾斜',
      point: { lng: 119.9075, lat: 29.175 },
      clientAt: Date.now(),
    });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', fields: { photos: '请先拍一张现场照片' } },
    });
  });
});

describe('back and forth', () => {
  it('returns a report with a reason', async () => {
    const e = await reportAs(app, c.worker);
    expect(codeOf(await act(app, c.street, { step: 'return', eventId: e.id, note: '' }))).toBe('BAD_REQUEST');
    const returned = await actOk(app, c.street, { step: 'return', eventId: e.id, note: '不属于网格事件' });
    expect(returned).toMatchObject({ state: 'returned', allowedSteps: [] });
  });

  it('takes a sent-back event away from the unit and lets the street dispatch it again', async () => {
    const e = await handledByOffice(app, c);
    const back = await actOk(app, c.office, { step: 'send_back', eventId: e.id, note: '属于执法队职责' });
    expect(back).toMatchObject({ state: 'accepted' });
    expect(back.unitName).toBeUndefined();
    expect(codeOf(await get(c.office, e.id))).toBe('NOT_FOUND');
    const todo = dataOf<{ items: { id: string }[] }>(
      await app.call(c.office.openid, 'gridevent', 'list', { box: 'unit' }),
    );
    expect(todo.items.map((i) => i.id)).not.toContain(e.id);
    const again = await actOk(app, c.street, { step: 'dispatch', eventId: e.id, unitId: c.squadUnitId });
    expect(again).toMatchObject({ state: 'dispatched', unitName: '城关镇综合执法队' });
    expect(dataOf<GridEventDetail>(await get(c.squad, e.id)).allowedSteps).toContain('take');
  });

  it('sends a failed verification back to dispatch', async () => {
    const e = await handledByOffice(app, c);
    await actOk(app, c.office, {
      step: 'reply',
      eventId: e.id,
      note: '已处理',
      photos: [photoOf(app, c.office)],
    });
    const failed = await actOk(app, c.worker, {
      step: 'verify_fail',
      eventId: e.id,
      note: '现场还在争吵',
      photos: [photoOf(app, c.worker)],
    });
    expect(failed).toMatchObject({ state: 'accepted', allowedSteps: ['to_case'] });
    const street = dataOf<GridEventDetail>(await get(c.street, e.id));
    expect(street.allowedSteps).toContain('dispatch');
    expect(street.timeline.at(-1)).toMatchObject({
      step: 'verify_fail',
      note: '现场还在争吵',
      photoUrls: [expect.any(String)],
    });
  });

  it('resolves a small matter on the spot without dispatch', async () => {
    const e = await reportAs(app, c.worker, { type: 'facility', description: '路灯不亮，已报修并修好' });
    const done = await actOk(app, c.worker, {
      step: 'resolve_on_spot',
      eventId: e.id,
      note: '当场联系电工修好',
      photos: [photoOf(app, c.worker)],
    });
    expect(done).toMatchObject({ state: 'resolved_on_spot', stateLabel: '就地解决' });
    expect(codeOf(await act(app, c.street, { step: 'accept', eventId: e.id }))).toBe('CONFLICT');
  });
});

describe('extensions', () => {
  it('moves the deadline only when the street approves', async () => {
    const e = await handledByOffice(app, c);
    const until = (e.deadline ?? 0) + 2 * 86_400_000;
    expect(
      codeOf(
        await act(app, c.office, {
          step: 'ask_extension',
          eventId: e.id,
          note: '需要等待测量',
          until: (e.deadline ?? 0) - 1,
        }),
      ),
    ).toBe('BAD_REQUEST');
    const asked = await actOk(app, c.office, {
      step: 'ask_extension',
      eventId: e.id,
      note: '需要等待测量',
      until,
    });
    expect(asked.extension).toMatchObject({ status: 'pending', until });
    expect(asked.deadline).toBe(e.deadline);
    expect(
      codeOf(await act(app, c.office, { step: 'ask_extension', eventId: e.id, note: '再申请一次', until })),
    ).toBe('CONFLICT');
    expect(codeOf(await act(app, c.office, { step: 'approve_extension', eventId: e.id }))).toBe('FORBIDDEN');
    const refused = await actOk(app, c.street, {
      step: 'refuse_extension',
      eventId: e.id,
      note: '请按期办结',
    });
    expect(refused).toMatchObject({ deadline: e.deadline, extension: { status: 'refused' } });
    expect(codeOf(await act(app, c.street, { step: 'approve_extension', eventId: e.id }))).toBe('CONFLICT');
    await actOk(app, c.office, { step: 'ask_extension', eventId: e.id, note: '测量队周五才到', until });
    const approved = await actOk(app, c.street, { step: 'approve_extension', eventId: e.id });
    expect(approved).toMatchObject({ deadline: until, extension: { status: 'approved' } });
  });
});
