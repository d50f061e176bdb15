import { cloud } from '../cloud';
import type { NoticeDoc, OfficialDocState } from '../models';
import { callOfficial } from './api';
import type { OfficialAccountConfig } from './config';
import { describeFailure, publishFailureText } from './messages';

/** An 8x8 teal square: draft/add needs a thumb, and a notice may have no cover of its own. */
const DEFAULT_THUMB = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGPgL8vDihiGlgQApWE8wfekj3cAAAAASUVORK5CYII=',
  'base64',
);

async function thumbBytes(notice: NoticeDoc): Promise<{ bytes: Buffer; filename: string; type: string }> {
  if (!notice.coverFileId) return { bytes: DEFAULT_THUMB, filename: 'cover.png', type: 'image/png' };
  const res = (await cloud.downloadFile({ fileID: notice.coverFileId })) as { fileContent: Buffer };
  const png = notice.coverFileId.toLowerCase().endsWith('.png');
  return {
    bytes: res.fileContent,
    filename: png ? 'cover.png' : 'cover.jpg',
    type: png ? 'image/png' : 'image/jpeg',
  };
}

/** The article body: the notice's paragraphs as HTML, escaped (WeChat renders content as HTML). */
export function articleHtml(body: string): string {
  const escapeHtml = (t: string) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

/**
 * Uploads the cover as permanent material, adds a draft and submits it for publishing. Every attempt starts
 * from a fresh draft: a draft whose publish job failed may be gone. Answers the new state; a failure is
 * recorded in the state (for the console and a retry), never thrown.
 */
export async function submitToOfficial(
  config: OfficialAccountConfig,
  notice: NoticeDoc,
  now: number,
): Promise<OfficialDocState> {
  const attempts = (notice.official?.attempts ?? 0) + 1;
  try {
    const thumb = await thumbBytes(notice);
    const material = await callOfficial(config, '/cgi-bin/material/add_material?type=image', {
      file: { field: 'media', filename: thumb.filename, contentType: thumb.type, bytes: thumb.bytes },
    });
    const thumbMediaId = String(material.media_id ?? '');
    const draft = await callOfficial(config, '/cgi-bin/draft/add', {
      json: {
        articles: [
          {
            title: notice.title,
            author: '县司法局',
            digest: notice.summary,
            content: articleHtml(notice.body),
            thumb_media_id: thumbMediaId,
            need_open_comment: 0,
            only_fans_can_comment: 0,
          },
        ],
      },
    });
    const draftMediaId = String(draft.media_id ?? '');
    const submitted = await callOfficial(config, '/cgi-bin/freepublish/submit', {
      json: { media_id: draftMediaId },
    });
    return {
      status: 'publishing',
      publishId: String(submitted.publish_id ?? ''),
      thumbMediaId,
      draftMediaId,
      attempts,
      updatedAt: now,
    };
  } catch (error) {
    console.error('[official-account] submit failed', (error as Error).message);
    return { status: 'failed', error: describeFailure(error), attempts, updatedAt: now };
  }
}

interface PublishJob {
  publish_status?: number;
  article_id?: string;
  article_detail?: { item?: { idx: number; article_url: string }[] };
  fail_idx?: number[];
}

/**
 * Asks WeChat how a publish job is going (publish_status 0 success, 1 publishing, 2-6 failed). A lookup that
 * fails leaves the state as it was, so the next poll simply asks again.
 */
export async function followOfficial(
  config: OfficialAccountConfig,
  state: OfficialDocState,
  now: number,
): Promise<OfficialDocState> {
  if (state.status !== 'publishing' || !state.publishId) return state;
  let job: PublishJob;
  try {
    job = (await callOfficial(config, '/cgi-bin/freepublish/get', {
      json: { publish_id: state.publishId },
    })) as PublishJob;
  } catch (error) {
    console.error('[official-account] freepublish/get failed', (error as Error).message);
    return state;
  }
  const status = job.publish_status ?? 1;
  if (status === 1) return state;
  if (status === 0) {
    const articleUrl = job.article_detail?.item?.[0]?.article_url;
    return {
      ...state,
      status: 'published',
      error: undefined,
      ...(articleUrl ? { articleUrl } : {}),
      updatedAt: now,
    };
  }
  const error = publishFailureText[status] ?? `公众号发布失败（状态${status}）`;
  return { ...state, status: 'failed', error, updatedAt: now };
}
