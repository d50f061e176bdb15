export default definePageConfig({ navigationBarTitleText: '走访签到' });
