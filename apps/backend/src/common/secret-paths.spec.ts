import { withoutSecretPaths } from './secret-paths';

describe('withoutSecretPaths', () => {
  it.each([
    ['/api/calendar/abcDEF_-123.ics', '/api/calendar/[redacted]'],
    ['/api/calendar/abc.ics?x=1', '/api/calendar/[redacted]?x=1'],
    ['/api/unsubscribe/abc', '/api/unsubscribe/[redacted]'],
    ['/api/events/123/ics', '/api/events/123/ics'],
    ['/api/me/calendar-feed', '/api/me/calendar-feed'],
  ])('%s is logged as %s', (url, logged) => {
    expect(withoutSecretPaths(url)).toBe(logged);
  });
});
