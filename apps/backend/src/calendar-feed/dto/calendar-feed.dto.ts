import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedDto {
  @ApiProperty({ description: 'The private feed over https; whoever has it can read my events' })
  url!: string;

  @ApiProperty({ description: 'The same feed as webcal://, which opens the calendar application' })
  webcalUrl!: string;
}
