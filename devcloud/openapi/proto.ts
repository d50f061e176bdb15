import * as protobuf from 'protobufjs/light';

/**
 * The protobuf messages wx-server-sdk 4.0.2 exchanges for `wx.openApi`. The SDK bundles them as generated static
 * code inside its webpack bundle (src/protobuf/openapi.js), which cannot be required on its own, so the same
 * messages are declared here with the same field numbers and types (checked against that generated code).
 */
const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 },
      },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: {
        apiType: { type: 'int32', id: 1 },
        openapiData: { type: 'OpenApiData', id: 2 },
        appid: { type: 'string', id: 6 },
      },
    },
    HttpHeader: { fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } } },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
        headers: { rule: 'repeated', type: 'HttpHeader', id: 5 },
        svrkitErrorCode: { type: 'int32', id: 6 },
      },
    },
  },
});

const CommApiData = root.lookupType('CommApiData');
const CommOpenApiResp = root.lookupType('CommOpenApiResp');

/**
 * Decodes the SDK's `requestData` into the API's JSON arguments: each pair's value is the JSON text of one
 * snake_case argument (the SDK converts camelCase before sending). A value that is not JSON stays a string.
 */
export function decodeRequest(buffer: Buffer): { appid: string; args: Record<string, unknown> } {
  const message = CommApiData.toObject(CommApiData.decode(buffer), { defaults: true }) as {
    appid?: string;
    openapiData?: { pairs?: Array<{ key: string; value: Uint8Array }> };
  };
  const args: Record<string, unknown> = {};
  for (const pair of message.openapiData?.pairs ?? []) {
    const text = Buffer.from(pair.value).toString('utf8');
    try {
      args[pair.key] = JSON.parse(text);
    } catch {
      args[pair.key] = text;
    }
  }
  return { appid: message.appid ?? '', args };
}

/** Encodes a WeChat JSON answer the way the SDK decodes it (content type decides JSON parsing). */
export function encodeJsonResponse(body: unknown): Buffer {
  const message = CommOpenApiResp.create({
    respData: Buffer.from(JSON.stringify(body)),
    contentType: 'application/json',
    httpCode: 200,
  });
  return Buffer.from(CommOpenApiResp.encode(message).finish());
}

/** Encodes a binary answer (a mini-program code's picture); the SDK hands it over as `{ contentType, buffer }`. */
export function encodeBinaryResponse(data: Buffer, contentType: string): Buffer {
  const message = CommOpenApiResp.create({ respData: data, contentType, httpCode: 200 });
  return Buffer.from(CommOpenApiResp.encode(message).finish());
}
