import { Type } from '@sinclair/typebox';
import { archiveCalendar } from '../../../usecases/calendars/archive-calendar.js';
import { createCalendar } from '../../../usecases/calendars/create-calendar.js';
import { createCalendarVersion } from '../../../usecases/calendars/create-calendar-version.js';
import { findCalendarVersionOn } from '../../../usecases/calendars/find-calendar-version-on.js';
import { getCalendar } from '../../../usecases/calendars/get-calendar.js';
import { getCalendarVersion } from '../../../usecases/calendars/get-calendar-version.js';
import { listCalendarHolidays } from '../../../usecases/calendars/list-calendar-holidays.js';
import { listCalendars } from '../../../usecases/calendars/list-calendars.js';
import { updateCalendar } from '../../../usecases/calendars/update-calendar.js';
import { DomainError } from '../../../core/errors.js';
import { actorOf } from '../../plugins/actor.js';
import { IdParams, IsoDate, Locale, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { Archived, CalendarSpecSchema, Code, DateQuery, Name, VersionParams } from './catalogue-schemas.js';
import { AdminCalendarsGet, AdminCalendarsIdArchivePost, AdminCalendarsIdGet, AdminCalendarsIdPatch, AdminCalendarsIdVersionInForceGet, AdminCalendarsIdVersionsGet, AdminCalendarsIdVersionsPost, AdminCalendarsIdVersionsVersionGet, AdminCalendarsIdVersionsVersionHolidaysGet, AdminCalendarsPost } from '../../contract/admin.js';

const tags = ['calendars'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };

/** R-T1: calendars as data with versions and effective dates. Agents read; admins and managers write. */
export async function calendarRoutes(app: App): Promise<void> {
  const base = '/api/v1/admin/calendars';
  app.get(base, { config: read, schema: { tags, summary: 'List calendars', querystring: Obj({ ...PageQuery, ...Archived }), response: { 200: AdminCalendarsGet } } }, async (req) =>
    listCalendars(app.deps, { actor: actorOf(req), ...req.query }),
  );
  app.get(`${base}/:id`, { config: read, schema: { tags, summary: 'Get a calendar with all its versions', params: IdParams, response: { 200: AdminCalendarsIdGet } } }, async (req) =>
    getCalendar(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
  app.post(
    base,
    {
      config: write,
      schema: {
        tags,
        summary: 'Create a calendar (version 1)',
        body: Obj({ code: Code, name: Name, spec: CalendarSpecSchema, effectiveFrom: Type.Optional(IsoDate) }), response: { 201: AdminCalendarsPost },
      },
    },
    async (req, reply) => reply.status(201).send(await createCalendar(app.deps, { actor: actorOf(req), ...req.body })),
  );
  app.patch(
    `${base}/:id`,
    { config: write, schema: { tags, summary: 'Rename a calendar (rules change through versions)', params: IdParams, body: Obj({ name: Type.Optional(Name) }), response: { 200: AdminCalendarsIdPatch } } },
    async (req) => updateCalendar(app.deps, { actor: actorOf(req), id: req.params.id, name: req.body.name }),
  );
  app.post(`${base}/:id/archive`, { config: write, schema: { tags, summary: 'Archive a calendar', params: IdParams, response: { 200: AdminCalendarsIdArchivePost } } }, async (req) =>
    archiveCalendar(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
  app.get(`${base}/:id/versions`, { config: read, schema: { tags, summary: 'List the versions of a calendar', params: IdParams, response: { 200: AdminCalendarsIdVersionsGet } } }, async (req) => ({
    items: (await getCalendar(app.deps, { actor: actorOf(req), id: req.params.id })).versions,
  }));
  app.post(
    `${base}/:id/versions`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Edit a calendar: add a version with an effective date (default: earliest allowed)',
        params: IdParams,
        body: Obj({ spec: CalendarSpecSchema, effectiveFrom: Type.Optional(IsoDate) }), response: { 201: AdminCalendarsIdVersionsPost },
      },
    },
    async (req, reply) => reply.status(201).send(await createCalendarVersion(app.deps, { actor: actorOf(req), calendarId: req.params.id, ...req.body })),
  );
  app.get(`${base}/:id/versions/:version`, { config: read, schema: { tags, summary: 'Get one calendar version', params: VersionParams, response: { 200: AdminCalendarsIdVersionsVersionGet } } }, async (req) =>
    getCalendarVersion(app.deps, { actor: actorOf(req), calendarId: req.params.id, version: req.params.version }),
  );
  app.get(
    `${base}/:id/version-in-force`,
    { config: read, schema: { tags, summary: 'The calendar version in force on a date', params: IdParams, querystring: DateQuery, response: { 200: AdminCalendarsIdVersionInForceGet } } },
    async (req) => {
      const v = await findCalendarVersionOn(app.deps, { actor: actorOf(req), calendarId: req.params.id, date: req.query.date });
      if (!v) throw new DomainError('NOT_FOUND', 'No calendar version in force on that date.');
      return v;
    },
  );
  app.get(
    `${base}/:id/versions/:version/holidays`,
    {
      config: read,
      schema: {
        tags,
        summary: "A calendar version's days off in a year (holiday library, extra dates, custom days)",
        params: VersionParams,
        querystring: Obj({ year: Type.Integer({ minimum: 1970, maximum: 2200 }), lang: Type.Optional(Locale) }),
        response: { 200: AdminCalendarsIdVersionsVersionHolidaysGet },
      },
    },
    async (req) => listCalendarHolidays(app.deps, { actor: actorOf(req), calendarId: req.params.id, version: req.params.version, ...req.query }),
  );
}

