import { chatLimits } from '@contracts/plain/consultation';
import type { DisputeType } from '@contracts/plain/models';
import { Image, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { DisputeTypePicker } from '@/components/DisputeTypePicker';
import { HelpLine, isRefusedText } from '@/components/HelpLine';
import { PageShell } from '@/components/PageShell';
import { SubmitButton } from '@/components/SubmitButton';
import { useDraft } from '@/hooks/useDraft';
import { useMediators } from '@/hooks/useMediators';
import { useSubmit } from '@/hooks/useSubmit';
import { useSubscribeTemplates } from '@/hooks/useSubscribeTemplates';
import { pickChatPhotos, uploadChatPhoto } from '@/services/chat-upload';
import { consultationApi } from '@/services/consultation';
import { CloudActionError, errorText } from '@/services/errors';
import type { PickedPhoto } from '@/services/pick-photos';
import { requestNotices } from '@/services/subscribe';
import './index.scss';

interface ConsultDraft {
  disputeType?: DisputeType;
  description: string;
  /** Undefined lets the system choose. */
  mediatorId?: string;
}
const emptyDraft: ConsultDraft = { description: '' };

/** Start a consultation: type, what happened, optional photos, and who to ask (or let the system choose). */
export default function ConsultNew() {
  const router = useRouter();
  // Photos are not kept: the picked files are temporary and may be gone after a reload.
  const { draft, change, errors, setErrors, dismiss, clear } = useDraft('pmr-consult-draft', emptyDraft);
  const { disputeType: type, description: text, mediatorId } = draft;
  const setType = (disputeType: DisputeType) => change({ disputeType });
  const setText = (description: string) => change({ description });
  const setMediatorId = (id: string | undefined) => change({ mediatorId: id });
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const submitting = useSubmit();
  // Opened from a mediator's card: ask that mediator.
  const chosen = router.params.mediatorId;
  useEffect(() => {
    if (chosen) change({ mediatorId: chosen });
  }, [chosen, change]);
  const [refused, setRefused] = useState(false);
  const mediators = useMediators(type);
  useSubscribeTemplates();

  const submit = () => {
    if (!type) return setErrors({ disputeType: '请选择纠纷类型' });
    if (text.trim().length < chatLimits.descriptionMin)
      return setErrors({ description: `请把事情说得详细一点（至少${chatLimits.descriptionMin}个字）` });
    void submitting.run(() => {
      requestNotices(['consultationReply']);
      return start(type);
    });
  };
  const start = async (disputeType: DisputeType) => {
    setErrors({});
    try {
      const uploaded = [];
      for (const p of photos) uploaded.push({ fileID: await uploadChatPhoto(p), size: p.size });
      const c = await consultationApi.start({
        disputeType,
        description: text.trim(),
        photos: uploaded,
        mediatorId,
      });
      clear();
      Taro.redirectTo({ url: `/pages/chat/index?id=${c.id}` });
    } catch (e) {
      setErrors(e instanceof CloudActionError && e.fields ? e.fields : { _: errorText(e) });
      setRefused(isRefusedText(e));
    }
  };
  const addPhoto = async () => {
    try {
      const picked = await pickChatPhotos(chatLimits.photosMax - photos.length);
      setPhotos([...photos, ...picked].slice(0, chatLimits.photosMax));
      dismiss('photos', 'photos.0.size');
    } catch (e) {
      if (!/cancel/i.test(String((e as { errMsg?: string }).errMsg ?? '')))
        setErrors({ photos: errorText(e) });
    }
  };

  return (
    <PageShell className="cnew">
      <View className="section card">
        <Text className="cnew__label">1. 遇到的是哪类事？</Text>
        <DisputeTypePicker value={type} onChange={setType} />
        {errors.disputeType && <Text className="cnew__error">{errors.disputeType}</Text>}
      </View>
      <View className="section card">
        <Text className="cnew__label">2. 说说发生了什么</Text>
        <Textarea
          className="cnew__text"
          value={text}
          maxlength={chatLimits.descriptionMax}
          placeholder="比如：邻居家的排水沟堵了，雨水都流进我家院子。"
          onInput={(e) => setText(e.detail.value)}
        />
        <Text className="muted">
          {text.length}/{chatLimits.descriptionMax}字
        </Text>
        {errors.description && <Text className="cnew__error">{errors.description}</Text>}
        {refused && <HelpLine />}
        <View className="cnew__photos">
          {photos.map((p, i) => (
            <Image
              key={p.path}
              className="cnew__thumb"
              src={p.path}
              mode="aspectFill"
              onClick={() => setPhotos(photos.filter((_, j) => j !== i))}
            />
          ))}
          {photos.length < chatLimits.photosMax && (
            <View className="cnew__add" onClick={addPhoto}>
              <Text>+ 拍照/图片</Text>
            </View>
          )}
        </View>
        {(errors.photos || errors['photos.0.size']) && (
          <Text className="cnew__error">{errors.photos ?? errors['photos.0.size']}</Text>
        )}
      </View>
      <View className="section card">
        <Text className="cnew__label">3. 想问哪位调解员？</Text>
        <View
          className={`cnew__who${mediatorId ? '' : ' cnew__who--on'}`}
          onClick={() => setMediatorId(undefined)}
        >
          <Text className="cnew__who-name">系统帮我安排</Text>
          <Text className="muted">优先安排擅长这类纠纷、现在在线的调解员</Text>
        </View>
        {(mediators.data ?? []).map((m) => (
          <View
            key={m.id}
            className={`cnew__who${mediatorId === m.id ? ' cnew__who--on' : ''}`}
            onClick={() => setMediatorId(m.id)}
          >
            <Text className="cnew__who-name">
              {m.name}{' '}
              <Text className={m.online ? 'cnew__on' : 'cnew__off'}>{m.online ? '在线' : '离线'}</Text>
            </Text>
            <Text className="muted">
              {m.specialties.join('、')} · {m.areas.join('、')}
            </Text>
          </View>
        ))}
      </View>
      <View className="section">
        {errors._ && <Text className="cnew__error">{errors._}</Text>}
        <SubmitButton busy={submitting.busy} onClick={submit}>
          提交咨询
        </SubmitButton>
      </View>
    </PageShell>
  );
}
