export default definePageConfig({ navigationBarTitleText: '星级网格' });
