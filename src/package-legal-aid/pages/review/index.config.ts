export default definePageConfig({ navigationBarTitleText: '审查申请' });
