import type { Me } from '@contracts/models';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { FormField } from '@/components/FormField';
import { SubmitButton } from '@/components/SubmitButton';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { userApi } from '@/services/user';
import './index.scss';

interface Props {
  me: Me;
  onSaved: (me: Me) => void;
  onCancel: () => void;
}

/**
 * Edits my nickname and phone; the server's judgement on each field shows under that field. The village is
 * chosen from the area tree on its own page (ProfileCard).
 */
export function ProfileForm({ me, onSaved, onCancel }: Props) {
  const [nickname, setNickname] = useState(me.nickname);
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const { busy: saving, run } = useSubmit();

  const save = () => {
    // Catch the one obvious slip here so the user is not kept waiting for the network.
    if (!nickname.trim()) {
      setErrors({ nickname: '请填写称呼' });
      return;
    }
    void run(async () => {
      setErrors({});
      setFormError('');
      try {
        // An empty phone box keeps the stored number: the form never sees the unmasked one.
        const next = await userApi.updateProfile({
          nickname: nickname.trim(),
          phone: phone.trim() || undefined,
        });
        Taro.showToast({ title: '已保存', icon: 'success' });
        onSaved(next);
      } catch (err) {
        const fields = fieldErrors(err);
        setErrors(fields);
        if (Object.keys(fields).length === 0) setFormError(errorText(err));
      }
    });
  };

  return (
    <View className="profile-form card">
      <Text className="profile-form__title">修改资料</Text>
      <FormField label="称呼" value={nickname} onInput={setNickname} maxlength={20} error={errors.nickname} />
      <FormField
        label="手机号"
        value={phone}
        onInput={setPhone}
        type="number"
        maxlength={11}
        placeholder={me.phoneMasked ? `现为 ${me.phoneMasked}` : '选填，方便调解员联系您'}
        hint={me.phoneMasked ? '不改请留空' : undefined}
        error={errors.phone}
      />
      {formError && <Text className="profile-form__error">{formError}</Text>}
      <View className="profile-form__actions">
        <Button className="btn btn--ghost" onClick={onCancel} disabled={saving || undefined}>
          取消
        </Button>
        <SubmitButton
          busy={saving}
          block={false}
          className="profile-form__save"
          busyText="正在保存…"
          onClick={save}
        >
          保存
        </SubmitButton>
      </View>
    </View>
  );
}
