import { Type } from 'typebox';
import { contextOf, requireAuthenticated, requirePermission } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  CalendarYearDetailSchema,
  CalendarYearSchema,
  DeadlineQuerySchema,
  DeadlineSchema,
  ReplaceYearBody,
  YearParams,
} from './calendar.schemas.ts';
import {
  CALENDAR_WRITE,
  computeDeadline,
  getCalendarYear,
  listCalendarYears,
  replaceCalendarYear,
} from './calendar.service.ts';

export const calendarRoutes: ModuleRoutes = async (app, { db }) => {
  app.addSchema(CalendarYearSchema);
  app.addSchema(CalendarYearDetailSchema);
  app.addSchema(DeadlineSchema);
  const YearDetail = Type.Ref('CalendarYearDetail');
  app.get(
    '/api/v1/calendar/years',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Years whose official holiday arrangement is loaded; any other year is unknown',
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('CalendarYear')) }),
          ...errorResponses(401),
        },
      },
      preHandler: requireAuthenticated(),
    },
    async (request) => ({ items: await listCalendarYears(contextOf(request, db)) }),
  );
  app.get(
    '/api/v1/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: 'A year’s days off and make-up working days',
        params: YearParams,
        response: { 200: YearDetail, ...errorResponses(400, 401, 404) },
      },
      preHandler: requireAuthenticated(),
    },
    async (request) => getCalendarYear(contextOf(request, db), request.params.year),
  );
  app.put(
    '/api/v1/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Replace a year’s arrangement with the one of its official notice (audited)',
        params: YearParams,
        body: ReplaceYearBody,
        response: { 200: YearDetail, ...errorResponses(400, 401, 403, 409, 422) },
      },
      preHandler: requirePermission(CALENDAR_WRITE),
    },
    async (request) => replaceCalendarYear(contextOf(request, db), request.params.year, request.body),
  );
  app.get(
    '/api/v1/calendar/deadline',
    {
      schema: {
        tags: ['calendar'],
        summary: 'The due date of a period, with the days off skipped and the make-up working days counted',
        querystring: DeadlineQuerySchema,
        response: { 200: Type.Ref('Deadline'), ...errorResponses(400, 401) },
      },
      preHandler: requireAuthenticated(),
    },
    async (request) => computeDeadline(contextOf(request, db), request.query),
  );
};
