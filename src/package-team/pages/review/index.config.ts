export default definePageConfig({ navigationBarTitleText: '月度审核' });
