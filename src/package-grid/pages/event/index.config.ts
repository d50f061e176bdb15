export default definePageConfig({ navigationBarTitleText: '事件详情' });
