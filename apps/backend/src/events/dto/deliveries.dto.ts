import { ApiProperty } from '@nestjs/swagger';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../deliveries.repository';

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description:
      'queued: handed to the mailer; sent: accepted by the SMTP server; failed: the last attempt failed (the mailer may try again, unless the server refused the address for good); dead: the mailer gave up',
  })
  status!: DeliveryStatus;

  @ApiProperty({ description: 'The SEQUENCE of the invitation this status is about' })
  sequence!: number;

  @ApiProperty({ format: 'date-time', description: 'When the status became true' })
  at!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the mail failed, as the mail server said',
  })
  reason!: string | null;
}

export class DeliveryTotalsDto {
  @ApiProperty({ description: 'Recipients in the ledger' })
  recipients!: number;

  @ApiProperty()
  queued!: number;

  @ApiProperty()
  sent!: number;

  @ApiProperty()
  failed!: number;

  @ApiProperty()
  dead!: number;
}

export class DeliveriesDto {
  @ApiProperty({ type: DeliveryTotalsDto })
  totals!: DeliveryTotalsDto;

  @ApiProperty({ type: [DeliveryDto], description: 'One entry per recipient, by name' })
  recipients!: DeliveryDto[];
}
