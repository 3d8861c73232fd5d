import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RoutingKey } from '@app/contracts';
import { AccessService } from '../access/access.service';
import { AlreadyMember, UserNotEligible } from '../associations/association-problems';
import { AuthUser } from '../auth/auth-user';
import { generateSecretToken, hashSecretToken } from '../auth/secret-tokens';
import { violatesConstraint } from '../common/constraint-violation';
import { offsetOf, Page, pageOf, PageQueryDto } from '../common/pagination';
import { AppConfig } from '../config/app-config';
import { OutboxService } from '../outbox/outbox.service';
import { ReminderSchedule } from '../reminders/reminder-schedule.service';
import {
  CreateInvitationDto,
  InvitationDto,
  InvitationPreviewDto,
  JoinedDto,
  MyInvitationDto,
} from './dto/invitation.dto';
import {
  InvitationBlocked,
  InvitationClosed,
  InvitationForAnotherAddress,
  InvitationLimitReached,
  InvitationNotFound,
  InvitationPending,
  InviteeMissing,
} from './invitation-problems';
import { InvitationRow, InvitationsRepository } from './invitations.repository';

/** The partial unique index that allows one pending invitation per person and association. */
const PENDING_INVITATION_KEY = 'invitations_pending_key';
const DAY_MS = 86_400_000;

/**
 * How an invitation is named by who answers it: the token from the mail (anyone holding the
 * link), or its id from the app (only the person it is addressed to).
 */
type Answerer = { token: string } | { id: string; user: AuthUser };

/**
 * Membership by consent. Admins invite an address (or a user, at an address they are not
 * shown); nothing changes for the invitee until they accept, and a decline can ask the
 * association never to invite them again.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly invitations: InvitationsRepository,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly reminders: ReminderSchedule,
  ) {}

  /**
   * The answer is the same whether or not the address has an account, so inviting cannot be
   * used to find out who is registered.
   */
  async invite(
    user: AuthUser,
    associationId: string,
    dto: CreateInvitationDto,
  ): Promise<InvitationDto> {
    if ((dto.email === undefined) === (dto.userId === undefined)) throw new InviteeMissing();
    return this.dataSource.transaction(async (manager) => {
      // The association row stays locked: the daily count and the insert cannot interleave.
      const access = await this.access.require(user.id, associationId, 'association:manage', {
        manager,
        lock: true,
      });
      const email = dto.email ?? (await this.addressOfUser(manager, associationId, dto.userId!));
      if (await this.invitations.isBlocked(manager, associationId, email))
        throw new InvitationBlocked();
      await this.assertUnderDailyLimit(manager, associationId);
      await this.invitations.expireStale(manager, associationId, email);

      const token = generateSecretToken();
      const expiresAt = new Date(Date.now() + this.config.invitations.ttlDays * DAY_MS);
      const role = dto.role ?? 'member';
      const title = dto.title ?? null;
      let id: string;
      try {
        id = await this.invitations.insert(manager, {
          associationId,
          email,
          inviteeId: dto.userId ?? null,
          invitedBy: user.id,
          role,
          title,
          tokenHash: hashSecretToken(token),
          expiresAt,
        });
      } catch (error) {
        if (violatesConstraint(error, PENDING_INVITATION_KEY)) throw new InvitationPending();
        throw error;
      }

      const inviter = await this.invitations.account(manager, { id: user.id });
      if (!inviter) throw new Error(`inviter ${user.id} vanished inside its own transaction`);
      const invitee = await this.invitations.account(manager, { email });
      const link = `${this.config.appUrl}/invitations/${token}`;
      await this.outbox.enqueue(manager, RoutingKey.MembershipInvited, {
        // Someone without an account is greeted by their address, in the inviter's language.
        recipient: {
          email,
          name: invitee?.name ?? email,
          locale: invitee?.locale ?? inviter.locale,
        },
        association: { id: associationId, name: access.associationName },
        invitedBy: inviter.name,
        role,
        title,
        acceptUrl: link,
        declineUrl: `${link}?answer=decline`,
        expiresAt: expiresAt.toISOString(),
      });
      return (await this.invitations.findForAdmins(manager, id))!;
    });
  }

  async listPending(
    user: AuthUser,
    associationId: string,
    query: PageQueryDto,
  ): Promise<Page<InvitationDto>> {
    await this.access.require(user.id, associationId, 'association:manage');
    const { items, total } = await this.invitations.listPending(
      this.dataSource.manager,
      associationId,
      query.pageSize,
      offsetOf(query),
    );
    return pageOf(items, total, query);
  }

  async revoke(user: AuthUser, associationId: string, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.access.require(user.id, associationId, 'association:manage', {
        manager,
        lock: true,
      });
      if (!(await this.invitations.revoke(manager, associationId, invitationId)))
        throw new InvitationNotFound();
    });
  }

  async listMine(user: AuthUser, query: PageQueryDto): Promise<Page<MyInvitationDto>> {
    const { items, total } = await this.invitations.listForUser(
      this.dataSource.manager,
      user.id,
      query.pageSize,
      offsetOf(query),
    );
    return pageOf(items, total, query);
  }

  /** What the link in the mail is about; reading it changes nothing. */
  async preview(token: string): Promise<InvitationPreviewDto> {
    const preview = await this.invitations.preview(this.dataSource.manager, hashSecretToken(token));
    if (!preview) throw new InvitationNotFound();
    return preview;
  }

  /** Accepting needs an account verified at the invited address; accepting twice changes nothing. */
  async accept(user: AuthUser, answerer: Answerer): Promise<JoinedDto> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.findFor(manager, answerer, user);
      // Membership changes lock the association first, then the invitation (as revoking does).
      const access = await this.access.require(user.id, found.associationId, 'association:view', {
        manager,
        lock: true,
      });
      const invitation = (await this.invitations.find(manager, { id: found.id }, true))!;
      const joined: JoinedDto = {
        associationId: invitation.associationId,
        associationName: invitation.associationName,
        role: invitation.role,
        title: invitation.title,
      };
      if (invitation.status === 'pending') {
        await this.invitations.join(manager, invitation, user.id);
        await this.invitations.answer(manager, invitation.id, 'accepted');
        // The association's upcoming events now remind the newcomer too.
        await this.reminders.forMember(manager, user.id);
        return joined;
      }
      // The access check already read the caller's membership: accepting again changes nothing.
      if (invitation.status === 'accepted' && access.role !== null) return joined;
      throw new InvitationClosed(invitation.status);
    });
  }

  /**
   * Declining needs no login when the token comes from the mail. "Don't invite me again" is
   * honoured even when the invitation is no longer open: the person still does not want more.
   */
  async decline(answerer: Answerer, block: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.findFor(
        manager,
        answerer,
        'user' in answerer ? answerer.user : null,
      );
      const invitation = (await this.invitations.find(manager, { id: found.id }, true))!;
      if (block) await this.invitations.block(manager, invitation.associationId, invitation.email);
      if (invitation.status === 'pending')
        return this.invitations.answer(manager, invitation.id, 'declined');
      if (invitation.status === 'declined' || block) return;
      throw new InvitationClosed(invitation.status);
    });
  }

  /**
   * From the app, someone else's invitation is answered as if it did not exist; from a link, the
   * person learns the invitation is for another address, so they can switch accounts.
   */
  private async findFor(
    manager: EntityManager,
    answerer: Answerer,
    user: AuthUser | null,
  ): Promise<InvitationRow> {
    const byId = 'id' in answerer;
    const invitation = await this.invitations.find(
      manager,
      byId ? { id: answerer.id } : { tokenHash: hashSecretToken(answerer.token) },
    );
    if (!invitation) throw new InvitationNotFound();
    if (!user) return invitation;
    const address = await this.invitations.verifiedAddressOf(manager, user.id);
    if (address === invitation.email) return invitation;
    throw byId ? new InvitationNotFound() : new InvitationForAnotherAddress();
  }

  /** A user picked from the directory is invited at their verified address, unless already in. */
  private async addressOfUser(
    manager: EntityManager,
    associationId: string,
    userId: string,
  ): Promise<string> {
    const email = await this.invitations.verifiedAddressOf(manager, userId);
    if (!email) throw new UserNotEligible();
    if (await this.invitations.isMember(manager, associationId, userId)) throw new AlreadyMember();
    return email;
  }

  private async assertUnderDailyLimit(
    manager: EntityManager,
    associationId: string,
  ): Promise<void> {
    const limit = this.config.invitations.perAssociationPerDay;
    const { count, oldest } = await this.invitations.sentToday(manager, associationId);
    if (count < limit || !oldest) return;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((new Date(oldest).getTime() + DAY_MS - Date.now()) / 1000),
    );
    throw new InvitationLimitReached(limit, retryAfterSeconds);
  }
}
