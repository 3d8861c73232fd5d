/**
 * The invitation routes as agreed with the backend, until its OpenAPI document describes them and
 * `npm run openapi:generate` puts them in `schema.d.ts`; this file is then deleted.
 */
type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Empty = { headers: { [name: string]: unknown }; content?: never };
type Problem = {
  headers: { [name: string]: unknown };
  content: {
    'application/problem+json': {
      type: string;
      title: string;
      status: number;
      detail: string;
      errors?: { field?: string; message?: string }[];
    };
  };
};
type Problems = { 400: Problem; 401: Problem; 403: Problem; 404: Problem; 409: Problem };
type Route = { parameters: { query?: never; header?: never; path?: never; cookie?: never } };
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
type Role = 'admin' | 'member';
type Person = { id: string; firstName: string; lastName: string };
type Accepted = {
  associationId: string;
  associationName: string;
  role: Role;
  title: string | null;
};
type PageQuery = { page?: number; pageSize?: number };

export type InvitationDto = {
  id: string;
  role: Role;
  title: string | null;
  status: 'pending' | 'accepted' | 'declined' | 'revoked' | 'expired';
  email: string | null;
  invitee: Person | null;
  invitedBy: Person | null;
  createdAt: string;
  expiresAt: string;
};

export type MyInvitationDto = {
  id: string;
  association: { id: string; name: string };
  role: Role;
  title: string | null;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
};

export type InvitationPreviewDto = {
  association: { id: string; name: string };
  role: Role;
  title: string | null;
  invitedBy: string | null;
  email: string;
  status: InvitationDto['status'];
  expiresAt: string;
};

declare module './schema' {
  interface paths {
    '/api/associations/{id}/invitations': Route & {
      get: {
        parameters: { query?: PageQuery; path: { id: string } };
        requestBody?: never;
        responses: { 200: Json<Page<InvitationDto>> } & Problems;
      };
      post: {
        parameters: { path: { id: string } };
        requestBody: {
          content: {
            'application/json': {
              email?: string;
              userId?: string;
              role?: Role;
              title?: string | null;
            };
          };
        };
        responses: { 201: Json<InvitationDto> } & Problems & { 422: Problem; 429: Problem };
      };
    };
    '/api/associations/{id}/invitations/{invitationId}': Route & {
      delete: {
        parameters: { path: { id: string; invitationId: string } };
        requestBody?: never;
        responses: { 204: Empty } & Problems;
      };
    };
    '/api/me/invitations': Route & {
      get: {
        parameters: { query?: PageQuery };
        requestBody?: never;
        responses: { 200: Json<Page<MyInvitationDto>> } & Problems;
      };
    };
    '/api/me/invitations/{invitationId}/accept': Route & {
      post: {
        parameters: { path: { invitationId: string } };
        requestBody?: never;
        responses: { 200: Json<Accepted> } & Problems;
      };
    };
    '/api/me/invitations/{invitationId}/decline': Route & {
      post: {
        parameters: { path: { invitationId: string } };
        requestBody: { content: { 'application/json': { block?: boolean } } };
        responses: { 204: Empty } & Problems;
      };
    };
    '/api/invitations/preview': Route & {
      post: {
        parameters: { path?: never };
        requestBody: { content: { 'application/json': { token: string } } };
        responses: { 200: Json<InvitationPreviewDto> } & Problems;
      };
    };
    '/api/invitations/accept': Route & {
      post: {
        parameters: { path?: never };
        requestBody: { content: { 'application/json': { token: string } } };
        responses: { 200: Json<Accepted> } & Problems;
      };
    };
    '/api/invitations/decline': Route & {
      post: {
        parameters: { path?: never };
        requestBody: { content: { 'application/json': { token: string; block?: boolean } } };
        responses: { 204: Empty } & Problems;
      };
    };
  }
}
