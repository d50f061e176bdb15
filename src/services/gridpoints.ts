import type { InputOf } from '@contracts/contract';
import type { gridpointsContract } from '@contracts/functions/gridpoints';
import { callCloud } from './cloud';

type In<A extends keyof typeof gridpointsContract> = InputOf<(typeof gridpointsContract)[A]>;

/** Star-rated grids: the worker's points, the bureau's ranking and figures, hand scores and ratings. */
export const gridPointsApi = {
  mine: (input: In<'mine'>) => callCloud('gridpoints', 'mine', input),
  ledger: (input: In<'ledger'>) => callCloud('gridpoints', 'ledger', input),
  ranking: (input: In<'ranking'>) => callCloud('gridpoints', 'ranking', input),
  figures: (input: In<'figures'>) => callCloud('gridpoints', 'figures', input),
  handScore: (input: In<'handScore'>) => callCloud('gridpoints', 'handScore', input),
  scheme: () => callCloud('gridpoints', 'scheme', {}),
  rate: (input: In<'rate'>) => callCloud('gridpoints', 'rate', input),
};
