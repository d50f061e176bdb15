import cloud from 'wx-server-sdk';

/**
 * The one initialised SDK of a function instance. `DYNAMIC_CURRENT_ENV` makes the function use the
 * environment it is deployed in (locally: the local cloud named by TCB_ENV). The SDK's typings say
 * `env` is a string although the SDK documents the symbol, hence the cast.
 */
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export { cloud };
