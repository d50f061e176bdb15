export default definePageConfig({ navigationBarTitleText: '预约与案件' });
