// Real services (a database per file, a broker vhost, spawned processes) on a busy 2-core machine:
// this bounds a hung integration test; it is not a speed check.
jest.setTimeout(120_000);
