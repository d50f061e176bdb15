export default definePageConfig({ navigationBarTitleText: '协议书核验' });
