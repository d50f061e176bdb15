export default definePageConfig({ navigationBarTitleText: '四个至少' });
