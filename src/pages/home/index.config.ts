export default definePageConfig({
  navigationBarTitleText: '掌上调解室',
  enablePullDownRefresh: false,
});
