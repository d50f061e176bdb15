import type { TActInput, TReportInput } from '@contracts/functions/gridevent-inputs';
import type { DisputeType } from '@contracts/plain/models';
import { callCloud } from './cloud';
import { withIntentKey } from './intent-key';

/** Grid reporting: reports (sent by the grid outbox), the three lists, a step, and the dispute-to-case tap. */
export const gridEventApi = {
  report: (input: TReportInput) => callCloud('gridevent', 'report', input),
  nearby: (input: {
    type: TReportInput['type'];
    point: TReportInput['point'];
    coordinate: 'gcj02' | 'wgs84';
  }) => callCloud('gridevent', 'nearby', input),
  list: (box: 'mine' | 'unit' | 'street', open: boolean) => callCloud('gridevent', 'list', { box, open }),
  get: (eventId: string) => callCloud('gridevent', 'get', { eventId }),
  act: (input: TActInput) => callCloud('gridevent', 'act', input),
  toCase: (eventId: string, disputeType: DisputeType) =>
    withIntentKey('gridevent.toCase', { eventId, disputeType }, (clientKey) =>
      callCloud('gridevent', 'toCase', { eventId, disputeType, clientKey }),
    ),
  units: () => callCloud('gridevent', 'units', {}),
  locate: (point: { lng: number; lat: number }) => callCloud('area', 'locate', { point }),
};
