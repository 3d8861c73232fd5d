import { TestApp } from './support/test-app';

describe('foundation', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut.close());

  it('answers liveness and readiness', async () => {
    expect((await sut.request('GET', '/api/health')).status).toBe(200);
    const ready = await sut.request('GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('serves the OpenAPI document', async () => {
    const response = await sut.request('GET', '/api/docs-json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toContain('/api/health/ready');
  });

  it('answers an unknown route with problem+json and a correlation id', async () => {
    const response = await sut.request('GET', '/api/nowhere', { headers: { 'x-request-id': 'trace-123' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(response.body).toMatchObject({ status: 404, title: 'Not found', correlationId: 'trace-123' });
  });
});
