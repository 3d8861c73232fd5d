import { Foundation1764000000000 } from './1764000000000-foundation';
import { Accounts1764000001000 } from './1764000001000-accounts';
import { Associations1764000002000 } from './1764000002000-associations';
import { OutboxNotify1764000003000 } from './1764000003000-outbox-notify';
import { Invitations1764000004000 } from './1764000004000-invitations';
import { RefreshFamilyLifetime1764000005000 } from './1764000005000-refresh-family-lifetime';
import { CalendarFeeds1764000006000 } from './1764000006000-calendar-feeds';
import { EventMailOptOuts1764000006100 } from './1764000006100-event-mail-opt-outs';
import { EventAnswers1764000007000 } from './1764000007000-event-answers';
import { EventReminders1764000008000 } from './1764000008000-event-reminders';
import { AccentInsensitiveSearch1764000008200 } from './1764000008200-accent-insensitive-search';
import { EventDeliveries1764000008500 } from './1764000008500-event-deliveries';
import { MinuteRecords1764000009500 } from './1764000009500-minute-records';

/** Every migration, in order. A new migration is added here as well as in its own file. */
export const migrations = [
  Foundation1764000000000,
  Accounts1764000001000,
  Associations1764000002000,
  OutboxNotify1764000003000,
  Invitations1764000004000,
  RefreshFamilyLifetime1764000005000,
  CalendarFeeds1764000006000,
  EventMailOptOuts1764000006100,
  EventAnswers1764000007000,
  EventReminders1764000008000,
  AccentInsensitiveSearch1764000008200,
  EventDeliveries1764000008500,
  MinuteRecords1764000009500,
];
