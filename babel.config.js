// babel-preset-taro picks the right transforms per platform (weapp/h5) for React + TypeScript.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
