import { Controller, ExecutionContext, Patch } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ValidationProblem } from '../common/problem';
import { AccessService } from './access.service';
import { AccessGuard, RequireAssociationAccess, RequireEventAccess } from './require-access';

class EventGone extends Error {}

@Controller()
class Routes {
  @Patch()
  @RequireAssociationAccess('association:manage')
  association() {}

  @Patch()
  @RequireEventAccess('content:manage', () => new EventGone(), 'eventId')
  event() {}

  @Patch()
  open() {}
}

/** Records which check the guard asked for, and allows it. */
function setUp() {
  const calls: unknown[][] = [];
  const access = {
    require: async (...args: unknown[]) => calls.push(['require', ...args]),
    requireThroughEvent: async (...args: unknown[]) => calls.push(['event', ...args]),
  } as unknown as AccessService;
  const sut = new AccessGuard(new Reflector(), access);
  const contextFor = (handler: keyof Routes, params: Record<string, string>) =>
    ({
      getHandler: () => Routes.prototype[handler],
      switchToHttp: () => ({ getRequest: () => ({ user: { id: 'u1' }, params }) }),
    }) as unknown as ExecutionContext;
  return { sut, calls, contextFor };
}

const ID = '8d6b4c1e-2f3a-4b5c-9d7e-0f1a2b3c4d5e';

describe('AccessGuard', () => {
  it('checks the association named by the path parameter', async () => {
    const { sut, calls, contextFor } = setUp();
    await expect(sut.canActivate(contextFor('association', { id: ID }))).resolves.toBe(true);
    expect(calls).toEqual([['require', 'u1', ID, 'association:manage']]);
  });

  it('checks through the event, with the not-found of the route', async () => {
    const { sut, calls, contextFor } = setUp();
    await sut.canActivate(contextFor('event', { eventId: ID }));
    expect(calls).toEqual([['event', 'u1', ID, 'content:manage', expect.any(Function)]]);
    expect((calls[0][4] as () => Error)()).toBeInstanceOf(EventGone);
  });

  it('refuses a malformed id with a 400 naming it, without asking the database', async () => {
    const { sut, calls, contextFor } = setUp();
    const refused = sut.canActivate(contextFor('association', { id: "1' OR '1'='1" }));
    await expect(refused).rejects.toBeInstanceOf(ValidationProblem);
    await expect(refused).rejects.toMatchObject({
      status: 400,
      extensions: { errors: [{ field: 'id', message: 'must be a UUID' }] },
    });
    expect(calls).toEqual([]);
  });

  it('lets a route without a requirement through untouched', async () => {
    const { sut, calls, contextFor } = setUp();
    await expect(sut.canActivate(contextFor('open', {}))).resolves.toBe(true);
    expect(calls).toEqual([]);
  });
});
