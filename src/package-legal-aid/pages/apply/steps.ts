import { type DraftForm, ZApplicationForm } from '@contracts/legal-aid/form';
import {
  groupLabels,
  matterLabels,
  partyRoleLabels,
  situationLabels,
  stageLabels,
} from '@contracts/legal-aid/matters';
import { asksHardshipPledge, needsHardshipProof } from '@contracts/legal-aid/means-test';
import type { Choice } from '../../components/ChoiceList';

export type StepKind =
  | 'text'
  | 'idNumber'
  | 'phone'
  | 'textarea'
  | 'choice'
  | 'multi'
  | 'date'
  | 'number'
  | 'income'
  | 'pledge'
  | 'photos';

/** One screen of the guided application: which field it fills and how it asks. */
export interface StepDef {
  field: keyof DraftForm;
  kind: StepKind;
  title: string;
  hint?: string;
  choices?: readonly Choice<string>[];
  maxlength?: number;
  optional?: boolean;
  /** Screens that do not apply to this applicant are skipped (the pledge unless the means-test rule asks it). */
  when?: (form: DraftForm) => boolean;
}

const choicesOf = (labels: Record<string, string>): Choice<string>[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The standard application form, one question per screen, in the order the county form asks. */
export const steps: StepDef[] = [
  { field: 'name', kind: 'text', title: '您叫什么名字？', hint: '和身份证上一样', maxlength: 20 },
  {
    field: 'sex',
    kind: 'choice',
    title: '您是男是女？',
    choices: [
      { value: '男', label: '男' },
      { value: '女', label: '女' },
    ],
  },
  { field: 'birthDate', kind: 'date', title: '您是哪天出生的？' },
  { field: 'ethnicity', kind: 'text', title: '您是什么民族？', hint: '例如：汉族', maxlength: 10 },
  {
    field: 'idNumber',
    kind: 'idNumber',
    title: '您的身份证号是多少？',
    hint: '18位，加密保存，只有您和审查人员能看到',
  },
  { field: 'phone', kind: 'phone', title: '怎么打电话联系您？', hint: '11位手机号' },
  { field: 'hukou', kind: 'text', title: '您的户口在哪里？', hint: '户口本上的地址', maxlength: 60 },
  { field: 'address', kind: 'text', title: '您现在住在哪里？', hint: '村、组、门牌号', maxlength: 80 },
  {
    field: 'employer',
    kind: 'text',
    title: '您在哪里上班？',
    hint: '没有工作可以不填',
    maxlength: 40,
    optional: true,
  },
  { field: 'matter', kind: 'choice', title: '您要办的是什么事？', choices: choicesOf(matterLabels) },
  {
    field: 'partyRole',
    kind: 'choice',
    title: '在这件事里，您是哪一方？',
    choices: choicesOf(partyRoleLabels),
  },
  { field: 'stage', kind: 'choice', title: '这件事现在到哪一步了？', choices: choicesOf(stageLabels) },
  { field: 'otherParty', kind: 'text', title: '对方是谁？', hint: '对方的姓名或单位名称', maxlength: 40 },
  {
    field: 'summary',
    kind: 'textarea',
    title: '请说说发生了什么',
    hint: '什么时间、什么事、您想要什么结果',
    maxlength: 800,
  },
  {
    field: 'situations',
    kind: 'multi',
    title: '您有没有下面的情形？',
    hint: '有的话不用审查经济困难',
    choices: choicesOf(situationLabels),
    optional: true,
  },
  {
    field: 'groups',
    kind: 'multi',
    title: '您属于下面的人吗？',
    hint: '属于的话，带上证明就不用核查经济困难',
    choices: choicesOf(groupLabels),
    optional: true,
  },
  {
    field: 'specialNote',
    kind: 'textarea',
    title: '还有什么特殊情况要说明吗？',
    hint: '例如残疾、家庭暴力等。加密保存，可以不填',
    maxlength: 300,
    optional: true,
  },
  { field: 'householdSize', kind: 'number', title: '您家里一共几口人？', hint: '住在一起、一起过日子的人' },
  { field: 'income', kind: 'income', title: '全家每月大概收入多少钱？', hint: '按来源分别填，没有就填0' },
  {
    field: 'property',
    kind: 'textarea',
    title: '家里有什么财产？',
    hint: '例如房子、车、存款；没有就写“无”',
    maxlength: 200,
  },
  { field: 'hardshipPledge', kind: 'pledge', title: '经济困难个人诚信承诺', when: asksHardshipPledge },
  {
    field: 'attachments',
    kind: 'photos',
    title: '拍几张照片',
    hint: '身份证一定要拍；有困难证明、欠条、病历等也拍上',
  },
];

/** The screens this applicant sees, in order. */
export function activeSteps(form: DraftForm): StepDef[] {
  return steps.filter((s) => !s.when || s.when(form));
}

/** Kinds whose answer is one field of the form, checked by that field's own rule in the submit schema. */
const checkedBySchema = new Set<StepKind>([
  'text',
  'idNumber',
  'phone',
  'textarea',
  'choice',
  'date',
  'number',
]);

/**
 * The check before moving on, by the same schema the function applies on submit, so a wrong ID check
 * digit or a household of 0 is caught on the screen where it is typed.
 */
export function missingAnswer(step: StepDef, form: DraftForm): string | undefined {
  const value = form[step.field];
  if (step.kind === 'photos') {
    const kinds = new Set((form.attachments ?? []).map((a) => a.kind));
    if (!kinds.has('id')) return '请拍一张身份证照片';
    return needsHardshipProof(form) && !kinds.has('hardship') ? '您没有签承诺，请拍下困难证明' : undefined;
  }
  if (step.kind === 'pledge') return value === undefined ? '请选择是否签经济困难承诺' : undefined;
  if (step.optional && (value === undefined || value === '')) return undefined;
  if (!checkedBySchema.has(step.kind)) return undefined;
  if (value === undefined || value === '') return '请先回答这个问题';
  const checked = ZApplicationForm.shape[step.field].safeParse(value);
  return checked.success ? undefined : (checked.error.issues[0]?.message ?? '请核对这个回答');
}
