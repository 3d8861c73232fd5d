/** What the server answers when the invitee accepts the Chess Club's invitation. */
export const JOINED_CHESS_CLUB = {
  associationId: 'a-1',
  associationName: 'Chess Club',
  role: 'member',
  title: 'Treasurer',
};
