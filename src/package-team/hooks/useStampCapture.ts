import { useState } from 'react';
import { READINGS, type Readings, takeReadings } from '@/services/location';
import { pickPhotos } from '@/services/pick-photos';

export type CaptureStep = 'idle' | 'locating' | 'photo';

export interface Captured {
  readings: Readings;
  clientAt: number;
  photoPath: string;
}

/** Words for a capture that could not finish, as the member sees them. */
function captureProblem(error: unknown): string {
  const text = String((error as { errMsg?: string; message?: string })?.errMsg ?? (error as Error)?.message);
  if (/cancel/.test(text)) return '没有拍照，签到没有完成';
  if (/denied/.test(text)) return '没有位置权限：请在设置里允许使用位置信息后再签到';
  return '没有取得位置，请到开阔的地方再试一次';
}

/**
 * Takes what a check-in or sign-out needs, at the member's tap: several location readings a second apart,
 * then a live photo from the camera (never the album). Answers null with the problem in words when the
 * member cancelled or the phone could not locate.
 */
export function useStampCapture() {
  const [step, setStep] = useState<CaptureStep>('idle');
  const [done, setDone] = useState(0);
  const [problem, setProblem] = useState('');
  const capture = async (): Promise<Captured | null> => {
    setProblem('');
    setDone(0);
    try {
      setStep('locating');
      const readings = await takeReadings(setDone);
      const clientAt = Date.now();
      setStep('photo');
      const [photo] = await pickPhotos(1, ['camera']);
      if (!photo) throw new Error('cancel');
      return { readings, clientAt, photoPath: photo.path };
    } catch (error) {
      setProblem(captureProblem(error));
      return null;
    } finally {
      setStep('idle');
    }
  };
  const stepText =
    step === 'locating'
      ? `正在定位，第 ${Math.min(done + 1, READINGS)} 次，共 ${READINGS} 次…`
      : step === 'photo'
        ? '请拍一张现场照片'
        : '';
  return { capture, busy: step !== 'idle', stepText, problem };
}
