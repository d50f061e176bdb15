export default definePageConfig({ navigationBarTitleText: '法律援助' });
