import { noticeCategories } from '@contracts/plain/models';
import { Button, Image, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { FormField } from '@/components/FormField';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { uploadCover } from '@/services/cover-upload';
import { errorText } from '@/services/errors';
import { pickPhotos } from '@/services/pick-photos';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import type { Draft } from '../../draft';
import './index.scss';

interface Props {
  draft: Draft;
  errors: Record<string, string>;
  onChange: (draft: Draft) => void;
}

/** The notice's fields; the server's judgement on each shows under it. */
export function NoticeForm({ draft, errors, onChange }: Props) {
  const { busy: uploading, run: guarded } = useSubmit();
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });

  const chooseCover = () =>
    guarded(async () => {
      let path: string | undefined;
      try {
        path = (await pickPhotos(1, ['album']))[0]?.path;
      } catch {
        return; // closed the picker
      }
      if (!path) return;
      try {
        set({ cover: await uploadCover(path) });
      } catch (err) {
        Taro.showToast({ title: errorText(err), icon: 'none' });
      }
    });

  return (
    <View className="notice-form card">
      <FormField
        label="标题"
        value={draft.title}
        onInput={(title) => set({ title })}
        maxlength={40}
        error={errors.title}
      />
      <Text className="field__label">类别</Text>
      <ChoiceChips
        options={noticeCategories}
        value={[draft.category]}
        onToggle={(category) => set({ category })}
      />
      <FormField
        label="摘要"
        value={draft.summary}
        onInput={(summary) => set({ summary })}
        maxlength={80}
        placeholder="选填，不填则取正文开头"
        error={errors.summary}
      />
      <Text className="field__label">正文</Text>
      <Textarea
        className={`notice-form__body${errors.body ? ' notice-form__body--error' : ''}`}
        value={draft.body}
        maxlength={2500}
        placeholder="每段之间空一行"
        onInput={(e) => set({ body: e.detail.value })}
      />
      {errors.body && <Text className="field__error">{errors.body}</Text>}
      <Text className="field__label notice-form__cover-label">封面图</Text>
      {draft.cover && <Image className="notice-form__cover" src={draft.cover.url} mode="aspectFill" />}
      <View className="notice-form__cover-actions">
        <SubmitButton busy={uploading} kind="plain" block={false} busyText="正在上传…" onClick={chooseCover}>
          {draft.cover ? '换一张' : '上传封面'}
        </SubmitButton>
        {draft.cover && (
          <Button className="btn btn--ghost" onClick={() => set({ cover: undefined })}>
            去掉封面
          </Button>
        )}
      </View>
    </View>
  );
}
