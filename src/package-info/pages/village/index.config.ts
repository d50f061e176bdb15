export default definePageConfig({ navigationBarTitleText: '选择村（社区）' });
