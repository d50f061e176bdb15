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
        'pages/areas/index',
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
        'pages/verify/index',
        'pages/village/index',
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
        'pages/party/index',
        'pages/sign/index',
        'pages/judicial/index',
        'pages/code/index',
        'pages/case-code/index',
      ],
    },
    // Grid work (issue 14): reporting (the grid worker reports and verifies, the street dispatches, units
    // handle), the grid worker's points and the bureau's star ranking with the grid-event figures.
    {
      root: 'package-grid',
      pages: [
        'pages/report/index',
        'pages/events/index',
        'pages/event/index',
        'pages/points/index',
        'pages/ranking/index',
      ],
    },
    // The x+N legal service team: the member's check-in and visit records, the ledger and the bureau's review.
    {
      root: 'package-team',
      pages: [
        'pages/checkin/index',
        'pages/visit/index',
        'pages/ledger/index',
        'pages/compliance/index',
        'pages/review/index',
        'pages/appoint/index',
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
  ],
  // Check-ins of the x+N team take the precise location (never the blurred getFuzzyLocation, whose
  // declaration would exclude it); WeChat shows the reason below when it asks for the permission.
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': {
      desc: '走访签到时核对您是否在服务的村里、上报网格事件时找到所在网格，只在签到、签退和上报时定位',
    },
  },
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
