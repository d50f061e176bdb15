export default definePageConfig({ navigationBarTitleText: '打开案件' });
