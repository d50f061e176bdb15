import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';

function load<T extends object>(key: string, empty: T): T {
  try {
    const saved = Taro.getStorageSync(key) as Partial<T> | '';
    return saved && typeof saved === 'object' ? { ...empty, ...saved } : empty;
  } catch {
    return empty;
  }
}

/** Forgets a kept draft, for a form that finished its work somewhere else (after its page moved on). */
export function forgetDraft(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

export interface Draft<T extends object> {
  draft: T;
  /** Changes some answers; the errors of the changed fields (and the form's general one) go away. */
  change: (patch: Partial<T>) => void;
  /** Messages under fields, by field name (or by the server's field path, see `errorKeys`); `_` for the form. */
  errors: Record<string, string>;
  setErrors: (errors: Record<string, string>) => void;
  /** Clears the errors of something that is not part of the kept draft (photos, for example). */
  dismiss: (...keys: string[]) => void;
  /** Forgets the draft once the form has done its work. */
  clear: () => void;
}

/**
 * A form's answers kept on the phone (Taro storage) as they are typed, so going back, a reload or a closed
 * app loses nothing; and its errors, each cleared as soon as its field changes, so an old message never
 * stays under a corrected answer. `errorKeys` names the error a field clears when the server's field path
 * differs from the draft's field name (e.g. `otherName` → `otherParty.name`).
 */
export function useDraft<T extends object>(
  key: string,
  empty: T,
  errorKeys: Partial<Record<keyof T, string>> = {},
): Draft<T> {
  const [draft, setDraft] = useState<T>(() => load(key, empty));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const cleared = useRef(false);
  const keys = useRef(errorKeys);
  useEffect(() => {
    if (cleared.current) return;
    try {
      Taro.setStorageSync(key, draft);
    } catch {
      // Storage full or unavailable: the form still works, it just is not kept.
    }
  }, [key, draft]);
  const change = useCallback((patch: Partial<T>) => {
    cleared.current = false;
    setDraft((d) => ({ ...d, ...patch }));
    const names = (Object.keys(patch) as (keyof T)[]).map((f) => keys.current[f] ?? String(f));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== '_' && !names.includes(k))));
  }, []);
  const dismiss = useCallback((...names: string[]) => {
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== '_' && !names.includes(k))));
  }, []);
  const clear = useCallback(() => {
    cleared.current = true;
    forgetDraft(key);
  }, [key]);
  return { draft, change, errors, setErrors, dismiss, clear };
}
