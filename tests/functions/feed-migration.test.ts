import { useAppCloud } from '../helpers/app-cloud';
import { stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();

/** Stores a consultation and its messages as they were before the feeds (readers in `visibleTo`). */
async function legacyConsultation() {
  const now = Date.now();
  const c = await sdk(
    app.db.collection('consultations').add({
      data: { residentOpenid: 'o-r', mediatorOpenid: 'o-m', status: 'open', createdAt: now, updatedAt: now },
    }),
  );
  const id = (c as { _id: string })._id;
  const message = (fields: Record<string, unknown>) =>
    sdk(
      app.db.collection('messages').add({
        data: {
          consultationId: id,
          clientMsgId: 'k',
          kind: 'text',
          senderId: 'u-1',
          createdAt: now,
          ...fields,
        },
      }),
    ).then((r) => (r as { _id: string })._id);
  const both = await message({ side: 'resident', status: 'sent', text: '你好', visibleTo: ['o-r', 'o-m'] });
  const held = await message({ side: 'resident', status: 'review', text: '待审', visibleTo: ['o-r'] });
  return { id, both, held };
}

describe('migrating stored documents to the feeds', () => {
  it('turns visibleTo into reader fields, projects every message and signals every consultation, once', async () => {
    const { id, both, held } = await legacyConsultation();
    const { migrateToFeeds } = await import('@server/consultation/feed-migration');
    const first = await migrateToFeeds();
    expect(first.messages).toBeGreaterThanOrEqual(2);
    expect(await stored(app, 'messages', both)).toMatchObject({
      residentOpenid: 'o-r',
      mediatorOpenid: 'o-m',
    });
    expect(await stored(app, 'messages', both)).not.toHaveProperty('visibleTo');
    expect(await stored(app, 'message_feed', held)).toMatchObject({
      residentOpenid: 'o-r',
      mediatorOpenid: '',
      status: 'review',
    });
    expect(await stored(app, 'message_feed', both)).not.toHaveProperty('senderId');
    expect(await stored(app, 'consultation_feed', id)).toMatchObject({
      residentOpenid: 'o-r',
      mediatorOpenid: 'o-m',
    });
    expect(await migrateToFeeds()).toEqual({ messages: 0, consultations: 0 });
  });
});
