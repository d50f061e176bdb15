// Choosing a demo identity exists only in the h5 build on the local cloud; in WeChat the identity is the user's.
const demoOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/sign-in/index'] : [];

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/consult/index',
    'pages/mine/index',
    ...demoOnlyPages,
    'pages/consult-new/index',
    'pages/chat/index',
  ],
  // WeChat injects only the components a page renders, which shortens the start on cheap phones.
  lazyCodeLoading: 'requiredComponents',
  // Which pages WeChat search may index: public notices and the home page, never cases or chats.
  sitemapLocation: 'sitemap.json',
  // Staff workbenches and the resident features opened from the home page are subpackages, so the first
  // download holds only the tab pages and chat; residents never download staff screens.
  subPackages: [
    {
      root: 'package-mediator',
      pages: [
        'pages/workbench/index',
        'pages/chat/index',
        'pages/quick-replies/index',
        'pages/cases/index',
        'pages/case/index',
        'pages/availability/index',
      ],
    },
    {
      root: 'package-admin',
      pages: [
        'pages/console/index',
        'pages/notices/index',
        'pages/notice-edit/index',
        'pages/mediators/index',
        'pages/stats/index',
        'pages/audit/index',
        'pages/held/index',
        'pages/warnings/index',
      ],
    },
    // Public information opened from home and 我的 (notices, mediators, the privacy text): not needed for the
    // first screen, so kept out of the first download.
    {
      root: 'package-info',
      pages: [
        'pages/notices/index',
        'pages/notice-detail/index',
        'pages/mediators/index',
        'pages/privacy/index',
      ],
    },
    // Booking and cases of residents: opened from 预约调解 and 我的案件, so not in the first download.
    {
      root: 'package-case',
      pages: [
        'pages/booking/index',
        'pages/cases/index',
        'pages/case/index',
        'pages/agreement/index',
        'pages/invite/index',
      ],
    },
    {
      root: 'package-legal-aid',
      pages: [
        'pages/start/index',
        'pages/precheck/index',
        'pages/apply/index',
        'pages/detail/index',
        'pages/queue/index',
        'pages/review/index',
      ],
    },
    {
      // The x+N legal service team: the member's pages and the bureau's review of them, each gated by role.
      root: 'package-team',
      pages: ['pages/ledger/index', 'pages/compliance/index', 'pages/review/index', 'pages/appoint/index'],
    },
  ],
  window: {
    // WeChat draws this bar itself; in h5 it makes Taro show its own title bar with 返回.
    navigationStyle: 'default',
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0f766e',
    navigationBarTitleText: '掌上调解室',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f5f4',
  },
  tabBar: {
    color: '#6b7878',
    selectedColor: '#0f766e',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/consult/index',
        text: '咨询',
        iconPath: 'assets/tab/consult.png',
        selectedIconPath: 'assets/tab/consult-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
});
