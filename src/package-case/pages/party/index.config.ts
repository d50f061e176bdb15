export default definePageConfig({ navigationBarTitleText: '我参加的调解' });
