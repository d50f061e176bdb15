/** The app's own privacy agreement, in plain words; it must match the privacy guide declared to WeChat. */
export const privacySections: { title: string; items: string[] }[] = [
  {
    title: '我们收集哪些信息，用来做什么',
    items: [
      '微信身份标识：用来确认是您本人登录，不会拿到您的微信密码。',
      '称呼、村（社区）：让调解员知道怎么称呼您、您在哪里。',
      '手机号（可不填）：调解员需要时打电话联系您。页面上只显示部分号码。',
      '咨询和纠纷的内容、您上传的图片：只用于帮您调解这件纠纷。',
    ],
  },
  {
    title: '谁能看到',
    items: [
      '只有处理您这件事的调解员、法律援助工作人员和管理员能看到。',
      '我们不会把您的信息卖给别人，也不会用来打广告。',
    ],
  },
  {
    title: '敏感信息单独问您',
    items: ['身份证号、家庭收入、家暴情况等敏感信息，只在确实需要时收集，并且会单独请您同意。'],
  },
  {
    title: '保存多久',
    items: ['纠纷办结后按司法行政部门的档案规定保存，到期删除。'],
  },
  {
    title: '您的权利',
    items: ['您可以随时在“我的”里查看和修改资料；想删除账号，可以联系所在村（社区）的调解委员会。'],
  },
];
