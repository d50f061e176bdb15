export default definePageConfig({ navigationBarTitleText: '申请法律援助' });
