import type { NoticeAdminView } from '@contracts/admin/notice';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { noticeApi } from '@/services/notice';
import { type Draft, draftOf, emptyDraft, saveInput } from './draft';

/**
 * The editor's state: the notice as stored, the draft being typed, and the actions on it. Publishing saves
 * unsaved changes first, so what goes out is what the admin sees.
 */
export function useNoticeEditor(id: string) {
  const [notice, setNotice] = useState<NoticeAdminView | undefined>(undefined);
  const [officialAccount, setOfficialAccount] = useState(false);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [loading, setLoading] = useState(true);
  const submitting = useSubmit();

  useEffect(() => {
    noticeApi
      .adminList({ limit: 100 })
      .then((res) => {
        setOfficialAccount(res.officialAccount);
        const found = id ? res.items.find((n) => n.id === id) : undefined;
        if (found) {
          setNotice(found);
          setDraft(draftOf(found));
        }
      })
      .catch((err: unknown) => Taro.showToast({ title: errorText(err), icon: 'none' }))
      .finally(() => setLoading(false));
  }, [id]);

  /** The admin edits a field: its old message goes, so a fixed title no longer shows the title's error. */
  const edit = (next: Draft) => {
    const changed = (Object.keys(next) as (keyof Draft)[]).filter((k) => next[k] !== draft[k]);
    setErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => !changed.includes(k as keyof Draft))),
    );
    setDraft(next);
  };

  const dirty = !notice || JSON.stringify(draftOf(notice)) !== JSON.stringify(draft);

  /** Runs a change, showing the server's refusal under the fields or in a dialog. */
  const run = async (change: () => Promise<NoticeAdminView>, done: string): Promise<boolean> =>
    (await submitting.run(() => apply(change, done))) ?? false;
  const apply = async (change: () => Promise<NoticeAdminView>, done: string): Promise<boolean> => {
    setErrors({});
    try {
      const next = await change();
      setNotice(next);
      setDraft(draftOf(next));
      Taro.showToast({ title: done, icon: 'success' });
      return true;
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(fields);
      if (Object.keys(fields).length === 0) {
        Taro.showModal({
          title: '没有成功',
          content: errorText(err),
          showCancel: false,
          confirmText: '知道了',
        });
      }
      return false;
    }
  };

  const save = () => run(() => noticeApi.save(saveInput(draft, notice?.id)), '已保存');
  const publish = (options: { at?: number; toOfficialAccount: boolean; pushSubscribers: boolean }) =>
    run(
      async () => {
        const saved = dirty
          ? await noticeApi.save(saveInput(draft, notice?.id))
          : (notice as NoticeAdminView);
        return noticeApi.publish({ id: saved.id, ...options });
      },
      options.at ? '已定时' : '已发布',
    );
  const withdraw = () => notice && run(() => noticeApi.withdraw(notice.id), '已撤回');
  const refreshOfficial = () => notice && run(() => noticeApi.refreshOfficial(notice.id), '已刷新');
  const retryOfficial = () => notice && run(() => noticeApi.retryOfficial(notice.id), '已重新提交');

  return {
    notice,
    officialAccount,
    draft,
    setDraft: edit,
    errors,
    loading,
    busy: submitting.busy,
    dirty,
    save,
    publish,
    withdraw,
    refreshOfficial,
    retryOfficial,
  };
}
