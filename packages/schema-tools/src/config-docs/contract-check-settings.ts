import { defineConfiguration, defineSetting, text } from '@civic/runtime';

/** docs/contract/check-contract.mjs is a plain script: it reads TOKEN itself, as declared here. */
export const CONTRACT_CHECK_READER = '`docs/contract/check-contract.mjs`';

export const TOKEN = defineSetting({
  name: 'TOKEN',
  readBy: [CONTRACT_CHECK_READER],
  meaning: 'bearer token the contract check sends when it introspects a live endpoint',
  parser: text,
});

export const contractCheckConfiguration = defineConfiguration({ token: TOKEN });
