import type { OfficialState, PushState } from '@contracts/admin/notice';
import type { DisputeType, NoticeCategory, Role } from '@contracts/models';

/**
 * Stored shapes of the documents, as functions read and write them. They differ from the contracts'
 * models on purpose: stored users hold the encrypted phone, which no response ever carries.
 */
export interface UserDoc {
  _id: string;
  openid: string;
  role: Role;
  nickname: string;
  /** AES-256-GCM ciphertext (see crypto.ts); decrypted only where a person with a need reads it. */
  phoneEnc?: string;
  phoneMasked?: string;
  village?: string;
  /** The resident's village or community in the area tree (server/areas), when they chose one. */
  areaId?: string;
  /** Staff only: the node they work in and see under (server/areas/scope.ts); none is the whole county. */
  scopeAreaId?: string;
  createdAt: number;
  updatedAt: number;
}

export interface MediatorDoc {
  _id: string;
  userId: string;
  openid: string;
  name: string;
  photoUrl?: string;
  title?: string;
  specialties: DisputeType[];
  areas: string[];
  online: boolean;
  /** Open consultations a mediator takes at once before new ones queue. */
  capacity: number;
  active: boolean;
  createdAt: number;
}

export type NoticeStatus = 'draft' | 'scheduled' | 'published' | 'withdrawn';

/** The official account state as stored: the contract's view plus the ids the next steps need. */
export type OfficialDocState = OfficialState & { draftMediaId?: string; thumbMediaId?: string };

export interface NoticeDoc {
  _id: string;
  title: string;
  category: NoticeCategory;
  summary: string;
  body: string;
  /** The cover's cloud fileID: readers get a temporary URL of it, the official account upload its bytes. */
  coverFileId?: string;
  status: NoticeStatus;
  publishedAt?: number;
  /** The copy on the official account, when the admin asked for one (see server/official-account/). */
  official?: OfficialDocState;
  /** The reminder to subscribed residents, sent in batches by the timer; `cursor` is the last credit done. */
  push?: PushState & { cursor?: string };
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface AuditLogDoc {
  _id: string;
  at: number;
  actorId: string;
  actorRole: Role;
  action: string;
  /** In words (server/audit.ts). */
  target: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
}
