/**
 * Where a client may upload: `uploads/<userId>/<purpose>/<name>`, in the uploader's own folder. The app
 * builds upload paths with it, the functions accept a file id only from the caller's own folder for the
 * purpose at hand, and the local cloud lands a browser upload only there. One convention for all three, so
 * nobody can attach (and so read) a file someone else uploaded.
 */
export const UPLOAD_ROOT = 'uploads';

/** What an upload is for; each has its own sub-folder, so a purge of one never deletes another's files. */
export const uploadPurposes = [
  'chat',
  'legal-aid',
  'notice-cover',
  // A handwritten signature drawn on the phone, for one agreement.
  'signature',
  // ID card photos a party adds to a judicial-confirmation application.
  'id-card',
  // A document someone checks against the record (协议书核验).
  'verify',
  // A team member's live check-in photos and the photos of what they did on a visit.
  'visit',
  // A grid worker's on-site photos and a unit's photos of what it did (issue 14).
  'grid-event',
] as const;

export type UploadPurpose = (typeof uploadPurposes)[number];

/** The folder a user uploads into for one purpose, ending in `/`. */
export function uploadFolderOf(userId: string, purpose: UploadPurpose): string {
  return `${UPLOAD_ROOT}/${userId}/${purpose}/`;
}

/**
 * Whether a storage path (`uploads/<userId>/<purpose>/<name>`, no bucket) is a file in the user's own folder
 * for `purpose`, or for any purpose when none is given. `.`, `..` and empty segments never pass.
 */
export function isOwnUploadPath(path: string, userId: string, purpose?: UploadPurpose): boolean {
  const [root, owner, folder, ...name] = path.split('/');
  const purposeOk = purpose ? folder === purpose : uploadPurposes.some((p) => p === folder);
  return (
    root === UPLOAD_ROOT &&
    owner === userId &&
    userId.length > 0 &&
    purposeOk &&
    name.length > 0 &&
    name.every((s) => s !== '' && s !== '.' && s !== '..')
  );
}
