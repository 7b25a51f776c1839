// Generated from openapi.json by `npm run web:api-types` (scripts/web-api-types.ts). Do not edit.
export interface paths {
    "/api/v1/admin/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List announcements */
        get: {
            parameters: {
                query?: {
                    kind?: "documentation" | "sla" | "policy" | "service" | "product" | "other";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AnnouncementView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Announce (Idempotency-Key supported): sent at publishAt to the authorized contacts of the audience, in their language */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description R-M3: every customer, the customers running productId (or one of its modules), or customerIds */
                        audience: "all" | "product" | "customers";
                        bodies: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                        customerIds?: string[];
                        kind: "documentation" | "sla" | "policy" | "service" | "product" | "other";
                        productId?: string | null;
                        /** Format: date-time */
                        publishAt?: string;
                        titles: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an announcement */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/announcements/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an announcement that has not gone out */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-token-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lifetime of new API tokens (default and maximum, days) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenSettingsView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the lifetime of new API tokens */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        defaultDays?: number;
                        maxDays?: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenSettingsView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/billing/activation-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an activation would cost (R-P7), with the month-counting rule */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD */
                    acceptanceDate: string;
                    /** @description Minor units (cents), integer */
                    yearlyPriceCents: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivationPreview"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/billing/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Produce the 1 January renewal fees of a year (R-P10); idempotent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        year: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: components["schemas"]["ChargeView"][];
                            skipped: {
                                contractId: string;
                                reason: string;
                            }[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/billing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billing settings (31 August rule R-P7, invoice series) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingSettingsView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change billing settings */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        august31Counts?: boolean;
                        /** @description Invoice series code, e.g. INV */
                        creditNoteSeries?: string;
                        /** @description Invoice series code, e.g. INV */
                        invoiceSeries?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingSettingsView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List calendars */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CalendarView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a calendar (version 1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        effectiveFrom?: string;
                        name: string;
                        spec: {
                            customDays?: {
                                /** @description YYYY-MM-DD */
                                date: string;
                                intervals?: string[][];
                                kind: "closed" | "open";
                                label?: string;
                            }[];
                            holidayCountry?: string;
                            /** @description R-T1: a region of holidayCountry ("MD"), or COUNTRY-REGION[-SUBREGION] ("ES-MD", "DE-BY-A"); alone, a country code means its national holidays. Unknown codes are refused. */
                            holidayRegion?: string;
                            holidays?: string[];
                            holidayTypes?: ("public" | "bank" | "school" | "optional" | "observance")[];
                            /** @description IANA time zone, e.g. Europe/Madrid */
                            timeZone: string;
                            weekly: {
                                fri: string[][];
                                mon: string[][];
                                sat: string[][];
                                sun: string[][];
                                thu: string[][];
                                tue: string[][];
                                wed: string[][];
                            };
                        };
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: components["schemas"]["CalendarView"];
                            version: components["schemas"]["CalendarVersionView"];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a calendar with all its versions */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a calendar (rules change through versions) */
        patch: {
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
                    "application/json": {
                        name?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/calendars/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a calendar */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars/{id}/version-in-force": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calendar version in force on a date */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD */
                    date: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarVersionView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the versions of a calendar */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CalendarVersionView"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Edit a calendar: add a version with an effective date (default: earliest allowed) */
        post: {
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
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        effectiveFrom?: string;
                        spec: {
                            customDays?: {
                                /** @description YYYY-MM-DD */
                                date: string;
                                intervals?: string[][];
                                kind: "closed" | "open";
                                label?: string;
                            }[];
                            holidayCountry?: string;
                            /** @description R-T1: a region of holidayCountry ("MD"), or COUNTRY-REGION[-SUBREGION] ("ES-MD", "DE-BY-A"); alone, a country code means its national holidays. Unknown codes are refused. */
                            holidayRegion?: string;
                            holidays?: string[];
                            holidayTypes?: ("public" | "bank" | "school" | "optional" | "observance")[];
                            /** @description IANA time zone, e.g. Europe/Madrid */
                            timeZone: string;
                            weekly: {
                                fri: string[][];
                                mon: string[][];
                                sat: string[][];
                                sun: string[][];
                                thu: string[][];
                                tue: string[][];
                                wed: string[][];
                            };
                        };
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarVersionView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one calendar version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarVersionView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars/{id}/versions/{version}/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar version's days off in a year (holiday library, extra dates, custom days) */
        get: {
            parameters: {
                query: {
                    lang?: "en" | "es" | "el";
                    year: number;
                };
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendarId: string;
                            holidays: {
                                cancelled: boolean;
                                date: string;
                                intervals: string[][] | null;
                                name: string;
                                source: "custom" | "holidays" | "library";
                                type: string | null;
                            }[];
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contracts */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD */
                    activeOn?: string;
                    archived?: boolean;
                    customerId?: string;
                    limit?: number;
                    offset?: number;
                    planId?: string;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ContractView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a contract */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basisAmountCents?: number | null;
                        currency?: string;
                        /** Format: uuid */
                        customerId: string;
                        endDate?: string | null;
                        goLiveDate?: string | null;
                        percentBp?: number | null;
                        /** Format: uuid */
                        planId: string;
                        priceBasis?: "fixed" | "licence" | "development";
                        reference?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startDate: string;
                        yearlyPriceCents?: number | null;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a contract */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a contract (a new planId applies to tickets from now on; beyond its contact cap, 409 CONTACT_CAP_CHOICE_REQUIRED until keepAuthorized names who stays authorized, R-C2) */
        patch: {
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
                    "application/json": {
                        basisAmountCents?: number | null;
                        currency?: string;
                        endDate?: string | null;
                        goLiveDate?: string | null;
                        /** @description R-C2: contacts that stay authorized when the new plan caps them; the others are de-authorized */
                        keepAuthorized?: string[];
                        percentBp?: number | null;
                        /** Format: uuid */
                        planId?: string;
                        priceBasis?: "fixed" | "licence" | "development";
                        reference?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startDate?: string;
                        yearlyPriceCents?: number | null;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Charge the first term after final acceptance (R-P7: ≤ 31 Aug remaining/12, else (remaining+12)/12) */
        post: {
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
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        acceptanceDate: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChargeView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a contract */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}/basis-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Licence/development cost changed: re-price and charge the difference for the months left (R-P9) */
        post: {
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
                    "application/json": {
                        /** @description Minor units (cents), integer */
                        basisAmountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        changeDate: string;
                        /** @description Basis points: 1800 = 18 % */
                        percentBp?: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            charge: components["schemas"]["ChargeView"] | null;
                            contract: components["schemas"]["ContractView"];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}/billing-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contract's billing facts (defaults when never set: stored=false) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractTermsView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set billing facts: update subscription, vendor hosting, service contract, takeover date, free configuration tasks, billing unit and rounding, overage price, and per-category overrides of what the plan includes (R-P1) */
        patch: {
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
                    "application/json": {
                        billingUnitMinutes?: number;
                        /** @description Per request category: 'free' or 'billable'; a category left out follows the plan */
                        categoryOverrides?: {
                            advice?: "free" | "billable";
                            bug?: "free" | "billable";
                            change_request?: "free" | "billable";
                            configuration_error?: "free" | "billable";
                            configuration_request?: "free" | "billable";
                            feature_suggestion?: "free" | "billable";
                        };
                        configurationTakeoverDate?: string | null;
                        freeConfigurationTasksPerYear?: number;
                        hasServiceContract?: boolean;
                        hasUpdateSubscription?: boolean;
                        overageTicketPriceCents?: number | null;
                        roundingRule?: "per_entry" | "per_ticket_per_day";
                        vendorHosted?: boolean;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractTermsView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a ticket bundle to the contract year containing the date (R-P5) */
        post: {
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
                    "application/json": {
                        currency?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date?: string;
                        priceCents: number;
                        tickets: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contractId: string;
                            createdBy: string | null;
                            currency: string;
                            id: string;
                            priceCents: number;
                            purchasedAt: string;
                            tickets: number;
                            yearStart: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contract's fee charges and recorded increases */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            increases: components["schemas"]["IncreaseView"][];
                            items: components["schemas"]["ChargeView"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}/charges/{chargeId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a charge not yet invoiced */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    chargeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChargeView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}/retroactive-activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Charge the whole calendar year (R-P8; default: current year) */
        post: {
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
                    "application/json": {
                        year?: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChargeView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contracts/{id}/yearly-increase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an agreed yearly increase ≤ inflation, applied at that year's renewal (R-P9); the administrator is notified */
        post: {
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
                    "application/json": {
                        agreement?: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            agreedOn: string;
                            contactId?: string | null;
                            note: string;
                        };
                        percentBp: number;
                        year: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncreaseView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CustomerView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a customer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        currency?: string;
                        locale?: "en" | "es" | "el";
                        name: string;
                        notes?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a customer */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a customer */
        patch: {
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
                    "application/json": {
                        code?: string;
                        currency?: string;
                        locale?: "en" | "es" | "el";
                        name?: string;
                        notes?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/customers/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a customer */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a customer's contacts */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                    authorized?: boolean;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ContactView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a contact (optionally authorized, administrator, with a portal password) */
        post: {
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
                    "application/json": {
                        /** Format: email */
                        email: string;
                        isAdministrator?: boolean;
                        isAuthorized?: boolean;
                        locale?: "en" | "es" | "el";
                        name: string;
                        password?: string;
                        phone?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a contact */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a contact */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        isAdministrator?: boolean;
                        isAuthorized?: boolean;
                        locale?: "en" | "es" | "el";
                        name?: string;
                        password?: string;
                        phone?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/customers/{id}/contacts/{contactId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{id}/contacts/{contactId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new address confirmation link (issue 13 item 6) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{id}/ical-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the customer has a calendar feed (never the URL) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcalFeedStatus"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Revoke the feed: its URL answers 404 */
        delete: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            revoked: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{id}/ical-feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make or replace the secret feed URL; returned once, the old URL stops working */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcalFeedSecret"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{id}/installed-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's installed versions with end of life and the right to each latest version (R-V6, R-V5) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InstalledVersionView"][];
                            plan: {
                                code: string;
                                name: string;
                                planId: string;
                                version: number;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{id}/installed-versions/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the version a customer runs (INVALID_VERSION when it does not fit the scheme) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    productId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        installedOn?: string | null;
                        /** @description A version in the product's scheme, e.g. 4.12 or 5.1.2.10 (R-V2) */
                        version: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            installedOn: string | null;
                            productId: string;
                            version: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** The customer no longer runs the product */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            removed: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/inflation-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inflation rates by year (cap yearly increases, R-P9) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InflationRateView"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/inflation-rates/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter the inflation rate for the year increased prices apply */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Basis points: 1800 = 18 % */
                        rateBp: number;
                        source?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InflationRateView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices and credit notes, newest first */
        get: {
            parameters: {
                query?: {
                    customerId?: string;
                    kind?: "invoice" | "credit_note";
                    limit?: number;
                    offset?: number;
                    status?: "draft" | "issued";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InvoiceSummaryView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft the customer's invoice for a period (contract fees, bundles, overage, billable time) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customerId: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice with lines and their sources */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft (its sources become invoiceable again) */
        delete: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Done; no body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invoices/{id}/credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Credit an issued invoice (all lines, or some) with an issued credit note */
        post: {
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
                    "application/json": {
                        lineIds?: string[];
                        reason: string;
                        /** @description Invoice series code, e.g. INV */
                        series?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invoices/{id}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as CSV (formula-safe) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description The invoice lines */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invoices/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a draft: next number of the series; immutable from then on */
        post: {
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
                    "application/json": {
                        /** @description Invoice series code, e.g. INV */
                        series?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice PDF (drafts are marked) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description The invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mail/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List inbound mail and what became of it */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "processing" | "ticket_created" | "reply_added" | "refused" | "kept_not_participant" | "ignored_auto_reply" | "ignored_bounce" | "ignored_loop" | "ignored_empty" | "failed" | "unparseable";
                    ticketId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                deliveries: number;
                                details: {
                                    [key: string]: unknown;
                                };
                                from: {
                                    address: string;
                                    name: string;
                                };
                                id: string;
                                lastDeliveryAt: string;
                                lastError: string | null;
                                mailbox: string;
                                messageId: string | null;
                                raw: {
                                    sha256: string;
                                    sizeBytes: number;
                                };
                                reason: string | null;
                                receivedAt: string;
                                status: "failed" | "processing" | "ticket_created" | "reply_added" | "refused" | "kept_not_participant" | "ignored_auto_reply" | "ignored_bounce" | "ignored_loop" | "ignored_empty" | "unparseable";
                                subject: string;
                                ticketId: string | null;
                                ticketMessageId: string | null;
                                unentitledRequestId: string | null;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mail/inbound/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one inbound message record */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            deliveries: number;
                            details: {
                                [key: string]: unknown;
                            };
                            from: {
                                address: string;
                                name: string;
                            };
                            id: string;
                            lastDeliveryAt: string;
                            lastError: string | null;
                            mailbox: string;
                            messageId: string | null;
                            raw: {
                                sha256: string;
                                sizeBytes: number;
                            };
                            reason: string | null;
                            receivedAt: string;
                            status: "failed" | "processing" | "ticket_created" | "reply_added" | "refused" | "kept_not_participant" | "ignored_auto_reply" | "ignored_bounce" | "ignored_loop" | "ignored_empty" | "unparseable";
                            subject: string;
                            ticketId: string | null;
                            ticketMessageId: string | null;
                            unentitledRequestId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mail/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List outbound mail */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "pending" | "sent" | "failed" | "kept" | "bounced";
                    ticketId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                bouncedAt: string | null;
                                createdAt: string;
                                customerId: string | null;
                                id: string;
                                lastError: string | null;
                                locale: "en" | "es" | "el";
                                nextAttemptAt: string | null;
                                notBefore: string | null;
                                sentAt: string | null;
                                status: "sent" | "pending" | "failed" | "kept" | "bounced";
                                subject: string;
                                template: string;
                                ticketId: string | null;
                                to: {
                                    address: string;
                                    id: string | null;
                                    kind: "contact" | "user" | "address";
                                    name: string;
                                };
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mail/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one outbound message with its headers */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            bouncedAt: string | null;
                            createdAt: string;
                            customerId: string | null;
                            headers: {
                                extra: {
                                    [key: string]: string;
                                };
                                from: string;
                                inReplyTo: string | null;
                                messageId: string;
                                references: string[];
                                replyTo: string | null;
                                subject: string;
                                to: string;
                            };
                            html: string;
                            id: string;
                            lastError: string | null;
                            locale: "en" | "es" | "el";
                            nextAttemptAt: string | null;
                            notBefore: string | null;
                            retriedAt: string | null;
                            sentAt: string | null;
                            status: "sent" | "pending" | "failed" | "kept" | "bounced";
                            subject: string;
                            template: string;
                            text: string;
                            ticketId: string | null;
                            to: {
                                address: string;
                                id: string | null;
                                kind: "contact" | "user" | "address";
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mail/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed or kept message again */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            bouncedAt: string | null;
                            createdAt: string;
                            customerId: string | null;
                            id: string;
                            lastError: string | null;
                            locale: "en" | "es" | "el";
                            nextAttemptAt: string | null;
                            notBefore: string | null;
                            sentAt: string | null;
                            status: "sent" | "pending" | "failed" | "kept" | "bounced";
                            subject: string;
                            template: string;
                            ticketId: string | null;
                            to: {
                                address: string;
                                id: string | null;
                                kind: "contact" | "user" | "address";
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mail/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail settings in force (read-only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultSeverity: string | null;
                            delivery: {
                                batch: number;
                                intervalSeconds: number;
                                leaseSeconds: number;
                                maxAgeHours: number;
                                retryBaseSeconds: number;
                                retryCapSeconds: number;
                            };
                            from: {
                                address: string;
                                name: string;
                            };
                            imap: {
                                host: string;
                                mailbox: string;
                                pollSeconds: number;
                                port: number;
                                secure: boolean;
                                user: string;
                            } | null;
                            inboundSmtp: {
                                authRequired: boolean;
                                domains: string[];
                                host: string;
                                maxBytes: number;
                                port: number;
                                tls: {
                                    certFile: string;
                                    required: boolean;
                                } | null;
                            } | null;
                            messageIdDomain: string;
                            outbound: {
                                host: string;
                                /** @enum {string} */
                                mode: "smtp";
                                port: number;
                                secure: boolean;
                                user: string | null;
                            } | {
                                host: null;
                                /** @enum {string} */
                                mode: "kept";
                                port: null;
                                secure: null;
                                user: null;
                            };
                            parse: {
                                memoryMb: number;
                                timeoutMs: number;
                                workers: number;
                            };
                            refusalIntervalMinutes: number;
                            refusalsPerHour: number;
                            replyAddress: string | null;
                            senderAuthservId: string | null;
                            senderLimits: {
                                acksPerHour: number;
                                loopBurst: number;
                                ticketsPerHour: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List operations overlapping [from, to] */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    limit?: number;
                    offset?: number;
                    productId?: string;
                    status?: "scheduled" | "cancelled";
                    to?: string;
                    typeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MaintenanceView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Schedule an operation (Idempotency-Key supported)
         * @description Refused with 409 NOTICE_PERIOD_TOO_SHORT (details.requiredBy, details.earliestStart) when too late for the notice rule, unless `override.reason` is given (recorded and audited).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description R-M3: every customer, the customers running productId (or one of its modules), or customerIds */
                        audience: "all" | "product" | "customers";
                        customerIds?: string[];
                        descriptions?: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                        durationMinutes?: number;
                        override?: {
                            /** @description R-M1: why the notice period is shortened (recorded and audited) */
                            reason: string;
                        };
                        productId?: string | null;
                        releaseId?: string | null;
                        shutsDown?: boolean;
                        /** Format: date-time */
                        startsAt: string;
                        titles: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                        /** Format: uuid */
                        typeId: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaintenanceView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/maintenance-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List maintenance types */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MaintenanceTypeView"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a maintenance type */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Vendor calendar: required by working_days_before; its zone counts calendar days */
                        calendarId?: string | null;
                        code: string;
                        expectedDurationMinutes: number;
                        extraNoticeMinutes: number[];
                        names: {
                            el?: string;
                            en: string;
                            es?: string;
                        };
                        noticeRule: {
                            /** @enum {string} */
                            kind: "after";
                        } | {
                            /** @enum {string} */
                            kind: "at_release";
                        } | {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar_days_before";
                        } | {
                            days: number;
                            /** @enum {string} */
                            kind: "working_days_before";
                        };
                        shutsDown: boolean;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaintenanceTypeView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/maintenance-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a maintenance type */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaintenanceTypeView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a maintenance type (applies to the next scheduling) */
        patch: {
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
                    "application/json": {
                        /** @description Vendor calendar: required by working_days_before; its zone counts calendar days */
                        calendarId?: string | null;
                        code?: string;
                        expectedDurationMinutes?: number;
                        extraNoticeMinutes?: number[];
                        names?: {
                            el?: string;
                            en: string;
                            es?: string;
                        };
                        noticeRule?: {
                            /** @enum {string} */
                            kind: "after";
                        } | {
                            /** @enum {string} */
                            kind: "at_release";
                        } | {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar_days_before";
                        } | {
                            days: number;
                            /** @enum {string} */
                            kind: "working_days_before";
                        };
                        shutsDown?: boolean;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaintenanceTypeView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/maintenance-types/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a maintenance type */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaintenanceTypeView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/maintenance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an operation with its notices and deliveries */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaintenanceView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit texts, or reschedule (a new revision: the notice rule is checked again, unsent notices are replaced) */
        patch: {
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
                    "application/json": {
                        descriptions?: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                        durationMinutes?: number;
                        override?: {
                            /** @description R-M1: why the notice period is shortened (recorded and audited) */
                            reason: string;
                        };
                        shutsDown?: boolean;
                        /** Format: date-time */
                        startsAt?: string;
                        titles?: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaintenanceView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/maintenance/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an operation (customers already told get a cancellation notice) */
        post: {
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
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaintenanceView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/maintenance/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute every notice instant, the required-by instant and the earliest allowed start without saving (R-M1, R-M2) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        durationMinutes?: number;
                        releaseId?: string | null;
                        shutsDown?: boolean;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: uuid */
                        typeId: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaintenancePreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List plans */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                    catalogue?: string;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlanView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a plan (version 1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        catalogue?: string;
                        code: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        effectiveFrom?: string;
                        name: string;
                        rank?: number;
                        terms: {
                            /** @description Coverage calendar; null = no support hours */
                            calendarId?: string | null;
                            channels?: ("email" | "portal" | "phone" | "api")[];
                            /** @description R-S1: the severity whose targets apply to a severity the plan does not list; null = none (no commitment) */
                            defaultSeverity?: string | null;
                            entitlements?: {
                                featureQuotes?: boolean;
                                freeUpgrades?: {
                                    /** @description Highest release kind whose upgrades are free (R-V5) */
                                    modules?: "none" | "hotfix" | "minor" | "major";
                                    /** @description Highest release kind whose upgrades are free (R-V5) */
                                    platform?: "none" | "hotfix" | "minor" | "major";
                                };
                                majorUpgradeLicenceDiscountPercent?: number;
                                majorUpgradeMigration?: "estimate" | "included";
                            };
                            firstResponseRule?: "reply" | "evaluation";
                            freeCategories?: string[];
                            /** @description R-K9 */
                            highPriority?: boolean;
                            /** @description R-C2 cap; null = no cap, 0 = nobody may report */
                            maxAuthorizedContacts?: number | null;
                            notes?: string;
                            overageRule?: "bill" | "hold";
                            /** @description R-S2: On hold (waiting on a third party) pauses the resolution clock */
                            pauseOnHold?: boolean;
                            /** @description R-K5: calendar days after the reminder before a still-Pending ticket is closed for lack of information */
                            pendingCloseDays?: number;
                            /** @description R-K5: calendar days a Pending ticket waits before the reminder to the customer */
                            pendingReminderDays?: number;
                            services?: string[];
                            targets?: {
                                [key: string]: {
                                    minimumResolution?: {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_minutes";
                                        minutes: number;
                                    } | {
                                        days: number;
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_days";
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "end_of_nth_working_day";
                                        n: number;
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "estimate";
                                    };
                                    resolution?: {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_minutes";
                                        minutes: number;
                                    } | {
                                        days: number;
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_days";
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "end_of_nth_working_day";
                                        n: number;
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "estimate";
                                    };
                                    response?: {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_minutes";
                                        minutes: number;
                                    } | {
                                        days: number;
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_days";
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "end_of_nth_working_day";
                                        n: number;
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "estimate";
                                    };
                                };
                            };
                            /** @description R-P5; null = unlimited */
                            ticketsPerYear?: number | null;
                            warningPercents?: number[];
                        };
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: components["schemas"]["PlanView"];
                            version: components["schemas"]["PlanVersionView"];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a plan, its current terms and version history */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a plan's name, catalogue or rank (terms change through versions) */
        patch: {
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
                    "application/json": {
                        catalogue?: string;
                        name?: string;
                        rank?: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/plans/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a plan */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/plans/{id}/version-in-force": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan version in force on a date (R-P2) */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD */
                    date: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanVersionView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/plans/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the versions of a plan with their terms */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlanVersionView"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Edit a plan: add a version (fields left out are copied from the latest; effective today or later) */
        post: {
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
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        effectiveFrom?: string;
                        terms: {
                            /** @description Coverage calendar; null = no support hours */
                            calendarId?: string | null;
                            channels?: ("email" | "portal" | "phone" | "api")[];
                            /** @description R-S1: the severity whose targets apply to a severity the plan does not list; null = none (no commitment) */
                            defaultSeverity?: string | null;
                            entitlements?: {
                                featureQuotes?: boolean;
                                freeUpgrades?: {
                                    /** @description Highest release kind whose upgrades are free (R-V5) */
                                    modules?: "none" | "hotfix" | "minor" | "major";
                                    /** @description Highest release kind whose upgrades are free (R-V5) */
                                    platform?: "none" | "hotfix" | "minor" | "major";
                                };
                                majorUpgradeLicenceDiscountPercent?: number;
                                majorUpgradeMigration?: "estimate" | "included";
                            };
                            firstResponseRule?: "reply" | "evaluation";
                            freeCategories?: string[];
                            /** @description R-K9 */
                            highPriority?: boolean;
                            /** @description R-C2 cap; null = no cap, 0 = nobody may report */
                            maxAuthorizedContacts?: number | null;
                            notes?: string;
                            overageRule?: "bill" | "hold";
                            /** @description R-S2: On hold (waiting on a third party) pauses the resolution clock */
                            pauseOnHold?: boolean;
                            /** @description R-K5: calendar days after the reminder before a still-Pending ticket is closed for lack of information */
                            pendingCloseDays?: number;
                            /** @description R-K5: calendar days a Pending ticket waits before the reminder to the customer */
                            pendingReminderDays?: number;
                            services?: string[];
                            targets?: {
                                [key: string]: {
                                    minimumResolution?: {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_minutes";
                                        minutes: number;
                                    } | {
                                        days: number;
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_days";
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "end_of_nth_working_day";
                                        n: number;
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "estimate";
                                    };
                                    resolution?: {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_minutes";
                                        minutes: number;
                                    } | {
                                        days: number;
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_days";
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "end_of_nth_working_day";
                                        n: number;
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "estimate";
                                    };
                                    response?: {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_minutes";
                                        minutes: number;
                                    } | {
                                        days: number;
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "business_days";
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "end_of_nth_working_day";
                                        n: number;
                                    } | {
                                        indicative: boolean;
                                        /** @enum {string} */
                                        kind: "estimate";
                                    };
                                };
                            };
                            /** @description R-P5; null = unlimited */
                            ticketsPerYear?: number | null;
                            warningPercents?: number[];
                        };
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanVersionView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/plans/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one plan version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanVersionView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the preset catalogues, with assumptions and column mappings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PresetSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/presets/{name}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a preset catalogue (idempotent; changed plans get new versions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPresetResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/product-presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List version-scheme and maintenance-type presets with their assumptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                calendar: string | null;
                                description: string;
                                maintenanceTypes: string[];
                                name: string;
                                notes: string[];
                                source: string;
                                title: string;
                                versionSchemes: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/product-presets/{name}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a preset (idempotent; schemes are never changed, types are updated) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                kind: "calendar" | "version_scheme" | "maintenance_type";
                                outcome: "created" | "kept" | "updated" | "unchanged";
                            }[];
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products and modules */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                    kind?: "product" | "module";
                    limit?: number;
                    offset?: number;
                    parentId?: string;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProductView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a product or a module (R-V1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        description?: string;
                        /** @description R-V5: end-of-life warnings, days before */
                        eolWarningDays?: number[];
                        kind: "product" | "module";
                        /** @description R-V5: major version lifetime in months (default 36) */
                        majorLifetimeMonths?: number;
                        name: string;
                        parentId?: string | null;
                        schemeCode: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a product with its modules and lifecycle (major lines, end of life, latest version) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivedAt: string | null;
                            code: string;
                            createdAt: string;
                            description: string;
                            eolWarningDays: number[];
                            id: string;
                            kind: "product" | "module";
                            lifecycle: {
                                latestVersion: string | null;
                                latestVersionKey: number[] | null;
                                majors: components["schemas"]["MajorLine"][];
                            };
                            majorLifetimeMonths: number;
                            modules: components["schemas"]["ProductView"][];
                            name: string;
                            parentId: string | null;
                            schemeCode: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a product (kind, parent and scheme never change) */
        patch: {
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
                    "application/json": {
                        code?: string;
                        description?: string;
                        /** @description R-V5: end-of-life warnings, days before */
                        eolWarningDays?: number[];
                        /** @description R-V5: major version lifetime in months (default 36) */
                        majorLifetimeMonths?: number;
                        name?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/products/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a product */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/products/{id}/installations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who runs this product, oldest version first, with end of life and the right to the latest version (R-V6, R-V5) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customer: {
                                    code: string;
                                    id: string;
                                    name: string;
                                };
                                daysToEndOfLife: number | null;
                                endOfLife: string | null;
                                installedOn: string | null;
                                latestVersion: string | null;
                                updatedAt: string;
                                upgradeToLatest: ({
                                    level: string;
                                    /** @enum {string} */
                                    outcome: "free";
                                    reason: {
                                        code: string;
                                        message: string;
                                    };
                                    scope: "platform" | "module";
                                } | {
                                    level: string;
                                    licenceDiscountPercent: number;
                                    migration: "estimate" | "included";
                                    /** @enum {string} */
                                    outcome: "discount";
                                    reason: {
                                        code: string;
                                        message: string;
                                    };
                                    scope: "platform" | "module";
                                } | {
                                    level: string;
                                    /** @enum {string} */
                                    outcome: "not_covered";
                                    reason: {
                                        code: string;
                                        message: string;
                                    };
                                    scope: "platform" | "module";
                                }) | null;
                                version: string;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List releases */
        get: {
            parameters: {
                query?: {
                    customerId?: string;
                    kind?: "major" | "minor" | "hotfix" | "plugin_update";
                    limit?: number;
                    offset?: number;
                    productId?: string;
                    status?: "draft" | "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReleaseView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Draft a release (Idempotency-Key supported)
         * @description Notes are Markdown per language, rendered and sanitised. customerId makes a hotfix visible to that customer only. Errors: INVALID_VERSION, CONFLICT, VALIDATION_FAILED.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId?: string | null;
                        kind: "major" | "minor" | "hotfix" | "plugin_update";
                        notes?: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                        /** Format: uuid */
                        productId: string;
                        releasedOn?: string | null;
                        /** @description A version in the product's scheme, e.g. 4.12 or 5.1.2.10 (R-V2) */
                        version: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReleaseView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a release with its notes in every language */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReleaseView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a release (only the notes once published: RELEASE_ALREADY_PUBLISHED) */
        patch: {
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
                    "application/json": {
                        customerId?: string | null;
                        kind?: "major" | "minor" | "hotfix" | "plugin_update";
                        notes?: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                        releasedOn?: string | null;
                        /** @description A version in the product's scheme, e.g. 4.12 or 5.1.2.10 (R-V2) */
                        version?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReleaseView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/releases/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish: customers see it, authorized contacts of customers running the product are emailed in their language (R-V4, R-V6), at_release maintenance notices become due
         * @description notify=false records a past release without mail. Major and minor releases need notes.
         */
        post: {
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
                    "application/json": {
                        notify?: boolean;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            maintenanceNoticesDue: number;
                            notified: number;
                            release: components["schemas"]["ReleaseView"];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/severities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List severities (most severe first) */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SeverityView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a severity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        definitions?: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                        names: {
                            el?: string;
                            en: string;
                            es?: string;
                        };
                        /** @description Lower = more severe */
                        rank: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeverityView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/severities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a severity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeverityView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a severity */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definitions?: {
                            el?: string;
                            en?: string;
                            es?: string;
                        };
                        names?: {
                            el?: string;
                            en: string;
                            es?: string;
                        };
                        /** @description Lower = more severe */
                        rank?: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeverityView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/severities/{code}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a severity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeverityView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tariffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tariffs (hourly, per activity or all), newest first */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 4217 */
                    currency?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TariffView"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a tariff in force from a date (activity null = every activity) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        activity: ("communication" | "identification" | "configuration" | "administration" | "testing" | "implementation") | null;
                        /** @description ISO 4217 */
                        currency: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        effectiveFrom: string;
                        note?: string;
                        /** @description Minor units (cents), integer */
                        ratePerHourCents: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TariffView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/upgrade-rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * R-V5: free | discount (licences % + migration) | not_covered, with the reason
         * @description Give customerId (its contract level on `date` and, unless `from` is given, its installed version) or planId with `from`. Errors: INVALID_VERSION, NOT_AN_UPGRADE, VALIDATION_FAILED.
         */
        get: {
            parameters: {
                query: {
                    customerId?: string;
                    /** @description YYYY-MM-DD */
                    date?: string;
                    /** @description A version in the product's scheme, e.g. 4.12 or 5.1.2.10 (R-V2) */
                    from?: string;
                    planId?: string;
                    productId: string;
                    /** @description A version in the product's scheme, e.g. 4.12 or 5.1.2.10 (R-V2) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            change: {
                                level: "hotfix" | "minor" | "major";
                                partIndex: number;
                                partLabel: string;
                                scope: "platform" | "module";
                            };
                            from: string;
                            plan: {
                                code: string;
                                name: string;
                                planId: string;
                                version: number;
                            } | null;
                            productId: string;
                            right: {
                                level: string;
                                /** @enum {string} */
                                outcome: "free";
                                reason: {
                                    code: string;
                                    message: string;
                                };
                                scope: "platform" | "module";
                            } | {
                                level: string;
                                licenceDiscountPercent: number;
                                migration: "estimate" | "included";
                                /** @enum {string} */
                                outcome: "discount";
                                reason: {
                                    code: string;
                                    message: string;
                                };
                                scope: "platform" | "module";
                            } | {
                                level: string;
                                /** @enum {string} */
                                outcome: "not_covered";
                                reason: {
                                    code: string;
                                    message: string;
                                };
                                scope: "platform" | "module";
                            };
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    role?: "admin" | "manager" | "agent";
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                archivedAt: string | null;
                                createdAt: string;
                                email: string;
                                id: string;
                                locale: "en" | "es" | "el";
                                mustChangePassword: boolean;
                                name: string;
                                role: "admin" | "manager" | "agent";
                                timeZone: string;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user (a one-time password is returned when none is given) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        locale?: "en" | "es" | "el";
                        name: string;
                        password?: string;
                        role: "admin" | "manager" | "agent";
                        timeZone?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            oneTimePassword: string | null;
                            user: {
                                archivedAt: string | null;
                                createdAt: string;
                                email: string;
                                id: string;
                                locale: "en" | "es" | "el";
                                mustChangePassword: boolean;
                                name: string;
                                role: "admin" | "manager" | "agent";
                                timeZone: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivedAt: string | null;
                            createdAt: string;
                            email: string;
                            id: string;
                            locale: "en" | "es" | "el";
                            mustChangePassword: boolean;
                            name: string;
                            role: "admin" | "manager" | "agent";
                            timeZone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user */
        patch: {
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
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        locale?: "en" | "es" | "el";
                        name?: string;
                        role?: "admin" | "manager" | "agent";
                        timeZone?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivedAt: string | null;
                            createdAt: string;
                            email: string;
                            id: string;
                            locale: "en" | "es" | "el";
                            mustChangePassword: boolean;
                            name: string;
                            role: "admin" | "manager" | "agent";
                            timeZone: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/users/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a user */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivedAt: string | null;
                            createdAt: string;
                            email: string;
                            id: string;
                            locale: "en" | "es" | "el";
                            mustChangePassword: boolean;
                            name: string;
                            role: "admin" | "manager" | "agent";
                            timeZone: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/version-schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List version schemes (R-V2) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["VersionSchemeView"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a version scheme (immutable once created)
         * @description Parts left to right with scope (platform|module|self) and level (major|minor|hotfix). Errors: INVALID_VERSION_SCHEME, CONFLICT.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        example: string;
                        name: string;
                        parts: {
                            /** @description e.g. platform_major */
                            key: string;
                            label: string;
                            level: "major" | "minor" | "hotfix";
                            scope: "platform" | "module" | "self";
                        }[];
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionSchemeView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/version-schemes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a version scheme */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionSchemeView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/version-schemes/{code}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Parse a version in a scheme (INVALID_VERSION with the expected shape when it does not fit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A version in the product's scheme, e.g. 4.12 or 5.1.2.10 (R-V2) */
                        version: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            parts: {
                                key: string;
                                label: string;
                                value: number;
                            }[];
                            scheme: string;
                            version: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/worker/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List items a sweep gave up on, with the error */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                firstFailedAt: string;
                                itemId: string;
                                lastError: string;
                                lastFailedAt: string;
                                quarantinedAt: string;
                                sweep: string;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/worker/quarantine/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a quarantined item back to its sweep */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemId: string;
                        sweep: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            released: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/customers/{id}/allowance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allowance per contract in force (R-P5) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contracts: {
                                contractId: string;
                                excludedByGoLive: number;
                                fromBundles: number;
                                goLiveDate: string | null;
                                included: number | null;
                                left: number | null;
                                overage: number;
                                overageRule: ("bill" | "hold") | null;
                                planId: string;
                                planName: string;
                                planVersion: number | null;
                                used: number;
                                yearEnd: string;
                                yearStart: string;
                            }[];
                            customerId: string;
                            date: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ticket queue: high priority first, then the nearest due time
         * @description Ordered by high priority (R-K9), then the nearest running commitment due time (none last), then number. `total` counts at most 10,001 matches: 10001 means "more than 10,000".
         */
        get: {
            parameters: {
                query?: {
                    /** @description 'me', 'none' (unassigned) or a user id */
                    assignee?: "me" | "none" | string;
                    /** @description true: a commitment is breached now (recorded, or running past its due time); false: none is */
                    breached?: boolean;
                    customerId?: string;
                    /** @description The nearest running commitment is due within N minutes (or is past due) */
                    dueWithinMinutes?: number;
                    highPriority?: boolean;
                    limit?: number;
                    offset?: number;
                    /** @description Full text over subject, body, replies and internal notes (web-search syntax); "#123" or "123" finds ticket 123 */
                    q?: string;
                    severity?: string[];
                    /** @description One or several (repeat the parameter); default every open status */
                    status?: ("new" | "open" | "pending" | "on_hold" | "solved" | "closed")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assignee: {
                                    id: string;
                                    name: string;
                                } | null;
                                channel: string;
                                customer: {
                                    id: string;
                                    name: string;
                                };
                                highPriority: boolean;
                                id: string;
                                number: number;
                                queueDueAt: string | null;
                                /** Format: date-time */
                                registeredAt: string;
                                requester: {
                                    id: string;
                                    name: string;
                                };
                                resolutionBreached: boolean;
                                resolutionDueAt: string | null;
                                resolutionIndicative: boolean;
                                resolutionState: string;
                                responseBreached: boolean;
                                responseDueAt: string | null;
                                responseIndicative: boolean;
                                responseState: string;
                                severity: string;
                                status: string;
                                subject: string;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff directory: every vendor user’s name and role, archived ones flagged
         * @description For naming authors and assignees and for picking an assignee. No emails; managing users is /admin/users.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                archived: boolean;
                                id: string;
                                name: string;
                                role: "admin" | "manager" | "agent";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket with conversation, notes, history and SLA explanations */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign or unassign */
        post: {
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
                    "application/json": {
                        assigneeId: string | null;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file (multipart "file"; field internal=true hides it from contacts) */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attachment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description The file, as a download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/category": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Classify the request (R-B1..R-B6, R-K8) */
        post: {
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
                    "application/json": {
                        category: "bug" | "configuration_error" | "advice" | "configuration_request" | "feature_suggestion" | "change_request";
                        reason?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/chargeability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billable or free, why (rule id R-B1..R-B6 and a sentence), estimate state, contract terms and time logged */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billable: boolean | null;
                            billableWorkAllowed: boolean;
                            billableWorkReason: string | null;
                            category: ("bug" | "configuration_error" | "advice" | "configuration_request" | "feature_suggestion" | "change_request") | null;
                            classified: boolean;
                            dayAfterTakeover: number | null;
                            estimate: components["schemas"]["EstimateView"] | null;
                            freeTask: ("held" | "available") | null;
                            freeTasksLeft: number | null;
                            needsEstimate: boolean;
                            reason: string;
                            reasonKey: string;
                            reportedOn: string;
                            ruleId: null;
                            ticketId: string;
                        } | {
                            billable: boolean | null;
                            billableWorkAllowed: boolean;
                            billableWorkReason: string | null;
                            category: ("bug" | "configuration_error" | "advice" | "configuration_request" | "feature_suggestion" | "change_request") | null;
                            classified: boolean;
                            dayAfterTakeover: number | null;
                            estimate: components["schemas"]["EstimateView"] | null;
                            freeTask: ("held" | "available") | null;
                            freeTasksLeft: number | null;
                            needsEstimate: boolean;
                            reason: string;
                            reasonKey: string;
                            reportedOn: string;
                            ruleId: ("R-B1" | "R-B2" | "R-B3" | "R-B4" | "R-B5" | "R-B6") | null;
                            terms: components["schemas"]["ContractTermsView"];
                            ticketId: string;
                            time: {
                                billableMinutes: number;
                                minutes: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/commitment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whether the resolution commitment applies (R-K7) */
        post: {
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
                    "application/json": {
                        applies: boolean;
                        reason: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/development-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn into a development task and close (R-K6) */
        post: {
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
                    "application/json": {
                        approxEnd?: string | null;
                        approxStart?: string | null;
                        note?: string;
                        taskCode: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Estimated resolution date (R-T3 "after estimate"); earlier than the minimum resolution time it needs belowMinimumReason */
        post: {
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
                    "application/json": {
                        belowMinimumReason?: string;
                        /** Format: date-time */
                        dueAt: string;
                        note?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's estimates, newest version first, with phases */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EstimateView"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft an estimate on a configuration or change request (hours + price, or phases) */
        post: {
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
                    "application/json": {
                        /** @description Hours in quarters (1.25 = 1 h 15 min) */
                        hours?: number;
                        note?: string;
                        phases?: {
                            /** @description Hours in quarters (1.25 = 1 h 15 min) */
                            hours: number;
                            name: string;
                            /** @description Minor units (cents), integer */
                            priceCents: number;
                        }[];
                        /** @description Minor units (cents), integer */
                        priceCents?: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstimateView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/estimates/{estimateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a draft estimate */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    estimateId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Hours in quarters (1.25 = 1 h 15 min) */
                        hours?: number;
                        note?: string;
                        phases?: {
                            /** @description Hours in quarters (1.25 = 1 h 15 min) */
                            hours: number;
                            name: string;
                            /** @description Minor units (cents), integer */
                            priceCents: number;
                        }[];
                        /** @description Minor units (cents), integer */
                        priceCents?: number;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstimateView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/estimates/{estimateId}/phases/{phaseId}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the current phase over for the administrator's acceptance (email queued) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    estimateId: string;
                    id: string;
                    phaseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstimateView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/estimates/{estimateId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the draft to the customer's administrator (email queued; approve in the portal or by reply) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    estimateId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstimateView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Internal note (never shown to contacts) */
        post: {
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
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Public reply (the first is the first response, R-K4) */
        post: {
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
                    "application/json": {
                        body: string;
                        status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/severity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set severity with a reason (R-K2, R-S3) */
        post: {
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
                    "application/json": {
                        reason: string;
                        severity: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change status (R-K3) */
        post: {
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
                    "application/json": {
                        reason?: string;
                        status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's timesheet with totals (minutes) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billableMinutes: number;
                            items: components["schemas"]["TimeEntryView"][];
                            minutes: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Log time (billable by chargeability; override with a reason). 409 ESTIMATE_NOT_APPROVED before approval on configuration/change requests */
        post: {
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
                    "application/json": {
                        /** @description R-B7 timesheet activity */
                        activity: "communication" | "identification" | "configuration" | "administration" | "testing" | "implementation";
                        billable?: boolean;
                        minutes: number;
                        note?: string;
                        overrideReason?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        workDate: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntryView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/time-entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a time entry not yet invoiced (author, manager or admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Done; no body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/{id}/vendor-control": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Outside or back in the vendor's control (R-K6, pauses resolution R-S2) */
        post: {
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
                    "application/json": {
                        note: string;
                        outside: boolean;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tickets/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a phone call as a ticket for a contact (only on plans with phone) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** Format: date-time */
                        calledAt: string;
                        /** Format: uuid */
                        contactId: string;
                        severity: string;
                        subject: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A timesheet between two dates (default: own, last 7 days); managers may pass userId */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD */
                    from?: string;
                    /** @description YYYY-MM-DD */
                    to?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billableMinutes: number;
                            from: string;
                            items: components["schemas"]["TimeEntryView"][];
                            minutes: number;
                            to: string;
                            userId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/unentitled-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refused requests kept for people to see */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "open" | "awaiting_approval" | "converted" | "dismissed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bodyHtml: string;
                                bodyText: string;
                                channel: "email" | "portal" | "phone" | "api";
                                contactId: string | null;
                                customerId: string | null;
                                fromEmail: string | null;
                                handledAt: string | null;
                                handledNote: string | null;
                                id: string;
                                proposedSeverity: string | null;
                                reasonCode: string;
                                reasonMessage: string;
                                receivedAt: string;
                                status: "open" | "awaiting_approval" | "converted" | "dismissed";
                                subject: string;
                                ticketId: string | null;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/unentitled-requests/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a kept request into a ticket (recorded override) */
        post: {
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
                    "application/json": {
                        /** Format: uuid */
                        contactId?: string;
                        note?: string;
                        severity?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/unentitled-requests/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a kept request with a note */
        post: {
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
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bodyHtml: string;
                            bodyText: string;
                            channel: "email" | "portal" | "phone" | "api";
                            contactId: string | null;
                            customerId: string | null;
                            fromEmail: string | null;
                            handledAt: string | null;
                            handledNote: string | null;
                            id: string;
                            proposedSeverity: string | null;
                            reasonCode: string;
                            reasonMessage: string;
                            receivedAt: string;
                            status: "open" | "awaiting_approval" | "converted" | "dismissed";
                            subject: string;
                            ticketId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/confirm-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a contact email address with the link mailed to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            confirmed: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                kind: "user";
                                locale: string;
                                mustChangePassword?: boolean;
                                name: string;
                                role: "admin" | "manager" | "agent";
                                timeZone: string;
                            } | {
                                customerId: string;
                                email: string;
                                id: string;
                                isAdministrator: boolean;
                                isAuthorized: boolean;
                                /** @enum {string} */
                                kind: "contact";
                                locale: string;
                                name: string;
                                timeZone: string;
                            } | {
                                id: null;
                                /** @enum {string} */
                                kind: "system";
                            };
                            csrfToken: string;
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user or contact */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                kind: "user";
                                locale: string;
                                mustChangePassword?: boolean;
                                name: string;
                                role: "admin" | "manager" | "agent";
                                timeZone: string;
                            } | {
                                customerId: string;
                                email: string;
                                id: string;
                                isAdministrator: boolean;
                                isAuthorized: boolean;
                                /** @enum {string} */
                                kind: "contact";
                                locale: string;
                                name: string;
                                timeZone: string;
                            } | {
                                id: null;
                                /** @enum {string} */
                                kind: "system";
                            };
                            csrfToken: string | null;
                            via: ("session" | "token") | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** My name, language and time zone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        locale?: "en" | "es" | "el";
                        name?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                kind: "user";
                                locale: string;
                                mustChangePassword?: boolean;
                                name: string;
                                role: "admin" | "manager" | "agent";
                                timeZone: string;
                            } | {
                                customerId: string;
                                email: string;
                                id: string;
                                isAdministrator: boolean;
                                isAuthorized: boolean;
                                /** @enum {string} */
                                kind: "contact";
                                locale: string;
                                name: string;
                                timeZone: string;
                            } | {
                                id: null;
                                /** @enum {string} */
                                kind: "system";
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (ends my sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens, with their expiry and last use, and how long a new one may live */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultDays: number;
                            items: components["schemas"]["ApiTokenView"][];
                            maxDays: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresAt?: string | null;
                        name: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedApiToken"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke one of my API tokens */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/allowance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets included, used, excluded, from bundles and left (R-P5) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contracts: {
                                contractId: string;
                                excludedByGoLive: number;
                                fromBundles: number;
                                goLiveDate: string | null;
                                included: number | null;
                                left: number | null;
                                overage: number;
                                overageRule: ("bill" | "hold") | null;
                                planId: string;
                                planName: string;
                                planVersion: number | null;
                                used: number;
                                yearEnd: string;
                                yearStart: string;
                            }[];
                            customerId: string;
                            date: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vendor announcements to my customer (R-M4) */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "es" | "el";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PortalAnnouncementView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One announcement */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "es" | "el";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalAnnouncementView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My customer's contacts */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                    authorized?: boolean;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ContactView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a contact (administrator contact only, within the plan cap) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        isAuthorized?: boolean;
                        locale?: "en" | "es" | "el";
                        name: string;
                        phone?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my customer’s contacts */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a contact (administrator contact only) */
        patch: {
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
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        isAuthorized?: boolean;
                        locale?: "en" | "es" | "el";
                        name?: string;
                        phone?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/portal/contacts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a contact (administrator contact only) */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contacts/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new address confirmation link (administrator contact only) */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My customer's contracts with their current plan terms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ContractSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my contracts */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractSummary"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivedAt: string | null;
                            code: string;
                            createdAt: string;
                            currency: string;
                            id: string;
                            locale: "en" | "es" | "el";
                            name: string;
                            timeZone: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/held-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests held because the allowance is used up (administrator only; others get an empty list) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bodyHtml: string;
                                bodyText: string;
                                channel: "portal" | "email" | "phone" | "api";
                                contactId: string | null;
                                customerId: string | null;
                                fromEmail: string | null;
                                handledAt: string | null;
                                handledNote: string | null;
                                id: string;
                                proposedSeverity: string | null;
                                reasonCode: string;
                                reasonMessage: string;
                                receivedAt: string;
                                status: "awaiting_approval" | "open" | "converted" | "dismissed";
                                subject: string;
                                ticketId: string | null;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/held-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve as a billable extra ticket (administrator) */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/installed-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What my customer runs, with end-of-life dates and the upgrade right to each latest version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InstalledVersionView"][];
                            plan: {
                                code: string;
                                name: string;
                                planId: string;
                                version: number;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/installed-versions/{productId}/upgrade-rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** R-V5: what upgrading my installed version to `to` (default: the latest version) costs under my contract */
        get: {
            parameters: {
                query?: {
                    /** @description A version in the product's scheme, e.g. 4.12 or 5.1.2.10 (R-V2) */
                    to?: string;
                };
                header?: never;
                path: {
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            change: {
                                level: "hotfix" | "minor" | "major";
                                partIndex: number;
                                partLabel: string;
                                scope: "platform" | "module";
                            };
                            from: string;
                            plan: {
                                code: string;
                                name: string;
                                planId: string;
                                version: number;
                            } | null;
                            productId: string;
                            right: {
                                level: string;
                                /** @enum {string} */
                                outcome: "free";
                                reason: {
                                    code: string;
                                    message: string;
                                };
                                scope: "platform" | "module";
                            } | {
                                level: string;
                                licenceDiscountPercent: number;
                                migration: "estimate" | "included";
                                /** @enum {string} */
                                outcome: "discount";
                                reason: {
                                    code: string;
                                    message: string;
                                };
                                scope: "platform" | "module";
                            } | {
                                level: string;
                                /** @enum {string} */
                                outcome: "not_covered";
                                reason: {
                                    code: string;
                                    message: string;
                                };
                                scope: "platform" | "module";
                            };
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Issued invoices and credit notes (administrator; others get an empty list) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InvoiceSummaryView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One issued invoice with lines and formatted amounts (administrator) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/invoices/{id}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the invoice as CSV (administrator) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description The invoice lines */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the invoice PDF (administrator) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description The invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Announced maintenance concerning my customer, in my language */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    lang?: "en" | "es" | "el";
                    limit?: number;
                    offset?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PortalMaintenanceView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/maintenance-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether my customer has a calendar feed of maintenance windows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcalFeedStatus"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Revoke the calendar feed (customer's administrator only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            revoked: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/maintenance-feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make or replace the secret iCalendar URL (customer's administrator only); shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcalFeedSecret"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/maintenance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One maintenance operation */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "es" | "el";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalMaintenanceView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published releases (and hotfixes made for my customer), notes in my language */
        get: {
            parameters: {
                query?: {
                    kind?: "major" | "minor" | "hotfix" | "plugin_update";
                    lang?: "en" | "es" | "el";
                    limit?: number;
                    offset?: number;
                    productId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PortalReleaseView"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One release with its notes (lang: en|es|el overrides my language) */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "es" | "el";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalReleaseView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/severities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Severities my plan offers, with definitions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                definitions: {
                                    [key: string]: string;
                                };
                                names: {
                                    [key: string]: string;
                                };
                                rank: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My customer's tickets, newest first
         * @description Every contact of a customer sees all of its tickets. `waiting` is on_you while Pending, on_us while New/Open/On hold, none when Solved/Closed; `dueBy` (only while on_us) is the response due time before the first response, then the resolution due time. `total` counts at most 10,001.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Full text over subject, body and public replies; "#123" finds ticket 123 */
                    q?: string;
                    /** @description One or several (repeat the parameter); default all */
                    status?: ("new" | "open" | "pending" | "on_hold" | "solved" | "closed")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                channel: string;
                                dueBy: string | null;
                                dueIndicative: boolean;
                                id: string;
                                number: number;
                                /** Format: date-time */
                                registeredAt: string;
                                requester: {
                                    id: string;
                                    name: string;
                                };
                                severity: string;
                                status: string;
                                subject: string;
                                waiting: "on_you" | "on_us" | "none";
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** File a ticket (Idempotency-Key supported) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        severity: string;
                        subject: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my customer's tickets */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalTicket"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file (multipart "file") */
        post: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attachment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description The file, as a download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/chargeability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billable or free, why (in plain words; ruleId is always null here), and whether an approved estimate is needed */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billable: boolean | null;
                            billableWorkAllowed: boolean;
                            billableWorkReason: string | null;
                            category: ("bug" | "configuration_error" | "advice" | "configuration_request" | "feature_suggestion" | "change_request") | null;
                            classified: boolean;
                            dayAfterTakeover: number | null;
                            estimate: components["schemas"]["EstimateView"] | null;
                            freeTask: ("held" | "available") | null;
                            freeTasksLeft: number | null;
                            needsEstimate: boolean;
                            reason: string;
                            reasonKey: string;
                            reportedOn: string;
                            ruleId: null;
                            ticketId: string;
                        } | {
                            billable: boolean | null;
                            billableWorkAllowed: boolean;
                            billableWorkReason: string | null;
                            category: ("bug" | "configuration_error" | "advice" | "configuration_request" | "feature_suggestion" | "change_request") | null;
                            classified: boolean;
                            dayAfterTakeover: number | null;
                            estimate: components["schemas"]["EstimateView"] | null;
                            freeTask: ("held" | "available") | null;
                            freeTasksLeft: number | null;
                            needsEstimate: boolean;
                            reason: string;
                            reasonKey: string;
                            reportedOn: string;
                            ruleId: ("R-B1" | "R-B2" | "R-B3" | "R-B4" | "R-B5" | "R-B6") | null;
                            terms: components["schemas"]["ContractTermsView"];
                            ticketId: string;
                            time: {
                                billableMinutes: number;
                                minutes: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estimates sent for the ticket, newest first, with phases */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EstimateView"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/estimates/{estimateId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a sent estimate (administrator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    estimateId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstimateView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/estimates/{estimateId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a sent estimate (administrator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    estimateId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstimateView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/estimates/{estimateId}/phases/{phaseId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a handed-over phase (the next one starts) (administrator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    estimateId: string;
                    id: string;
                    phaseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstimateView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/estimates/{estimateId}/phases/{phaseId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a handed-over phase back (administrator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    estimateId: string;
                    id: string;
                    phaseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstimateView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply (reopens a pending or solved ticket) */
        post: {
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
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalTicket"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My customer's tickets as CSV
         * @description Columns number, subject, status, severity, registered, due. Cells a spreadsheet would run as formulas are prefixed with a single quote.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Full text over subject, body and public replies; "#123" finds ticket 123 */
                    q?: string;
                    /** @description One or several (repeat the parameter); default all */
                    status?: ("new" | "open" | "pending" | "on_hold" | "solved" | "closed")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description The tickets, one a row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Due instants of a plan version and severity for a registration instant, with explanations */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        planId: string;
                        planVersion?: number;
                        /** Format: date-time */
                        registeredAt: string;
                        severity: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendarId: null;
                            plan: {
                                code: string;
                                id: string;
                                name: string;
                                version: number;
                            };
                            registeredAt: string;
                            resolution: null;
                            response: null;
                            severity: string;
                        } | {
                            calendarId: string;
                            plan: {
                                code: string;
                                id: string;
                                name: string;
                                version: number;
                            };
                            registeredAt: string;
                            resolution: ({
                                budgetSeconds?: unknown;
                                dueAt: null;
                                explanation?: unknown;
                                indicative?: unknown;
                                note: string;
                                target: {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "business_minutes";
                                    minutes: number;
                                } | {
                                    days: number;
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "business_days";
                                } | {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "end_of_nth_working_day";
                                    n: number;
                                } | {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "estimate";
                                };
                            } | {
                                budgetSeconds: number;
                                dueAt: string;
                                explanation: {
                                    businessSeconds: number;
                                    calendarVersions: number[];
                                    dayNotes: {
                                        date: string;
                                        notes: string[];
                                    }[];
                                    due: {
                                        epochSeconds: number;
                                        local: string;
                                        utc: string;
                                    };
                                    dueAtClosing: boolean;
                                    from: {
                                        epochSeconds: number;
                                        local: string;
                                        utc: string;
                                    };
                                    intervals: {
                                        calendarVersion: number;
                                        endLocal: string;
                                        endUtc: string;
                                        seconds: number;
                                        startLocal: string;
                                        startUtc: string;
                                    }[];
                                    nextOpening: {
                                        epochSeconds: number;
                                        local: string;
                                        utc: string;
                                    } | null;
                                    why: string;
                                };
                                indicative: boolean;
                                note?: unknown;
                                target: {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "business_minutes";
                                    minutes: number;
                                } | {
                                    days: number;
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "business_days";
                                } | {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "end_of_nth_working_day";
                                    n: number;
                                } | {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "estimate";
                                };
                            }) | null;
                            response: ({
                                budgetSeconds?: unknown;
                                dueAt: null;
                                explanation?: unknown;
                                indicative?: unknown;
                                note: string;
                                target: {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "business_minutes";
                                    minutes: number;
                                } | {
                                    days: number;
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "business_days";
                                } | {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "end_of_nth_working_day";
                                    n: number;
                                } | {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "estimate";
                                };
                            } | {
                                budgetSeconds: number;
                                dueAt: string;
                                explanation: {
                                    businessSeconds: number;
                                    calendarVersions: number[];
                                    dayNotes: {
                                        date: string;
                                        notes: string[];
                                    }[];
                                    due: {
                                        epochSeconds: number;
                                        local: string;
                                        utc: string;
                                    };
                                    dueAtClosing: boolean;
                                    from: {
                                        epochSeconds: number;
                                        local: string;
                                        utc: string;
                                    };
                                    intervals: {
                                        calendarVersion: number;
                                        endLocal: string;
                                        endUtc: string;
                                        seconds: number;
                                        startLocal: string;
                                        startUtc: string;
                                    }[];
                                    nextOpening: {
                                        epochSeconds: number;
                                        local: string;
                                        utc: string;
                                    } | null;
                                    why: string;
                                };
                                indicative: boolean;
                                note?: unknown;
                                target: {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "business_minutes";
                                    minutes: number;
                                } | {
                                    days: number;
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "business_days";
                                } | {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "end_of_nth_working_day";
                                    n: number;
                                } | {
                                    indicative: boolean;
                                    /** @enum {string} */
                                    kind: "estimate";
                                };
                            }) | null;
                            severity: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ical/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar feed of maintenance windows (secret URL) */
        get: {
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
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description The feed (RFC 5545) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["ClientError"];
                "5XX": components["responses"]["ServerError"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            storage: "pglite" | "postgres";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "unavailable";
                            storage: "pglite" | "postgres";
                        };
                    };
                };
            };
        };
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
        ActivationPreview: {
            amountCents: number;
            august31Counts: boolean;
            fraction: string;
            kind: "activation" | "retroactive" | "renewal" | "adjustment";
            months: number;
            periodEnd: string;
            periodStart: string;
            rule: string;
            ruleId: "R-P7" | "R-P8" | "R-P9" | "R-P10";
            yearlyPriceCents: number;
        };
        AnnouncementView: {
            audience: "product" | "all" | "customers";
            bodies: {
                el?: {
                    html: string;
                    markdown: string;
                    text: string;
                };
                en?: {
                    html: string;
                    markdown: string;
                    text: string;
                };
                es?: {
                    html: string;
                    markdown: string;
                    text: string;
                };
            };
            createdAt: string;
            customerIds: string[];
            deliveries: number;
            id: string;
            kind: "documentation" | "sla" | "policy" | "service" | "product" | "other";
            productId: string | null;
            publishAt: string;
            sentAt: string | null;
            status: "scheduled" | "sent" | "cancelled";
            titles: {
                el?: string;
                en?: string;
                es?: string;
            };
        };
        ApiTokenSettingsView: {
            defaultDays: number;
            maxDays: number;
            updatedAt: string;
        };
        ApiTokenView: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revokedAt: string | null;
        };
        Attachment: {
            contentType: string;
            createdAt: string;
            filename: string;
            id: string;
            internal: boolean;
            messageId: string | null;
            sizeBytes: number;
            uploaderKind: "contact" | "user" | "system";
        };
        BillingSettingsView: {
            august31Counts: boolean;
            creditNoteSeries: string;
            invoiceSeries: string;
            updatedAt: string;
        };
        CalendarDetail: {
            archivedAt: string | null;
            code: string;
            createdAt: string;
            id: string;
            name: string;
            updatedAt: string;
            versionInForce: number | null;
            versions: components["schemas"]["CalendarVersionView"][];
        };
        CalendarVersionView: {
            calendarId: string;
            createdAt: string;
            effectiveFrom: string;
            spec: {
                customDays?: {
                    date: string;
                    intervals?: string[][];
                    kind: "closed" | "open";
                    label?: string;
                }[];
                holidayCountry?: string;
                holidayRegion?: string;
                holidays?: string[];
                holidayTypes?: string[];
                timeZone: string;
                weekly: {
                    fri: string[][];
                    mon: string[][];
                    sat: string[][];
                    sun: string[][];
                    thu: string[][];
                    tue: string[][];
                    wed: string[][];
                };
            };
            version: number;
        };
        CalendarView: {
            archivedAt: string | null;
            code: string;
            createdAt: string;
            id: string;
            name: string;
            updatedAt: string;
        };
        ChargeView: {
            amountCents: number;
            cancelledAt: string | null;
            contractId: string;
            createdAt: string;
            currency: string;
            customerId: string;
            details: {
                [key: string]: unknown;
            };
            fraction: string;
            id: string;
            invoiceId: string | null;
            kind: "activation" | "retroactive" | "renewal" | "adjustment";
            months: number;
            periodEnd: string;
            periodStart: string;
            ruleId: string;
            yearlyPriceCents: number;
        };
        ClockView: {
            businessSecondsElapsed: number;
            businessSecondsLeft: number | null;
            clock: "response" | "resolution";
            dueAt: string | null;
            explanation: {
                calendarVersions: number[];
                counted: {
                    calendarVersion: number;
                    endLocal: string;
                    endUtc: string;
                    seconds: number;
                    startLocal: string;
                    startUtc: string;
                }[];
                due: {
                    epochSeconds: number;
                    local: string;
                    utc: string;
                } | null;
                estimateSetAt: string | null;
                nextOpeningAfterDue: {
                    epochSeconds: number;
                    local: string;
                    utc: string;
                } | null;
                pauses: {
                    businessSeconds: number;
                    from: string;
                    reason: "pending" | "on_hold" | "solved" | "outside_vendor_control";
                    to: string | null;
                }[];
                planVersion: (string | number) | null;
                severity: string;
                severityChanges: {
                    at: string;
                    to: string;
                }[];
                why: string | null;
            };
            indicative: boolean;
            nextEvent: {
                at: string | null;
                kind: "warning" | "breach";
                percent: number | null;
            } | null;
            overdue: boolean;
            phase: "running" | "paused" | "stopped";
            state: "not_applicable" | "running" | "paused" | "met" | "breached";
            target: ({
                indicative: boolean;
                /** @enum {string} */
                kind: "business_minutes";
                minutes: number;
            } | {
                days: number;
                indicative: boolean;
                /** @enum {string} */
                kind: "business_days";
            } | {
                indicative: boolean;
                /** @enum {string} */
                kind: "end_of_nth_working_day";
                n: number;
            } | {
                indicative: boolean;
                /** @enum {string} */
                kind: "estimate";
            }) | null;
            warnings: components["schemas"]["ClockWarning"][];
        };
        ClockWarning: {
            at: string | null;
            percent: number;
            reached: boolean;
        };
        ContactView: {
            archivedAt: string | null;
            createdAt: string;
            customerId: string;
            email: string;
            emailConfirmed: boolean;
            hasPassword: boolean;
            id: string;
            isAdministrator: boolean;
            isAuthorized: boolean;
            locale: "en" | "es" | "el";
            name: string;
            phone: string;
            timeZone: string;
            updatedAt: string;
        };
        ContractSummary: {
            archivedAt: string | null;
            basisAmountCents: number | null;
            calendar: {
                code: string;
                id: string;
                name: string;
                timeZone: string | null;
                weekly: {
                    [key: string]: string[][];
                } | null;
            } | null;
            createdAt: string;
            currency: string;
            customerId: string;
            endDate: string | null;
            goLiveDate: string | null;
            id: string;
            percentBp: number | null;
            plan: {
                code: string;
                id: string;
                name: string;
            };
            planId: string;
            planVersion: {
                effectiveFrom: string;
                terms: {
                    calendarId: string | null;
                    channels: ("portal" | "email" | "phone" | "api")[];
                    defaultSeverity: string | null;
                    entitlements: {
                        featureQuotes?: boolean;
                        freeUpgrades?: {
                            modules?: string;
                            platform?: string;
                        };
                        majorUpgradeLicenceDiscountPercent?: number;
                        majorUpgradeMigration?: "estimate" | "included";
                    };
                    firstResponseRule: "reply" | "evaluation";
                    freeCategories: string[];
                    highPriority: boolean;
                    maxAuthorizedContacts: number | null;
                    overageRule: "bill" | "hold";
                    pauseOnHold: boolean;
                    pendingCloseDays: number;
                    pendingReminderDays: number;
                    services: string[];
                    targets: {
                        [key: string]: {
                            minimumResolution?: {
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "business_minutes";
                                minutes: number;
                            } | {
                                days: number;
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "business_days";
                            } | {
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "end_of_nth_working_day";
                                n: number;
                            } | {
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "estimate";
                            };
                            resolution?: {
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "business_minutes";
                                minutes: number;
                            } | {
                                days: number;
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "business_days";
                            } | {
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "end_of_nth_working_day";
                                n: number;
                            } | {
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "estimate";
                            };
                            response?: {
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "business_minutes";
                                minutes: number;
                            } | {
                                days: number;
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "business_days";
                            } | {
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "end_of_nth_working_day";
                                n: number;
                            } | {
                                indicative: boolean;
                                /** @enum {string} */
                                kind: "estimate";
                            };
                        };
                    };
                    ticketsPerYear: number | null;
                    warningPercents: number[];
                };
                version: number;
            } | null;
            priceBasis: "fixed" | "licence" | "development";
            reference: string;
            startDate: string;
            updatedAt: string;
            yearlyPriceCents: number | null;
        };
        ContractTermsView: {
            billingUnitMinutes: number;
            categoryOverrides: {
                advice?: "free" | "billable";
                bug?: "free" | "billable";
                change_request?: "free" | "billable";
                configuration_error?: "free" | "billable";
                configuration_request?: "free" | "billable";
                feature_suggestion?: "free" | "billable";
            };
            configurationTakeoverDate: string | null;
            contractId: string;
            freeConfigurationTasksPerYear: number;
            hasServiceContract: boolean;
            hasUpdateSubscription: boolean;
            overageTicketPriceCents: number | null;
            roundingRule: "per_entry" | "per_ticket_per_day";
            stored: boolean;
            updatedAt: string | null;
            vendorHosted: boolean;
        };
        ContractView: {
            archivedAt: string | null;
            basisAmountCents: number | null;
            createdAt: string;
            currency: string;
            customerId: string;
            endDate: string | null;
            goLiveDate: string | null;
            id: string;
            percentBp: number | null;
            planId: string;
            priceBasis: "fixed" | "licence" | "development";
            reference: string;
            startDate: string;
            updatedAt: string;
            yearlyPriceCents: number | null;
        };
        CreatedApiToken: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revokedAt: string | null;
            token: string;
        };
        CustomerSla: {
            commitment: boolean;
            dueBy: string | null;
            dueKind: ("response" | "resolution") | null;
            indicative: boolean;
            waiting: "none" | "on_you" | "on_us";
        };
        CustomerView: {
            archivedAt: string | null;
            code: string;
            createdAt: string;
            currency: string;
            id: string;
            locale: "en" | "es" | "el";
            name: string;
            notes: string;
            timeZone: string;
            updatedAt: string;
        };
        Error: {
            error: {
                /** @enum {string} */
                code: "VALIDATION_FAILED" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "ACCOUNT_DISABLED" | "FIELD_NOT_ALLOWED" | "CONTACT_CAP_REACHED" | "ADMINISTRATOR_EXISTS" | "INVALID_CALENDAR" | "INVALID_PLAN" | "INVALID_DATE_RANGE" | "PRESET_NOT_FOUND" | "INVALID_PRESET" | "INVALID_TICKET_EVENT" | "EFFECTIVE_DATE_TOO_EARLY" | "TIME_OUT_OF_RANGE" | "INVALID_TARGET" | "NOT_AUTHORIZED_CONTACT" | "CONTACT_BEYOND_CAP" | "CONTACT_CAP_CHOICE_REQUIRED" | "CHANNEL_NOT_IN_PLAN" | "NO_ACTIVE_CONTRACT" | "ALLOWANCE_EXHAUSTED" | "INVALID_SEVERITY" | "TRANSITION_NOT_ALLOWED" | "REASON_REQUIRED" | "ESTIMATE_BEFORE_MINIMUM" | "IDEMPOTENCY_KEY_REUSED" | "ATTACHMENT_TOO_LARGE" | "ATTACHMENT_TYPE_NOT_ALLOWED" | "REQUEST_NOT_OPEN" | "INVALID_VERSION" | "INVALID_VERSION_SCHEME" | "NOT_AN_UPGRADE" | "RELEASE_ALREADY_PUBLISHED" | "NOTICE_PERIOD_TOO_SHORT" | "ESTIMATE_NOT_APPROVED" | "ESTIMATE_NOT_APPLICABLE" | "ESTIMATE_STATE_CONFLICT" | "NOT_CUSTOMER_ADMINISTRATOR" | "NO_CUSTOMER_ADMINISTRATOR" | "ALREADY_INVOICED" | "ALREADY_CHARGED" | "PRICE_MISSING" | "TARIFF_MISSING" | "CURRENCY_MISMATCH" | "NOTHING_TO_INVOICE" | "INVOICE_NOT_DRAFT" | "INVOICE_ALREADY_CREDITED" | "INFLATION_RATE_MISSING" | "INCREASE_ABOVE_INFLATION" | "INCREASE_AND_ADJUSTMENT_SAME_YEAR" | "INCREASE_NOT_AGREED" | "INVALID_TEXT" | "MALFORMED_BODY" | "UPLOAD_BUDGET_EXCEEDED" | "CONFIRMATION_INVALID" | "PASSWORD_CHANGE_REQUIRED" | "SERVICE_UNAVAILABLE" | "INTERNAL";
                /** @description Per code: field problems for VALIDATION_FAILED, allowed statuses for TRANSITION_NOT_ALLOWED, … or null. */
                details: unknown;
                /** @description For people; programs read the code. */
                message: string;
            };
        };
        EstimateView: {
            createdAt: string;
            currency: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionChannel: ("portal" | "email") | null;
            decisionNote: string | null;
            hours: number;
            id: string;
            minutes: number;
            note: string;
            phases: components["schemas"]["PhaseView"][];
            priceCents: number;
            sentAt: string | null;
            status: "draft" | "sent" | "approved" | "declined";
            ticketId: string;
            version: number;
        };
        IcalFeedSecret: {
            createdAt: string;
            token: string;
            url: string;
        };
        IcalFeedStatus: {
            active: boolean;
            createdAt: string | null;
            lastUsedAt: string | null;
        };
        ImportOutcome: {
            code: string;
            effectiveFrom?: string;
            kind: "calendar" | "severity" | "plan";
            outcome: "created" | "updated" | "new_version" | "unchanged";
            version?: number;
        };
        ImportPresetResult: {
            counts: {
                created: number;
                new_version: number;
                unchanged: number;
                updated: number;
            };
            items: components["schemas"]["ImportOutcome"][];
            name: string;
        };
        IncreaseView: {
            agreedByContactId: string | null;
            agreedOn: string;
            agreementNote: string;
            appliedAt: string | null;
            contractId: string;
            id: string;
            inflationBp: number;
            newYearlyCents: number;
            oldYearlyCents: number;
            percentBp: number;
            recordedAt: string;
            year: number;
        };
        InflationRateView: {
            enteredAt: string;
            enteredBy: string | null;
            rateBp: number;
            source: string;
            year: number;
        };
        InstalledVersionView: {
            daysToEndOfLife: number | null;
            endOfLife: string | null;
            installedOn: string | null;
            latestVersion: string | null;
            product: {
                code: string;
                id: string;
                kind: "product" | "module";
                name: string;
                parentId: string | null;
            };
            updatedAt: string;
            upgradeToLatest: ({
                level: string;
                /** @enum {string} */
                outcome: "free";
                reason: {
                    code: string;
                    message: string;
                };
                scope: "platform" | "module";
            } | {
                level: string;
                licenceDiscountPercent: number;
                migration: "estimate" | "included";
                /** @enum {string} */
                outcome: "discount";
                reason: {
                    code: string;
                    message: string;
                };
                scope: "platform" | "module";
            } | {
                level: string;
                /** @enum {string} */
                outcome: "not_covered";
                reason: {
                    code: string;
                    message: string;
                };
                scope: "platform" | "module";
            }) | null;
            version: string;
        };
        InvoiceLineView: {
            activity: ("communication" | "identification" | "configuration" | "administration" | "testing" | "implementation") | null;
            amountCents: number;
            amountFormatted: string;
            creditedLineId: string | null;
            description: string;
            id: string;
            position: number;
            quantity: number;
            sourceId: string;
            sourceItems: string[];
            sourceType: "contract_charge" | "ticket_bundle" | "overage_ticket" | "ticket_time";
            tariffId: string | null;
            ticketId: string | null;
            unit: "month" | "bundle" | "ticket" | "minute";
            unitPriceCents: number;
            unitPriceFormatted: string;
        };
        InvoiceSummaryView: {
            createdAt: string;
            creditedInvoiceId: string | null;
            currency: string;
            customerCode: string;
            customerId: string;
            customerName: string;
            displayNumber: string | null;
            id: string;
            issuedAt: string | null;
            issueDate: string | null;
            kind: "invoice" | "credit_note";
            locale: "en" | "es" | "el";
            number: number | null;
            periodEnd: string;
            periodStart: string;
            reason: string;
            series: string | null;
            status: "draft" | "issued";
            totalCents: number;
            totalFormatted: string;
        };
        InvoiceView: {
            createdAt: string;
            creditedInvoiceId: string | null;
            currency: string;
            customerCode: string;
            customerId: string;
            customerName: string;
            displayNumber: string | null;
            id: string;
            issuedAt: string | null;
            issueDate: string | null;
            kind: "invoice" | "credit_note";
            lines: components["schemas"]["InvoiceLineView"][];
            locale: "en" | "es" | "el";
            number: number | null;
            periodEnd: string;
            periodStart: string;
            reason: string;
            series: string | null;
            status: "draft" | "issued";
            totalCents: number;
            totalFormatted: string;
        };
        Localized: {
            el?: string;
            en: string;
            es?: string;
        };
        MaintenancePreview: {
            countedWorkingDays: string[] | null;
            earliestStart: string | null;
            endsAt: string;
            notices: {
                dueAt: string | null;
                justBefore: boolean;
                key: string;
                kind: string;
                minutesBefore: number | null;
            }[];
            requiredBy: string | null;
            startsAt: string;
            timeZone: string;
            tooLate: boolean;
        };
        MaintenanceTypeView: {
            archivedAt: string | null;
            calendarId: string | null;
            code: string;
            createdAt: string;
            expectedDurationMinutes: number;
            extraNoticeMinutes: number[];
            id: string;
            names: {
                el?: string;
                en?: string;
                es?: string;
            };
            noticeRule: {
                /** @enum {string} */
                kind: "after";
            } | {
                /** @enum {string} */
                kind: "at_release";
            } | {
                days: number;
                /** @enum {string} */
                kind: "calendar_days_before";
            } | {
                days: number;
                /** @enum {string} */
                kind: "working_days_before";
            };
            noticeRuleText: string;
            shutsDown: boolean;
            updatedAt: string;
        };
        MaintenanceView: {
            audience: "product" | "all" | "customers";
            cancelledAt: string | null;
            cancelReason: string | null;
            createdAt: string;
            customerIds: string[];
            descriptions: {
                el?: string;
                en?: string;
                es?: string;
            };
            durationMinutes: number;
            endsAt: string;
            id: string;
            noticeRequiredBy: string | null;
            notices: components["schemas"]["NoticeView"][];
            override: {
                by: string | null;
                reason: string;
            } | null;
            productId: string | null;
            releaseId: string | null;
            revision: number;
            shutsDown: boolean;
            startsAt: string;
            status: "scheduled" | "cancelled";
            titles: {
                el?: string;
                en?: string;
                es?: string;
            };
            type: {
                code: string;
                id: string;
                names: {
                    el?: string;
                    en?: string;
                    es?: string;
                };
                noticeRule: {
                    /** @enum {string} */
                    kind: "after";
                } | {
                    /** @enum {string} */
                    kind: "at_release";
                } | {
                    days: number;
                    /** @enum {string} */
                    kind: "calendar_days_before";
                } | {
                    days: number;
                    /** @enum {string} */
                    kind: "working_days_before";
                };
            };
            updatedAt: string;
        };
        MajorLine: {
            endOfLife: string;
            firstReleasedOn: string;
            latestVersion: string;
            majorLine: string;
        };
        NoticeView: {
            deliveries: number;
            droppedAt: string | null;
            dueAt: string | null;
            id: string;
            key: string;
            revision: number;
            sentAt: string | null;
        };
        PhaseView: {
            decidedAt: string | null;
            handedOverAt: string | null;
            handoverNote: string | null;
            hours: number;
            id: string;
            minutes: number;
            name: string;
            position: number;
            priceCents: number;
            status: "pending" | "in_progress" | "handed_over" | "accepted";
        };
        PlanDetail: {
            archivedAt: string | null;
            catalogue: string;
            code: string;
            createdAt: string;
            current: components["schemas"]["PlanVersionView"] | null;
            id: string;
            name: string;
            rank: number;
            updatedAt: string;
            versions: {
                createdAt: string;
                effectiveFrom: string;
                version: number;
            }[];
        };
        PlanVersionView: {
            createdAt: string;
            effectiveFrom: string;
            planId: string;
            terms: {
                calendarId: string | null;
                channels: ("email" | "phone" | "portal" | "api")[];
                defaultSeverity: string | null;
                entitlements: {
                    featureQuotes?: boolean;
                    freeUpgrades?: {
                        modules?: string;
                        platform?: string;
                    };
                    majorUpgradeLicenceDiscountPercent?: number;
                    majorUpgradeMigration?: "estimate" | "included";
                };
                firstResponseRule: "reply" | "evaluation";
                freeCategories: string[];
                highPriority: boolean;
                maxAuthorizedContacts: number | null;
                notes: string;
                overageRule: "bill" | "hold";
                pauseOnHold: boolean;
                pendingCloseDays: number;
                pendingReminderDays: number;
                services: string[];
                targets: {
                    [key: string]: {
                        minimumResolution?: {
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "business_minutes";
                            minutes: number;
                        } | {
                            days: number;
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "business_days";
                        } | {
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "end_of_nth_working_day";
                            n: number;
                        } | {
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "estimate";
                        };
                        resolution?: {
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "business_minutes";
                            minutes: number;
                        } | {
                            days: number;
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "business_days";
                        } | {
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "end_of_nth_working_day";
                            n: number;
                        } | {
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "estimate";
                        };
                        response?: {
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "business_minutes";
                            minutes: number;
                        } | {
                            days: number;
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "business_days";
                        } | {
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "end_of_nth_working_day";
                            n: number;
                        } | {
                            indicative: boolean;
                            /** @enum {string} */
                            kind: "estimate";
                        };
                    };
                };
                ticketsPerYear: number | null;
                warningPercents: number[];
            };
            version: number;
        };
        PlanView: {
            archivedAt: string | null;
            catalogue: string;
            code: string;
            createdAt: string;
            id: string;
            name: string;
            rank: number;
            updatedAt: string;
        };
        PortalAnnouncementView: {
            html: string;
            id: string;
            kind: "documentation" | "sla" | "policy" | "service" | "product" | "other";
            locale: "en" | "es" | "el";
            publishedAt: string;
            text: string;
            title: string;
        };
        PortalMaintenanceView: {
            cancelledAt: string | null;
            description: string;
            durationMinutes: number;
            endsAt: string;
            id: string;
            locale: "en" | "es" | "el";
            productId: string | null;
            shutsDown: boolean;
            startsAt: string;
            status: "scheduled" | "cancelled";
            title: string;
            typeCode: string;
            typeName: string;
        };
        PortalReleaseView: {
            availableLocales: ("en" | "es" | "el")[];
            id: string;
            kind: "hotfix" | "minor" | "major" | "plugin_update";
            notes: {
                html: string;
                locale: "en" | "es" | "el";
                text: string;
            } | null;
            privateHotfix: boolean;
            productId: string;
            productName: string;
            publishedAt: string;
            releasedOn: string | null;
            version: string;
        };
        PortalTicket: {
            attachments: components["schemas"]["Attachment"][];
            bodyHtml: string;
            bodyText: string;
            category: ("bug" | "configuration_error" | "advice" | "configuration_request" | "feature_suggestion" | "change_request") | null;
            channel: "portal" | "email" | "phone" | "api";
            closedAt: string | null;
            firstResponseAt: string | null;
            history: {
                actorId: string | null;
                actorKind: "contact" | "user" | "system";
                at: string;
                data: {
                    [key: string]: unknown;
                };
                id: number;
                internal: boolean;
                type: string;
            }[];
            id: string;
            messages: {
                authorId: string | null;
                authorKind: "contact" | "user" | "system";
                bodyHtml: string;
                bodyText: string;
                channel: string;
                createdAt: string;
                id: string;
                kind: "reply" | "note" | "auto";
            }[];
            minimumResolutionAt?: string;
            number: number;
            outcome: ("solved" | "development_task" | "outside_vendor_control" | "lack_of_information") | null;
            outcomeDetails: {
                [key: string]: unknown;
            };
            overage: boolean;
            proposedSeverity: string;
            registeredAt: string;
            severity: string;
            sla: components["schemas"]["CustomerSla"];
            solvedAt: string | null;
            status: "open" | "new" | "pending" | "on_hold" | "solved" | "closed";
            subject: string;
        };
        PresetSummary: {
            calendars: {
                code: string;
                name: string;
            }[];
            columnMapping: {
                note: string;
                resolution: {
                    columns: string[][];
                    plans: (string | null)[];
                };
                response: {
                    columns: string[][];
                    plans: (string | null)[];
                };
                severities: string[];
            } | null;
            description: string;
            name: string;
            notes: string[];
            plans: {
                code: string;
                name: string;
            }[];
            severities: string[];
            source: string;
            title: string;
        };
        ProductView: {
            archivedAt: string | null;
            code: string;
            createdAt: string;
            description: string;
            eolWarningDays: number[];
            id: string;
            kind: "product" | "module";
            majorLifetimeMonths: number;
            name: string;
            parentId: string | null;
            schemeCode: string;
            updatedAt: string;
        };
        ReleaseView: {
            createdAt: string;
            customerId: string | null;
            id: string;
            kind: "hotfix" | "minor" | "major" | "plugin_update";
            notes: {
                el?: {
                    html: string;
                    markdown: string;
                    text: string;
                };
                en?: {
                    html: string;
                    markdown: string;
                    text: string;
                };
                es?: {
                    html: string;
                    markdown: string;
                    text: string;
                };
            };
            productId: string;
            productName: string;
            publishedAt: string | null;
            releasedOn: string | null;
            status: "draft" | "published";
            updatedAt: string;
            version: string;
        };
        SeverityView: {
            archivedAt: string | null;
            code: string;
            definitions: {
                el?: string;
                en?: string;
                es?: string;
            };
            names: components["schemas"]["Localized"];
            rank: number;
        };
        StaffTicket: {
            allowance: {
                counts: boolean;
                exclusion: ("go_live_grace" | "unlimited") | null;
                overage: boolean;
                yearStart: string;
            };
            assigneeId: string | null;
            attachments: components["schemas"]["Attachment"][];
            bodyHtml: string;
            bodyText: string;
            calendarId: string | null;
            category: ("bug" | "configuration_error" | "advice" | "configuration_request" | "feature_suggestion" | "change_request") | null;
            channel: "portal" | "email" | "phone" | "api";
            clocks: {
                resolution: components["schemas"]["ClockView"];
                response: components["schemas"]["ClockView"];
            } | null;
            closedAt: string | null;
            contractId: string;
            customerId: string;
            estimateDueAt: string | null;
            firstResponseAt: string | null;
            highPriority: boolean;
            history: {
                actorId: string | null;
                actorKind: "contact" | "user" | "system";
                at: string;
                data: {
                    [key: string]: unknown;
                };
                id: number;
                internal: boolean;
                type: string;
            }[];
            id: string;
            messages: {
                authorId: string | null;
                authorKind: "contact" | "user" | "system";
                bodyHtml: string;
                bodyText: string;
                channel: string;
                createdAt: string;
                id: string;
                kind: "reply" | "note" | "auto";
            }[];
            minimumResolutionAt?: string;
            number: number;
            outcome: ("solved" | "development_task" | "outside_vendor_control" | "lack_of_information") | null;
            outcomeDetails: {
                [key: string]: unknown;
            };
            overage: boolean;
            planVersionId: string;
            proposedSeverity: string;
            registeredAt: string;
            requesterId: string;
            resolutionCommitment: boolean;
            resolutionCommitmentReason: string | null;
            severity: string;
            sla: components["schemas"]["CustomerSla"];
            slaColumns: {
                nextSlaEventAt: string | null;
                queueDueAt: string | null;
                resolutionDueAt: string | null;
                resolutionState: string;
                responseDueAt: string | null;
                responseState: string;
            };
            solvedAt: string | null;
            status: "open" | "new" | "pending" | "on_hold" | "solved" | "closed";
            subject: string;
        };
        TariffView: {
            activity: ("communication" | "identification" | "configuration" | "administration" | "testing" | "implementation") | null;
            createdAt: string;
            currency: string;
            effectiveFrom: string;
            id: string;
            note: string;
            ratePerHourCents: number;
        };
        TicketEventView: {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                channel: "email" | "portal" | "phone" | "api";
                followUpOf?: string;
                goLiveGrace: boolean;
                inboundMessageId?: string;
                messageId?: string | null;
                overage: boolean;
                override?: {
                    approvedAt?: string;
                    fromRequestId: string;
                    reason: string;
                };
                planVersion: string | number;
                proof?: ("reply_token" | "authenticated_participant") | null;
                registeredAt: string;
                severity: string;
                via?: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "created";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                cause?: "development_task" | "lack_of_information" | "customer_reply";
                from: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
                reason?: string;
                to: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "status_changed";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                how: "reply" | "evaluation";
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "first_response";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                from: string;
                reason: string;
                to: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "severity_changed";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                from: ("bug" | "configuration_error" | "advice" | "configuration_request" | "feature_suggestion" | "change_request") | null;
                reason?: string;
                to: "bug" | "configuration_error" | "advice" | "configuration_request" | "feature_suggestion" | "change_request";
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "category_changed";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                from: string | null;
                to: string | null;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "assigned";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                applies: boolean;
                reason: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "commitment_changed";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                note: string;
                outside: boolean;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "vendor_control_changed";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                approxEnd: string | null;
                approxStart: string | null;
                note: string;
                /** @enum {string} */
                outcome: "development_task";
                taskCode: string;
            } | {
                /** @enum {string} */
                outcome: "lack_of_information";
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "outcome_set";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                belowMinimum?: {
                    minimumResolutionAt: string;
                    reason: string;
                };
                dueAt: string;
                note: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "estimate_set";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                by: "contact" | "user" | "system";
                messageId: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "replied";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                messageId: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "note_added";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                attachmentId: string;
                /** @enum {string} */
                channel?: "email";
                filename: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "attachment_added";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                diagnostic: string | null;
                outboxId: string;
                status: string | null;
                template: string;
                to: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "mail_bounced";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                closesAt: string;
                emailed: boolean;
                sendAt: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "pending_reminder_sent";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                reminder: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "auto_close_blocked";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                clock: "response" | "resolution";
                dueAt: string;
                instant: string;
                percent: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "sla_warning";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                clock: "response" | "resolution";
                dueAt: string;
                instant: string;
                percent: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "sla_breached";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                currency: string;
                estimateId: string;
                minutes: number;
                priceCents: number;
                version: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "estimate_created";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                estimateId: string;
                minutes: number;
                priceCents: number;
                version: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "estimate_updated";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                currency: string;
                estimateId: string;
                minutes: number;
                priceCents: number;
                to: string;
                version: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "estimate_sent";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                channel: "email" | "portal";
                estimateId: string;
                note?: string;
                version: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "estimate_approved";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                channel: "email" | "portal";
                estimateId: string;
                note?: string;
                version: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "estimate_declined";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                estimateId: string;
                name: string;
                note?: string;
                phaseId: string;
                position: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "phase_handed_over";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                estimateId: string;
                name: string;
                note?: string;
                phaseId: string;
                position: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "phase_accepted";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                estimateId: string;
                name: string;
                note?: string;
                phaseId: string;
                position: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "phase_rejected";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                activity: string;
                billable: boolean;
                entryId: string;
                minutes: number;
                overrideReason?: string;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "time_logged";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                activity: string;
                billable: boolean;
                entryId: string;
                minutes: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "time_removed";
        } | {
            actorId: string | null;
            actorKind: "contact" | "user" | "system";
            at: string;
            data: {
                year: number;
            };
            id: number;
            internal: boolean;
            /** @enum {string} */
            type: "free_configuration_task_used";
        };
        TimeEntryView: {
            activity: "communication" | "identification" | "configuration" | "administration" | "testing" | "implementation";
            billable: boolean;
            billableDefault: boolean;
            createdAt: string;
            estimateId: string | null;
            id: string;
            invoiceId: string | null;
            minutes: number;
            note: string;
            overrideReason: string | null;
            phaseId: string | null;
            ruleId: string | null;
            ticketId: string;
            userId: string;
            userName: string;
            workDate: string;
        };
        VersionSchemeView: {
            code: string;
            example: string;
            expected: string;
            name: string;
            parts: {
                key: string;
                label: string;
                level: "hotfix" | "minor" | "major";
                scope: "platform" | "module" | "self";
            }[];
        };
    };
    responses: {
        /** @description Refused: the code says why (see the error catalogue); nothing was written. */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Failed on our side (INTERNAL, logged) or shutting down (SERVICE_UNAVAILABLE, with Retry-After). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
