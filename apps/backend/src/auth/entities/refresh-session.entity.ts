import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One refresh token. A login starts a family; every refresh marks the presented token used and
 * issues its successor in the same family. Only the token's SHA-256 hash is stored.
 */
@Entity({ name: 'refresh_sessions' })
export class RefreshSession {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** When the family's first session was created; the family's absolute lifetime counts from it. */
  @Column({ name: 'family_created_at', type: 'timestamptz' })
  familyCreatedAt!: Date;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When this token was exchanged for its successor; presenting it again is a reuse. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'replaced_by', type: 'uuid', nullable: true })
  replacedBy!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
