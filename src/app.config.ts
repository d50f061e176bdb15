export default defineAppConfig({
  pages: ['pages/home/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0f766e',
    navigationBarTitleText: '掌上调解室',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f6f6',
  },
});
