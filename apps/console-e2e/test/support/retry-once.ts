/**
 * A browser test that fails is run once more, with its first failure logged: a page driven on a
 * loaded two-core machine can miss a moment (an animation, a refresh in flight) that a second run
 * does not. A test that fails twice fails the run.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });
