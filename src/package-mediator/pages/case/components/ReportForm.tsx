import type { CaseDetail } from '@contracts/case/models';
import type { CaseReport } from '@contracts/case/report';
import { type CaseSource, caseSourceLabels, caseSources } from '@contracts/plain/report';
import { Button, Input, Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { FormField } from '@/components/FormField';
import { SubmitButton } from '@/components/SubmitButton';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useSubmit } from '@/hooks/useSubmit';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';
import { fullDate } from '@/services/time';

const OFFSET = 8 * 3_600_000;
/** `YYYY-MM-DD` of a Beijing date, as the date picker reads and writes it. */
const pickerDate = (at: number) => new Date(at + OFFSET).toISOString().slice(0, 10);
/** The end of a picked Beijing day: a deadline on the 20th runs through the 20th. */
const endOfDay = (date: string) => Date.parse(`${date}T23:59:00+08:00`);

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const count = (value: string) => (value.trim() === '' ? undefined : Number(value));

/**
 * What the bureau's report asks of this case, filled in by its mediator: how it arrived, the people involved,
 * the agreement amount, the prevention figures and the deadline a failed mediation runs towards (the early
 * warning reads it). Saved as a whole; the server checks every bound and says which field is wrong.
 */
export function ReportForm({ c, onSaved }: { c: CaseDetail; onSaved: (next: CaseDetail) => void }) {
  const r: CaseReport = c.report ?? { source: 'application', peopleInvolved: 2 };
  const [source, setSource] = useState<CaseSource>(r.source);
  const [people, setPeople] = useState(text(r.peopleInvolved));
  const [amount, setAmount] = useState(text(r.agreementAmount));
  const [criminal, setCriminal] = useState(text(r.preventedCriminal));
  const [petition, setPetition] = useState(text(r.preventedPetition));
  const [deadlineAt, setDeadlineAt] = useState(r.deadline?.at);
  const [deadlineWhat, setDeadlineWhat] = useState(r.deadline?.what ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState('');
  const { busy, run } = useSubmit();

  const save = () =>
    run(async () => {
      setErrors({});
      setSaved('');
      try {
        const next = await caseApi.recordReport({
          caseId: c.id,
          source,
          peopleInvolved: Number(people),
          agreementAmount: count(amount),
          preventedCriminal: count(criminal),
          preventedPetition: count(petition),
          deadline: deadlineAt ? { at: deadlineAt, what: deadlineWhat } : undefined,
        });
        setSaved('已保存');
        onSaved(next);
      } catch (e) {
        const named = fieldErrors(e);
        setErrors(Object.keys(named).length ? named : { form: errorText(e) });
      }
    });

  return (
    <View className="card">
      <Text className="label">案件来源</Text>
      <ChoiceRow options={caseSources} labels={caseSourceLabels} value={source} onChange={setSource} />
      {errors.source && <Text className="error-text">{errors.source}</Text>}
      <FormField
        label="涉及人数"
        type="number"
        value={people}
        maxlength={6}
        error={errors.peopleInvolved}
        onInput={setPeople}
        hint="双方当事人和其他相关人员，50人以上为重大纠纷"
      />
      <FormField
        label="协议金额（元，可不填）"
        type="number"
        value={amount}
        maxlength={9}
        error={errors.agreementAmount}
        onInput={setAmount}
        hint="调解协议约定给付的钱款，按整数元填写"
      />
      <FormField
        label="防止转化为刑事案件（人，可不填）"
        type="number"
        value={criminal}
        maxlength={6}
        error={errors.preventedCriminal}
        onInput={setCriminal}
      />
      <FormField
        label="防止群体性上访（人，可不填）"
        type="number"
        value={petition}
        maxlength={6}
        error={errors.preventedPetition}
        onInput={setPetition}
      />
      <Text className="label">期限（可不填）</Text>
      <Picker
        mode="date"
        value={deadlineAt ? pickerDate(deadlineAt) : pickerDate(Date.now())}
        onChange={(e) => setDeadlineAt(endOfDay(e.detail.value))}
      >
        <Text className="field__input">{deadlineAt ? fullDate(deadlineAt) : '选择日期 ▾'}</Text>
      </Picker>
      {deadlineAt !== undefined && (
        <View className="field">
          <Input
            className="field__input"
            value={deadlineWhat}
            maxlength={30}
            placeholder="是什么期限，如：拆迁腾退期限"
            onInput={(e) => setDeadlineWhat(e.detail.value)}
          />
          <Button className="btn btn--ghost" onClick={() => setDeadlineAt(undefined)}>
            不设期限
          </Button>
        </View>
      )}
      {(errors['deadline.what'] || errors['deadline.at']) && (
        <Text className="error-text">{errors['deadline.what'] ?? errors['deadline.at']}</Text>
      )}
      {errors.form && <Text className="error-text">{errors.form}</Text>}
      {saved && <Text className="banner banner--ok">{saved}</Text>}
      <SubmitButton busy={busy} onClick={save}>
        保存上报信息
      </SubmitButton>
    </View>
  );
}
