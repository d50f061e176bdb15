/**
 * Collection names, from one map so a typo is a type error. The same names are declared with their
 * indexes and security rules in database/collections.json.
 */
export const Collections = {
  users: 'users',
  mediators: 'mediators',
  notices: 'notices',
  auditLogs: 'audit_logs',
  counters: 'counters',
  rateLimits: 'rate_limits',
  officialTokens: 'official_tokens',
  legalAidApplications: 'legal_aid_applications',
  legalAidDrafts: 'legal_aid_drafts',
  legalAidAccessLogs: 'legal_aid_access_logs',
  consultations: 'consultations',
  messages: 'messages',
  messageFeed: 'message_feed',
  consultationFeed: 'consultation_feed',
  consultationNotes: 'consultation_notes',
  quickReplies: 'quick_replies',
  notifications: 'notifications',
  cases: 'cases',
  bookingSlots: 'booking_slots',
  availability: 'availability',
  reminders: 'reminders',
  followUps: 'follow_ups',
  subscribeCredits: 'subscribe_credits',
  heldItems: 'held_items',
  idempotency: 'idempotency',
  statsRollups: 'stats_rollups',
  warnings: 'warnings',
  warningConfig: 'warning_config',
  areas: 'areas',
  teamMembers: 'team_members',
  visits: 'visits',
  visitRecords: 'visit_records',
  units: 'units',
  gridEvents: 'grid_events',
  gridPoints: 'grid_points',
  gridStarScheme: 'grid_star_scheme',
} as const;

export type CollectionName = (typeof Collections)[keyof typeof Collections];
