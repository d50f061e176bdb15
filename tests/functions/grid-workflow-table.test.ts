import { gridEventStates, gridSteps } from '@contracts/grid/models';
import type { GridEventDoc } from '@server/grid/models';
import type { Party } from '@server/grid/parties';
import { allowedSteps, stepRules } from '@server/grid/workflow';

/**
 * The workflow table walked whole: for every state and every party, exactly the steps the loop allows
 * (the function tests take each of them through the local cloud). Cards are the timer's, never a button.
 */
const expected: Record<string, Partial<Record<Party, string[]>>> = {
  reported: { reporter: ['resolve_on_spot', 'to_case'], street: ['accept', 'return', 'to_case'] },
  accepted: { reporter: ['to_case'], street: ['dispatch', 'to_case'] },
  dispatched: { unit: ['take', 'send_back', 'ask_extension'] },
  handling: { unit: ['send_back', 'reply', 'ask_extension'] },
  replied: { verifier: ['verify_pass', 'verify_fail'] },
  verified: { verifier: ['close'], street: ['close'] },
  returned: {},
  closed: {},
  resolved_on_spot: {},
};

const event = (state: GridEventDoc['state'], fields: Partial<GridEventDoc> = {}) =>
  ({ state, type: 'dispute', cards: {}, timeline: [], ...fields }) as GridEventDoc;

describe('the workflow table', () => {
  const parties: Party[] = ['reporter', 'street', 'unit', 'verifier', 'watcher', 'system'];
  it.each(gridEventStates)('allows exactly the loop’s steps in %s', (state) => {
    for (const party of parties) {
      expect([party, allowedSteps(event(state), new Set([party]))]).toEqual([
        party,
        expected[state]?.[party] ?? [],
      ]);
    }
  });

  it('has a rule for every step, and only the timer gives cards', () => {
    expect(Object.keys(stepRules).sort()).toEqual([...gridSteps].sort());
    expect(stepRules.yellow_card.by).toEqual(['system']);
    expect(stepRules.red_card.by).toEqual(['system']);
  });

  it('offers extension decisions only while one is pending, and cases only for disputes', () => {
    const pending = event('handling', {
      extension: { reason: '等待', until: 1, askedById: 'u', askedAt: 1, status: 'pending' },
    });
    expect(allowedSteps(pending, new Set(['street']))).toEqual(['approve_extension', 'refuse_extension']);
    expect(allowedSteps(pending, new Set(['unit']))).toEqual(['send_back', 'reply']);
    expect(allowedSteps(event('reported', { type: 'hazard' }), new Set(['street']))).toEqual([
      'accept',
      'return',
    ]);
  });
});
