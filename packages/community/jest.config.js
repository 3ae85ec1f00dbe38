module.exports = require('../../jest.preset.js')({ seed: ['@civic/org', '@civic/volunteers', '@civic/community'] });
