export default definePageConfig({ navigationBarTitleText: '签署调解协议' });
