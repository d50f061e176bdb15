export default definePageConfig({ navigationBarTitleText: '任命团队成员' });
