import { consultationContract } from '@contracts/functions/consultation';
import { defineFunction } from '@server/define-function';
import { close } from './actions/close';
import { get } from './actions/get';
import { inbox } from './actions/inbox';
import { listMine } from './actions/list-mine';
import { deleteQuickReply, quickReplies, saveQuickReply } from './actions/quick-replies';
import { rate } from './actions/rate';
import { reassign } from './actions/reassign';
import { saveNote } from './actions/save-note';
import { setOnline } from './actions/set-online';
import { start } from './actions/start';
import { transcript } from './actions/transcript';

export const main = defineFunction('consultation', consultationContract, {
  start,
  listMine,
  get,
  inbox,
  close,
  rate,
  transcript,
  reassign,
  saveNote,
  quickReplies,
  saveQuickReply,
  deleteQuickReply,
  setOnline,
});
