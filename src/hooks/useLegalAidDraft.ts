import type { DraftForm } from '@contracts/legal-aid/form';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { legalAidApi } from '@/services/legal-aid';

const LOCAL_KEY = 'legal-aid-draft';
/** What the pre-check page hands over, so the applicant does not answer the same questions twice. */
export const PRECHECK_KEY = 'legal-aid-precheck';

interface LocalCopy {
  form: DraftForm;
  step: number;
  at: number;
}

function readLocal(): LocalCopy | null {
  const raw = Taro.getStorageSync(LOCAL_KEY) as LocalCopy | '';
  return raw && typeof raw === 'object' ? raw : null;
}

/** A change to the draft: fields, or a function of the latest form answering fields. */
export type DraftPatch = DraftForm | ((current: DraftForm) => DraftForm);

/**
 * The application draft. Every change is kept on the phone at once and every screen change is saved to
 * the cloud, so neither a closed app nor a dropped network loses an answer; whichever copy is newer wins.
 */
export function useLegalAidDraft() {
  const [form, setForm] = useState<DraftForm>({});
  const [step, setStep] = useState(0);
  const [retentionDays, setRetentionDays] = useState(180);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [note, setNote] = useState('');
  const formRef = useRef<DraftForm>({});

  const load = useCallback(async () => {
    setLoading(true);
    setError(undefined);
    try {
      const server = await legalAidApi.getDraft();
      const local = readLocal();
      const newer = local && local.at > (server.savedAt ?? 0) ? local : null;
      const handoff = (Taro.getStorageSync(PRECHECK_KEY) || {}) as DraftForm;
      const base = newer ? newer.form : server.form;
      const merged = base.matter ? base : { ...handoff, ...base };
      formRef.current = merged;
      setForm(merged);
      setStep(newer ? newer.step : server.step);
      setRetentionDays(server.retentionDays);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // A patch may be computed from the latest form: two photos uploading at once must both be kept.
  const update = useCallback(
    (patch: DraftPatch) => {
      const next = typeof patch === 'function' ? patch(formRef.current) : patch;
      formRef.current = { ...formRef.current, ...next };
      setForm(formRef.current);
      Taro.setStorageSync(LOCAL_KEY, { form: formRef.current, step, at: Date.now() });
    },
    [step],
  );

  const save = useCallback(async (nextStep: number) => {
    setStep(nextStep);
    Taro.setStorageSync(LOCAL_KEY, { form: formRef.current, step: nextStep, at: Date.now() });
    try {
      await legalAidApi.saveDraft(formRef.current, nextStep);
      setNote('已自动保存');
    } catch {
      setNote('已保存在手机上，联网后会自动同步');
    }
  }, []);

  const clear = useCallback(() => {
    Taro.removeStorageSync(LOCAL_KEY);
    Taro.removeStorageSync(PRECHECK_KEY);
  }, []);

  return { form, step, retentionDays, loading, error, note, reload: load, update, save, clear };
}
