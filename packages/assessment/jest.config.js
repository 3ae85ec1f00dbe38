module.exports = require('../../jest.preset.js')({
  seed: ['@civic/org', '@civic/volunteers', '@civic/campaigns', '@civic/training', '@civic/community', '@civic/assessment'],
});
