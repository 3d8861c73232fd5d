// Generated from the backend's OpenAPI document by `npm run openapi:generate`. Do not edit.

export interface paths {
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Always 202 with the same body. A new address gets a verification link; the owner of a taken address gets a "someone tried to register" mail instead.
         */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an email address with the token from the mailed link */
        post: operations["AuthController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a new verification link
         * @description Always 202; only an existing, unverified account gets a mail. Older links stop working.
         */
        post: operations["AuthController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Answers an access token and sets the refresh token in the HttpOnly, SameSite=Strict `refresh_token` cookie (Path=/api/auth).
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange the refresh cookie for a new access token
         * @description Rotates the refresh token. Presenting an already exchanged token revokes every token of its login.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Revokes the session of the refresh cookie and clears the cookie. 204 with or without a cookie.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password-reset link
         * @description Always 202 with the same body; only an existing account gets a mail.
         */
        post: operations["AuthController_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token from the mailed link
         * @description Ends every session of the account.
         */
        post: operations["AuthController_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My account */
        get: operations["UsersController_me"];
        put?: never;
        post?: never;
        /**
         * Delete my account
         * @description Needs the current password. Removes the account, its sessions and tokens.
         */
        delete: operations["UsersController_deleteMe"];
        options?: never;
        head?: never;
        /**
         * Change my name, birth date or language
         * @description The password has its own route: POST /api/users/me/password.
         */
        patch: operations["UsersController_updateMe"];
        trace?: never;
    };
    "/api/users/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description Ends every refresh session of the account (all devices log in again) and clears the refresh cookie.
         */
        post: operations["UsersController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Directory of verified users
         * @description `q` matches part of the name, ignoring case and accents; never an email address. Each person comes with the associations you share with them.
         */
        get: operations["UsersController_directory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many users, and their ages */
        get: operations["UsersController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user’s profile and the associations they belong to */
        get: operations["UsersController_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/associations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssociationsController_list"];
        put?: never;
        post: operations["AssociationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/associations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssociationsController_get"];
        put?: never;
        post?: never;
        delete: operations["AssociationsController_delete"];
        options?: never;
        head?: never;
        patch: operations["AssociationsController_update"];
        trace?: never;
    };
    "/api/associations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members by name
         * @description `q` matches part of the name, ignoring case and accents.
         */
        get: operations["AssociationsController_listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/associations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AssociationsController_removeMember"];
        options?: never;
        head?: never;
        patch: operations["AssociationsController_updateMember"];
        trace?: never;
    };
    "/api/associations/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_listOfAssociation"];
        put?: never;
        post: operations["EventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_get"];
        put?: never;
        post?: never;
        delete: operations["EventsController_cancel"];
        options?: never;
        head?: never;
        patch: operations["EventsController_update"];
        trace?: never;
    };
    "/api/events/{id}/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_calendarFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_listMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/rsvp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["AttendanceController_answer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_attendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rsvp/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RsvpLinksController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rsvp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RsvpLinksController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/deliveries/{userId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeliveriesController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyNotificationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MyNotificationsController_update"];
        trace?: never;
    };
    "/api/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnsubscribeController_page"];
        put?: never;
        post: operations["UnsubscribeController_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database (and the broker) are reachable */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/associations/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MinutesController_list"];
        put?: never;
        post: operations["MinutesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/associations/{id}/minutes/{minuteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MinutesController_get"];
        put?: never;
        post?: never;
        delete: operations["MinutesController_delete"];
        options?: never;
        head?: never;
        patch: operations["MinutesController_update"];
        trace?: never;
    };
    "/api/associations/{id}/minutes/{minuteId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MinutesController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/associations/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssociationInvitationsController_list"];
        put?: never;
        post: operations["AssociationInvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/associations/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AssociationInvitationsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyInvitationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyInvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyInvitationsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationLinksController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationLinksController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationLinksController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyCalendarFeedController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/calendar-feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyCalendarFeedController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarFeedController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RegisterDto: {
            /**
             * Format: email
             * @example ada@example.org
             */
            email: string;
            /** Format: password */
            password: string;
            /** @example Ada */
            firstName: string;
            /** @example Lovelace */
            lastName: string;
            /**
             * Format: date
             * @example 1990-05-17
             */
            birthDate?: string | null;
            /**
             * @default en
             * @enum {string}
             */
            locale?: "en" | "fr";
        };
        AcceptedDto: {
            /** @example If the address can receive it, a mail is on its way. */
            message: string;
        };
        EmailTokenDto: {
            /** @description The token from the link in the mail */
            token: string;
        };
        VerifiedDto: {
            /** Format: email */
            email: string;
            /** Format: date-time */
            emailVerifiedAt: string;
        };
        EmailDto: {
            /**
             * Format: email
             * @example ada@example.org
             */
            email: string;
        };
        LoginDto: {
            /**
             * Format: email
             * @example ada@example.org
             */
            email: string;
            /** Format: password */
            password: string;
        };
        MeDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            /** @example Ada */
            firstName: string;
            /** @example Lovelace */
            lastName: string;
            /**
             * Format: date
             * @example 1990-05-17
             */
            birthDate: string | null;
            /** @enum {string} */
            locale: "en" | "fr";
            /** Format: date-time */
            emailVerifiedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SessionDto: {
            /** @description JWT for `Authorization: Bearer …` */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            user: components["schemas"]["MeDto"];
        };
        PasswordResetConfirmDto: {
            /** @description The token from the link in the mail */
            token: string;
            /** Format: password */
            password: string;
        };
        UpdateMeDto: {
            /** @example Ada */
            firstName?: string;
            /** @example Lovelace */
            lastName?: string;
            /**
             * Format: date
             * @example 1990-05-17
             */
            birthDate?: string | null;
            /**
             * @default en
             * @enum {string}
             */
            locale?: "en" | "fr";
        };
        ChangePasswordDto: {
            /** Format: password */
            currentPassword: string;
            /** Format: password */
            newPassword: string;
        };
        DeleteMeDto: {
            /** Format: password */
            password: string;
        };
        SharedAssociationDto: {
            /** Format: uuid */
            id: string;
            /** @example Chess Club */
            name: string;
        };
        DirectoryUserDto: {
            /** Format: uuid */
            id: string;
            /** @example Ada */
            firstName: string;
            /** @example Lovelace */
            lastName: string;
            /** @description At most 3 associations the viewer shares with this person, by name */
            sharedAssociations: components["schemas"]["SharedAssociationDto"][];
        };
        DirectoryUserPage: {
            items: components["schemas"]["DirectoryUserDto"][];
            /** @example 42 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        UserStatsDto: {
            /**
             * @description Verified users
             * @example 42
             */
            count: number;
            /**
             * @description Verified users who gave a birth date; the ages below are theirs
             * @example 30
             */
            withBirthDate: number;
            /**
             * @description Mean age in years, one decimal
             * @example 37.4
             */
            meanAge: number | null;
            /**
             * @description Youngest age in whole years
             * @example 19
             */
            minAge: number | null;
            /**
             * @description Oldest age in whole years
             * @example 71
             */
            maxAge: number | null;
        };
        UserAssociationDto: {
            /** Format: uuid */
            id: string;
            /** @example Chess Club */
            name: string;
            /** @enum {string} */
            role: "admin" | "member";
            /** @example Treasurer */
            title: string | null;
        };
        UserProfileDto: {
            /** Format: uuid */
            id: string;
            /** @example Ada */
            firstName: string;
            /** @example Lovelace */
            lastName: string;
            /**
             * Format: date-time
             * @description When the account was created
             */
            memberSince: string;
            associations: components["schemas"]["UserAssociationDto"][];
        };
        AssociationSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example 25 */
            memberCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        AssociationSummaryPage: {
            items: components["schemas"]["AssociationSummaryDto"][];
            /** @example 42 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        CreateAssociationDto: {
            /**
             * @description Unique, whatever its case
             * @example Chess Club of Lyon
             */
            name: string;
            description?: string | null;
        };
        AssociationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example 25 */
            memberCount: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Your role; null if you are not a member
             * @enum {string|null}
             */
            myRole: "admin" | "member" | null;
        };
        UpdateAssociationDto: {
            name?: string;
            description?: string | null;
        };
        MemberDto: {
            /** Format: uuid */
            userId: string;
            firstName: string;
            lastName: string;
            /** @enum {string} */
            role: "admin" | "member";
            title: string | null;
            /** Format: date-time */
            joinedAt: string;
        };
        MemberPage: {
            items: components["schemas"]["MemberDto"][];
            /** @example 42 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        UpdateMemberDto: {
            /** @enum {string} */
            role?: "admin" | "member";
            /**
             * @description null or "" means no title
             * @example Treasurer
             */
            title?: string | null;
        };
        EventDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            associationId: string;
            /**
             * @description Stable iCalendar UID
             * @example 0b6a…@agora
             */
            uid: string;
            /**
             * @description iCalendar SEQUENCE: +1 on every change
             * @example 0
             */
            sequence: number;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            title: string;
            description: string | null;
            location: string | null;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @example Europe/Paris */
            timeZone: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EventPage: {
            items: components["schemas"]["EventDto"][];
            /** @example 42 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        CreateEventDto: {
            /** @example General assembly */
            title: string;
            description?: string | null;
            /** @example Town hall, room 2 */
            location?: string | null;
            /**
             * @description ISO-8601 instant with offset, between 1970-01-01T00:00:00Z and 2100-01-01T00:00:00Z (both included)
             * @example 2027-03-01T18:30:00+01:00
             */
            startsAt: string;
            /**
             * @description ISO-8601 instant with offset, between 1970-01-01T00:00:00Z and 2100-01-01T00:00:00Z (both included); after startsAt and at most 366 days after it
             * @example 2027-03-01T20:30:00+01:00
             */
            endsAt: string;
            /**
             * @description IANA time zone the event is shown in
             * @example Europe/Paris
             */
            timeZone: string;
        };
        UpdateEventDto: {
            title?: string;
            description?: string | null;
            location?: string | null;
            /**
             * @description ISO-8601 instant with offset, between 1970-01-01T00:00:00Z and 2100-01-01T00:00:00Z (both included)
             * @example 2027-03-01T18:30:00+01:00
             */
            startsAt?: string;
            /**
             * @description ISO-8601 instant with offset, between 1970-01-01T00:00:00Z and 2100-01-01T00:00:00Z (both included); after startsAt and at most 366 days after it
             * @example 2027-03-01T20:30:00+01:00
             */
            endsAt?: string;
            /** @example Europe/Paris */
            timeZone?: string;
        };
        MyEventDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            associationId: string;
            /**
             * @description Stable iCalendar UID
             * @example 0b6a…@agora
             */
            uid: string;
            /**
             * @description iCalendar SEQUENCE: +1 on every change
             * @example 0
             */
            sequence: number;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            title: string;
            description: string | null;
            location: string | null;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @example Europe/Paris */
            timeZone: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            associationName: string;
            /**
             * @description My answer, or null if I have not answered
             * @enum {string|null}
             */
            myAnswer: "accepted" | "tentative" | "declined" | null;
        };
        MyEventPage: {
            items: components["schemas"]["MyEventDto"][];
            /** @example 42 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        RsvpDto: {
            /** @enum {string} */
            answer: "accepted" | "tentative" | "declined";
        };
        MyAnswerDto: {
            /** @enum {string} */
            answer: "accepted" | "tentative" | "declined";
        };
        AnswerCountsDto: {
            accepted: number;
            tentative: number;
            declined: number;
        };
        AttendeeDto: {
            /** Format: uuid */
            userId: string;
            name: string;
            /** @enum {string} */
            answer: "accepted" | "tentative" | "declined";
            /** Format: date-time */
            answeredAt: string;
        };
        MemberNameDto: {
            /** Format: uuid */
            userId: string;
            name: string;
        };
        AttendanceDto: {
            /** @description Answers of current members only */
            counts: components["schemas"]["AnswerCountsDto"];
            /** @description Who answered what, by name */
            answered: components["schemas"]["AttendeeDto"][];
            /** @description Members who have not answered (admins only; absent for others) */
            notAnswered?: components["schemas"]["MemberNameDto"][];
        };
        RsvpLinkDto: {
            /** @description The token from the link in the mail */
            token: string;
        };
        RsvpLinkPreviewDto: {
            title: string;
            location: string | null;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @example Europe/Paris */
            timeZone: string;
            associationName: string;
            /** @enum {string|null} */
            answer: "accepted" | "tentative" | "declined" | null;
        };
        RsvpByLinkDto: {
            /** @description The token from the link in the mail */
            token: string;
            /** @enum {string} */
            answer: "accepted" | "tentative" | "declined";
        };
        DeliveryTotalsDto: {
            /** @description Recipients in the ledger */
            recipients: number;
            queued: number;
            sent: number;
            failed: number;
            dead: number;
        };
        DeliveryDto: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /**
             * @description queued: handed to the mailer; sent: accepted by the SMTP server; failed: the last attempt failed (the mailer may try again, unless the server refused the address for good); dead: the mailer gave up
             * @enum {string}
             */
            status: "queued" | "sent" | "failed" | "dead";
            /** @description The SEQUENCE of the invitation this status is about */
            sequence: number;
            /**
             * Format: date-time
             * @description When the status became true
             */
            at: string;
            /** @description Why the mail failed, as the mail server said */
            reason: string | null;
        };
        DeliveriesDto: {
            totals: components["schemas"]["DeliveryTotalsDto"];
            /** @description One entry per recipient, by name */
            recipients: components["schemas"]["DeliveryDto"][];
        };
        AssociationMailSettingDto: {
            /** Format: uuid */
            id: string;
            /** @description Whether I am mailed when one of its events is created, changed or cancelled */
            eventMail: boolean;
            name: string;
        };
        NotificationSettingsDto: {
            /** @description When reminders come, in minutes before an event of my associations starts: 60 (an hour), 1440 (a day), both, or none ([]). Shortest first. */
            reminderMinutesBefore: (60 | 1440)[];
            /** @description Every association I belong to, by name */
            associations: components["schemas"]["AssociationMailSettingDto"][];
        };
        AssociationMailDto: {
            /** Format: uuid */
            id: string;
            /** @description Whether I am mailed when one of its events is created, changed or cancelled */
            eventMail: boolean;
        };
        UpdateNotificationSettingsDto: {
            /** @description When reminders come, in minutes before an event of my associations starts: 60 (an hour), 1440 (a day), both, or none ([]) */
            reminderMinutesBefore?: (60 | 1440)[];
            associations?: components["schemas"]["AssociationMailDto"][];
        };
        MinuteSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example 2026-06-14 */
            heldOn: string;
            title: string | null;
            /** @enum {string} */
            kind: "general-assembly" | "board";
            /** @description The first 200 characters */
            excerpt: string;
            voterCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MinuteSummaryPage: {
            items: components["schemas"]["MinuteSummaryDto"][];
            /** @example 42 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        CreateMinuteDto: {
            /**
             * @description Day the general assembly was held (YYYY-MM-DD)
             * @example 2026-06-14
             */
            heldOn: string;
            /**
             * @description One line; empty or null for none
             * @example Annual general assembly 2026
             */
            title?: string | null;
            /**
             * @default general-assembly
             * @enum {string}
             */
            kind?: "general-assembly" | "board";
            /** @description The minutes, up to 102400 bytes of UTF-8 */
            content: string;
            /** @description Members who voted; each must be a member now */
            voterIds: string[];
        };
        VoterDto: {
            /** Format: uuid */
            userId: string;
            firstName: string;
            lastName: string;
        };
        MinuteDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            associationId: string;
            /** @example 2026-06-14 */
            heldOn: string;
            title: string | null;
            /** @enum {string} */
            kind: "general-assembly" | "board";
            content: string;
            voters: components["schemas"]["VoterDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateMinuteDto: {
            /** @example 2026-06-14 */
            heldOn?: string;
            /**
             * @description One line; empty or null for none
             * @example Annual general assembly 2026
             */
            title?: string | null;
            /**
             * @default general-assembly
             * @enum {string}
             */
            kind?: "general-assembly" | "board";
            content?: string;
            /** @description Replaces the voters */
            voterIds?: string[];
        };
        CreateInvitationDto: {
            /**
             * Format: email
             * @description Invite this address (whether or not it has an account). Give this or userId.
             * @example ada@example.org
             */
            email?: string;
            /**
             * Format: uuid
             * @description Invite a verified user picked from the directory, at an address you are not shown
             */
            userId?: string;
            /**
             * @default member
             * @enum {string}
             */
            role?: "admin" | "member";
            /**
             * @description null or "" means no title
             * @example Treasurer
             */
            title?: string | null;
        };
        PersonDto: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "admin" | "member";
            title: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "revoked" | "expired";
            /** @description The address typed by an admin; null when the person was picked from the directory */
            email: string | null;
            /** @description The person picked from the directory (null when invited by address) */
            invitee: components["schemas"]["PersonDto"] | null;
            invitedBy: components["schemas"]["PersonDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        InvitationPage: {
            items: components["schemas"]["InvitationDto"][];
            /** @example 42 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        AssociationRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        MyInvitationDto: {
            /** Format: uuid */
            id: string;
            association: components["schemas"]["AssociationRefDto"];
            /** @enum {string} */
            role: "admin" | "member";
            title: string | null;
            /** @description The name of the admin who invited */
            invitedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        MyInvitationPage: {
            items: components["schemas"]["MyInvitationDto"][];
            /** @example 42 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        JoinedDto: {
            /** Format: uuid */
            associationId: string;
            associationName: string;
            /** @enum {string} */
            role: "admin" | "member";
            title: string | null;
        };
        DeclineInvitationDto: {
            /**
             * @description Also ask this association never to invite this address again
             * @default false
             */
            block?: boolean;
        };
        InvitationTokenDto: {
            /** @description The token from the link in the mail */
            token: string;
        };
        InvitationPreviewDto: {
            /** Format: uuid */
            id: string;
            association: components["schemas"]["AssociationRefDto"];
            /** @enum {string} */
            role: "admin" | "member";
            title: string | null;
            /** @description The name of the admin who invited */
            invitedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description The address the invitation was sent to */
            email: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "revoked" | "expired";
        };
        DeclineInvitationByTokenDto: {
            /** @description The token from the link in the mail */
            token: string;
            /**
             * @description Also ask this association never to invite this address again
             * @default false
             */
            block?: boolean;
        };
        CalendarFeedDto: {
            /** @description The private feed over https; whoever has it can read my events */
            url: string;
            /** @description The same feed as webcal://, which opens the calendar application */
            webcalUrl: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too busy to check passwords right now (see `Retry-After`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifiedDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too busy to check passwords right now (see `Retry-After`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too busy to check passwords right now (see `Retry-After`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_deleteMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteMeDto"];
            };
        };
        responses: {
            /** @description Account deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too busy to check passwords right now (see `Retry-After`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too busy to check passwords right now (see `Retry-After`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_directory: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Search ignoring case and accents */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryUserPage"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserStatsDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserProfileDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Search ignoring case and accents */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationSummaryPage"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssociationDto"];
            };
        };
        responses: {
            /** @description You are its first admin */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationsController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; its upcoming events were cancelled first */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssociationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationsController_listMembers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Search ignoring case and accents */
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed (or left, when it is your own id) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationsController_updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    EventsController_listOfAssociation: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Events starting at or after this instant */
                from?: string;
                /** @description Events starting before this instant */
                to?: string;
                /** @description By start: `asc` (soonest first, for what is coming) or `desc` (latest first, for what is past) */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All events (cancelled included), by start time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    EventsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            /** @description Members are sent an invitation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    EventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    EventsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled (stays readable); members are sent the cancellation */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    EventsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            /** @description SEQUENCE +1 and members are sent the update, if anything changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    EventsController_calendarFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event as an iCalendar file (METHOD:PUBLISH) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    EventsController_listMine: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Events starting at or after this instant */
                from?: string;
                /** @description Events starting before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My scheduled events from `from` (default: now), all associations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyEventPage"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AttendanceController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RsvpDto"];
            };
        };
        responses: {
            /** @description My answer is recorded (it replaces an earlier one) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAnswerDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AttendanceController_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    RsvpLinksController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RsvpLinkDto"];
            };
        };
        responses: {
            /** @description The event the link answers for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RsvpLinkPreviewDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    RsvpLinksController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RsvpByLinkDto"];
            };
        };
        responses: {
            /** @description The answer is recorded (no login needed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAnswerDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    DeliveriesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest status of each recipient’s mail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveriesDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    DeliveriesController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current invitation is on its way to that member again */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MyNotificationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MyNotificationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationSettingsDto"];
            };
        };
        responses: {
            /** @description The settings after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UnsubscribeController_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the app page that asks for confirmation */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnsubscribeController_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No more event mail from that association (membership and feed stay) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    MinutesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinuteSummaryPage"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MinutesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMinuteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinuteDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MinutesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                minuteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinuteDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MinutesController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                minuteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hidden at once; can be restored for MINUTES_UNDO_MINUTES (10) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MinutesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                minuteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMinuteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinuteDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MinutesController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                minuteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Undoes a recent deletion */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinuteDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationInvitationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending invitations, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPage"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationInvitationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description Mailed to the person; they join only if they accept */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AssociationInvitationsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: its link no longer works */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MyInvitationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending invitations to my verified address, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyInvitationPage"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MyInvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description I am a member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinedDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MyInvitationsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineInvitationDto"];
            };
        };
        responses: {
            /** @description Declined */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    InvitationLinksController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationTokenDto"];
            };
        };
        responses: {
            /** @description What the invitation is about */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    InvitationLinksController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationTokenDto"];
            };
        };
        responses: {
            /** @description I am a member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinedDto"];
                };
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    InvitationLinksController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineInvitationByTokenDto"];
            };
        };
        responses: {
            /** @description Declined (no login needed) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (problem+json with `errors` per field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MyCalendarFeedController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My private feed (created on first use) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MyCalendarFeedController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description New URLs; the old ones stop working */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CalendarFeedController_feed: {
        parameters: {
            query?: never;
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My associations’ events from 30 days back, cancelled ones included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Unchanged since the ETag sent */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (see `Retry-After`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example urn:agora:problem:validation-error */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        correlationId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
}
