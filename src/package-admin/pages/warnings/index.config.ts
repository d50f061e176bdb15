export default definePageConfig({ navigationBarTitleText: '纠纷预警' });
