import { z } from 'zod';
import { ZMonth } from './points';

/**
 * The figures of grid events for a month (by the day each was reported), as the digital city-management
 * standard counts them: 立案 is an event accepted (or resolved on the spot); 应结案 a filed event that is
 * closed or whose deadline has passed; 结案率 = 结案 / 应结案; 按期结案率 = closed by the deadline / 应结案.
 */
export const ZFigureRow = z.object({
  key: z.string(),
  label: z.string(),
  received: z.number().int(),
  filed: z.number().int(),
  dispatched: z.number().int(),
  due: z.number().int(),
  closed: z.number().int(),
  onTime: z.number().int(),
  /** Percent with one decimal; 0 when nothing was due. */
  closeRate: z.number(),
  onTimeRate: z.number(),
});
export type FigureRow = z.infer<typeof ZFigureRow>;

export const ZGridFigures = z.object({
  month: ZMonth,
  scopeName: z.string(),
  total: ZFigureRow,
  byType: z.array(ZFigureRow),
  byGrid: z.array(ZFigureRow),
  byCommunity: z.array(ZFigureRow),
  byUnit: z.array(ZFigureRow),
});
export type GridFigures = z.infer<typeof ZGridFigures>;
