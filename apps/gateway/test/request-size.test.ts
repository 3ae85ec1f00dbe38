import { postGraphQL } from '@civic/testing';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { postJson, send } from './support/http';
import { DIRECTORY, directoryTotal, nestedParents } from './support/queries';

let platform: TestPlatform;

let total: number;

beforeAll(async () => {
  platform = await startTestPlatform();
  total = await directoryTotal(platform.gateway.url);
}, 180000);
afterAll(() => platform?.stop());

/** A body of exactly `bytes` bytes: the directory query padded with spaces inside the JSON. */
const bodyOf = (bytes: number) => {
  const base = JSON.stringify({ query: DIRECTORY });
  return `${base.slice(0, -1)}${' '.repeat(bytes - base.length)}}`;
};

const postRaw = (url: string, body: string) => send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('request body limit', () => {
  afterEach(() => delete process.env.GATEWAY_MAX_BODY_BYTES);

  it('accepts 1 MiB and refuses a byte more with 413 (default)', async () => {
    expect((await postRaw(platform.gateway.url, bodyOf(1024 * 1024))).status).toBe(200);
    const res = await postRaw(platform.gateway.url, bodyOf(1024 * 1024 + 1));
    expect(res.status).toBe(413);
    expect(res.json.errors[0].message).toBe('request body over 1048576 bytes');
  });

  it('is configurable with GATEWAY_MAX_BODY_BYTES and with an option', async () => {
    process.env.GATEWAY_MAX_BODY_BYTES = '2000';
    const fromEnv = await platform.startGateway();
    const fromOption = await platform.startGateway({ maxBodyBytes: 3000 });
    try {
      expect((await postRaw(fromEnv.url, bodyOf(2000))).status).toBe(200);
      const over = await postRaw(fromEnv.url, bodyOf(2001));
      expect(over.status).toBe(413);
      expect(over.json.errors[0].message).toBe('request body over 2000 bytes');
      expect((await postRaw(fromOption.url, bodyOf(3000))).status).toBe(200);
      expect((await postRaw(fromOption.url, bodyOf(3001))).status).toBe(413);
    } finally {
      await fromEnv.stop();
      await fromOption.stop();
    }
  });
});

describe('batched requests', () => {
  afterEach(() => delete process.env.GATEWAY_MAX_BATCH_SIZE);

  it('answers a JSON array of operations with an array of results', async () => {
    const res = await postJson(platform.gateway.url, [
      { query: DIRECTORY },
      { query: `{ orgUnits(first: 1) { edges { node { name } } } }` },
    ]);
    expect(res.status).toBe(200);
    expect(res.json).toHaveLength(2);
    expect(res.json[0].data.orgUnits.totalCount).toBe(total);
    expect(res.json[1].data.orgUnits.edges[0].node.name).toBe('会东县新时代文明实践中心');
  });

  it('checks every operation of a batch against the limits on its own', async () => {
    const res = await postJson(platform.gateway.url, [{ query: DIRECTORY }, { query: nestedParents(40) }]);
    expect(res.json[0].data.orgUnits.totalCount).toBe(total);
    expect(res.json[1].errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses more than 10 operations in one batch with 400 (default)', async () => {
    expect(
      (
        await postJson(
          platform.gateway.url,
          Array.from({ length: 10 }, () => ({ query: DIRECTORY })),
        )
      ).status,
    ).toBe(200);
    const res = await postJson(
      platform.gateway.url,
      Array.from({ length: 11 }, () => ({ query: DIRECTORY })),
    );
    expect(res.status).toBe(400);
    expect(res.json.errors[0]).toMatchObject({
      message: 'batch of 11 operations exceeds the limit of 10',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('is configurable with GATEWAY_MAX_BATCH_SIZE and with an option', async () => {
    process.env.GATEWAY_MAX_BATCH_SIZE = '2';
    const fromEnv = await platform.startGateway();
    const fromOption = await platform.startGateway({ maxBatchSize: 3 });
    try {
      expect((await postJson(fromEnv.url, [{ query: DIRECTORY }, { query: DIRECTORY }])).status).toBe(200);
      expect(
        (
          await postJson(
            fromEnv.url,
            Array.from({ length: 3 }, () => ({ query: DIRECTORY })),
          )
        ).json.errors[0].message,
      ).toBe('batch of 3 operations exceeds the limit of 2');
      expect(
        (
          await postJson(
            fromOption.url,
            Array.from({ length: 3 }, () => ({ query: DIRECTORY })),
          )
        ).status,
      ).toBe(200);
      expect(
        (
          await postJson(
            fromOption.url,
            Array.from({ length: 4 }, () => ({ query: DIRECTORY })),
          )
        ).status,
      ).toBe(400);
    } finally {
      await fromEnv.stop();
      await fromOption.stop();
    }
  });

  it('refuses an empty batch', async () => {
    const res = await postJson(platform.gateway.url, []);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('still answers single operations as before', async () => {
    expect((await postGraphQL(platform.gateway.url, DIRECTORY)).errors).toBeUndefined();
  });
});
