import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthUser } from '../auth/auth-user';
import { uuidParamPipe } from '../common/validation/uuid-param';
import { AccessService, Permission } from './access.service';

interface AccessRequirement {
  permission: Permission;
  /** The path parameter that holds the id. */
  param: string;
  /** Set when the id is one of the association's events rather than the association itself. */
  throughEvent?: { notFound: () => Error };
}

const ACCESS_REQUIREMENT = 'agora:accessRequirement';

/**
 * Refuses a caller who may not use the route before the body is validated: Nest runs guards before
 * pipes, so an outsider gets the 404/403 they would get anyway instead of a 400 about the body, and
 * no validation work is spent on them. It is an early refusal only: the service checks again
 * inside its transaction, with the lock that serialises changes to the association.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.get<AccessRequirement | undefined>(
      ACCESS_REQUIREMENT,
      context.getHandler(),
    );
    if (!requirement) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ user: AuthUser; params: Record<string, string | undefined> }>();
    const { permission, param, throughEvent } = requirement;
    // The pipe of @UuidParam has not run yet: a malformed id must not reach the query.
    const id: string = await uuidParamPipe(param).transform(request.params[param] ?? '', {
      type: 'param',
      data: param,
    });
    if (throughEvent)
      await this.access.requireThroughEvent(request.user.id, id, permission, throughEvent.notFound);
    else await this.access.require(request.user.id, id, permission);
    return true;
  }
}

const requireAccess = (requirement: AccessRequirement) =>
  applyDecorators(SetMetadata(ACCESS_REQUIREMENT, requirement), UseGuards(AccessGuard));

/** The caller needs `permission` on the association whose id is the path parameter `param`. */
export const RequireAssociationAccess = (permission: Permission, param = 'id') =>
  requireAccess({ permission, param });

/**
 * The caller needs `permission` on the association of the event whose id is the path parameter
 * `param`; a missing or hidden event throws `notFound()`.
 */
export const RequireEventAccess = (permission: Permission, notFound: () => Error, param = 'id') =>
  requireAccess({ permission, param, throughEvent: { notFound } });
