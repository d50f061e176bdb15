/**
 * Every private WeChat API the app calls (WeChat's privacy-guide list, plus phone calls, which leave the
 * app), with what for, in the words the privacy page shows. The privacy guide (用户隐私保护指引) filled in in
 * WeChat's console must declare the same uses, or WeChat disables the APIs; tests/weapp/privacy.test.ts
 * compares this list with the calls found in the build, both ways.
 */
export const privateApiUses: { api: string; what: string; why: string }[] = [
  {
    api: 'chooseMedia',
    what: '相机和相册',
    why: '您点“拍照/选图片”时打开，用来给调解员看纠纷的照片、提交法律援助材料、给公告配图，以及走访签到时现场拍照（只能用相机拍）、网格员上报和核查事件时拍现场照片；只上传您选中或拍下的图片。',
  },
  {
    api: 'getLocation',
    what: '位置信息（精确位置）',
    why: '法律顾问和新乡贤在村里“签到”“签退”时定位几次，核对确实在服务的村里；只在点按钮时定位，平时不记录。精确位置在当月走访审核完成后90天删除。网格员上报事件时定位一次，用来找到事件所在的网格，位置随事件保存。',
  },
  {
    api: 'setClipboardData',
    what: '剪切板（只写入）',
    why: '您点“复制”时把月报文字复制给您；协议书、聊天记录或统计表在微信里打不开时，把下载链接复制给您，方便在电脑上打开。不读取您剪切板里的内容。',
  },
  {
    api: 'chooseMessageFile',
    what: '聊天中的文件',
    why: '您点“选择收到的协议书文件核验”时打开，只读取您选中的那一份协议书，用来核对它是否被改动过。',
  },
  {
    api: 'makePhoneCall',
    what: '拨打电话',
    why: '您点“拨打12348”时打开手机拨号，由您确认后才会拨出。',
  },
];

/** The app's own privacy agreement, in plain words; it must match the privacy guide declared to WeChat. */
export const privacySections: { title: string; items: string[] }[] = [
  {
    title: '我们收集哪些信息，用来做什么',
    items: [
      '微信身份标识：用来确认是您本人登录，不会拿到您的微信密码。',
      '称呼、村（社区）：让调解员知道怎么称呼您、您在哪里。',
      '手机号（可不填）：调解员需要时打电话联系您。页面上只显示部分号码。',
      '咨询和纠纷的内容、您上传的图片：只用于帮您调解这件纠纷。',
      '作为对方当事人登记时的真实姓名和手机号：只给本案调解员和申请人看（手机号只显示部分号码）。',
      '签署协议时的手写签名、签名时间和所签协议的指纹：用来证明协议由您本人签署，供核验协议书。',
    ],
  },
  {
    title: '我们会用到的手机功能',
    items: privateApiUses.map((use) => `${use.what}：${use.why}`),
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
    items: [
      '身份证号、家庭收入、家暴情况等敏感信息，只在确实需要时收集，并且会单独请您同意。',
      '走访签到的位置和现场照片：第一次签到前单独请您同意，只在签到、签退时采集。',
    ],
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
