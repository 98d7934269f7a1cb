import { http, HttpResponse } from 'msw';
import type { FieldError } from '@/lib/api-problem';
import type {
  SlaCalendar,
  SlaCalendarInput,
  SlaDuePreview,
  SlaPolicy,
  SlaPolicyInput,
  SlaRecompute,
} from '@/lib/api-schema';
import { installFakeAdminApi, type FakeAdminApiOptions } from './fake-admin-api';
import { json } from './handlers';
import { invalidInput, problem } from './problems';
import { server } from './server';

export const aCalendar = (overrides: Partial<SlaCalendar> = {}): SlaCalendar => ({
  id: 'cal-1',
  name: 'Business hours',
  timeZone: 'UTC',
  hours: (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({
    day,
    start: '09:00',
    end: '17:00',
  })),
  holidays: [],
  version: 0,
  ...overrides,
});

export const aPolicy = (overrides: Partial<SlaPolicy> = {}): SlaPolicy => ({
  id: 'pol-1',
  name: 'Default',
  position: 0,
  calendarId: 'cal-1',
  queueIds: [],
  priorities: [],
  targets: {
    urgent: { firstResponseMinutes: 60, resolutionMinutes: 240 },
    high: { firstResponseMinutes: 240, resolutionMinutes: 480 },
    medium: { firstResponseMinutes: 480, resolutionMinutes: 1440 },
    low: { firstResponseMinutes: 480, resolutionMinutes: 2400 },
  },
  atRiskPercent: 25,
  atRiskFloorMinutes: 15,
  version: 0,
  ...overrides,
});

const ZONES = new Set(['UTC', 'Europe/Berlin', 'America/New_York']);

/** The server's rules for calendars that the tests exercise (the real ones live in SlaAdminController). */
function calendarErrors(body: SlaCalendarInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!body.name.trim()) errors.push({ field: 'name', message: 'must not be blank' });
  if (!ZONES.has(body.timeZone))
    errors.push({ field: 'timeZone', message: 'is not a known time zone (IANA, such as Europe/Berlin)' });
  if (body.hours.length === 0) errors.push({ field: 'hours', message: 'must hold business hours on at least one day' });
  body.hours.forEach((h, i) => {
    if (!/^\d\d:\d\d$/.test(h.start) || !/^\d\d:\d\d$/.test(h.end) || h.start >= h.end) {
      errors.push({
        field: `hours[${i}]`,
        message: 'must be a weekday (monday…sunday) with start before end, as HH:MM (end up to 24:00)',
      });
    }
  });
  return errors;
}

function policyErrors(body: SlaPolicyInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!body.name.trim()) errors.push({ field: 'name', message: 'must not be blank' });
  for (const [priority, t] of Object.entries(body.targets)) {
    if (t.firstResponseMinutes <= 0)
      errors.push({ field: `targets.${priority}.firstResponseMinutes`, message: 'must be between 1 and 525600' });
    if (t.resolutionMinutes <= 0)
      errors.push({ field: `targets.${priority}.resolutionMinutes`, message: 'must be between 1 and 525600' });
    if (t.firstResponseMinutes > 0 && t.resolutionMinutes > 0 && t.firstResponseMinutes > t.resolutionMinutes)
      errors.push({
        field: `targets.${priority}.firstResponseMinutes`,
        message: 'must not be longer than the resolution target',
      });
  }
  return errors;
}

/** "Now" in the due-time previews the fake answers. */
export const PREVIEW_FROM = '2026-06-05T16:30:00Z';

/**
 * A stand-in for the server's calendar arithmetic (which the web app never repeats): each target is due that many
 * minutes after {@link PREVIEW_FROM}, as on a 24×7 calendar. Tests check that the form shows what the server says.
 */
function dueTimes(url: URL): SlaDuePreview {
  const minutes = (url.searchParams.get('minutes') ?? '').split(',').filter(Boolean).map(Number);
  return {
    from: PREVIEW_FROM,
    timeZone: 'UTC',
    dueTimes: minutes.map((m) => ({
      businessMinutes: m,
      dueAt: new Date(Date.parse(PREVIEW_FROM) + m * 60_000).toISOString(),
    })),
  };
}

/** The admin fake plus `/api/sla/policies|calendars|recompute|due-times`, keeping what the tests write. */
export function installFakeSlaAdmin(options: FakeAdminApiOptions & { recomputeLeft?: number[] } = {}) {
  const calendars: SlaCalendar[] = [aCalendar()];
  const policies: SlaPolicy[] = [aPolicy()];
  // what successive GET /api/sla/recompute answer (the last one repeats)
  const recompute = [...(options.recomputeLeft ?? [0])];
  let ids = 0;
  const nextId = (prefix: string) => `${prefix}-new-${(ids += 1)}`;

  server.use(
    http.get('/api/sla/policies', () => json<SlaPolicy[]>(policies)),
    http.get('/api/sla/calendars', () => json<SlaCalendar[]>(calendars)),
    http.get('/api/sla/calendars/:id/due-times', ({ request, params }) =>
      calendars.some((c) => c.id === params.id)
        ? json<SlaDuePreview>(dueTimes(new URL(request.url)))
        : problem('notFound', { detail: 'SLA calendar not found.' }),
    ),
    http.get('/api/sla/recompute', () =>
      json<SlaRecompute>({ ticketsLeft: (recompute.length > 1 ? recompute.shift() : recompute[0]) ?? 0 }),
    ),
    http.post('/api/sla/calendars', async ({ request }) => {
      const body = (await request.json()) as SlaCalendarInput;
      const errors = calendarErrors(body);
      if (errors.length > 0) return invalidInput(errors);
      const created: SlaCalendar = { ...body, id: nextId('cal'), version: 0 };
      calendars.push(created);
      return json(created, { status: 201 });
    }),
    http.put('/api/sla/calendars/:id', async ({ request, params }) => {
      const body = (await request.json()) as SlaCalendarInput;
      const errors = calendarErrors(body);
      if (errors.length > 0) return invalidInput(errors);
      const i = calendars.findIndex((c) => c.id === params.id);
      const current = calendars[i];
      if (!current) return problem('notFound');
      calendars[i] = { ...current, ...body, version: current.version + 1 };
      return json(calendars[i]);
    }),
    http.delete('/api/sla/calendars/:id', ({ params }) => {
      if (policies.some((p) => p.calendarId === params.id)) {
        return problem('conflict', { detail: 'A policy uses this calendar; change or delete that policy first.' });
      }
      calendars.splice(
        calendars.findIndex((c) => c.id === params.id),
        1,
      );
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('/api/sla/policies', async ({ request }) => {
      const body = (await request.json()) as SlaPolicyInput;
      const errors = policyErrors(body);
      if (errors.length > 0) return invalidInput(errors);
      const created: SlaPolicy = { ...body, id: nextId('pol'), position: policies.length, version: 0 };
      policies.push(created);
      return json(created, { status: 201 });
    }),
    http.put('/api/sla/policies/order', async ({ request }) => {
      const { ids: order } = (await request.json()) as { ids: string[] };
      const byId = new Map(policies.map((p) => [p.id, p]));
      policies.splice(0, policies.length, ...order.map((id, position) => ({ ...byId.get(id)!, position })));
      return json<SlaPolicy[]>(policies);
    }),
    http.put('/api/sla/policies/:id', async ({ request, params }) => {
      const body = (await request.json()) as SlaPolicyInput;
      const errors = policyErrors(body);
      if (errors.length > 0) return invalidInput(errors);
      const i = policies.findIndex((p) => p.id === params.id);
      const current = policies[i];
      if (!current) return problem('notFound');
      policies[i] = { ...current, ...body, version: current.version + 1 };
      return json(policies[i]);
    }),
    http.delete('/api/sla/policies/:id', ({ params }) => {
      if (params.id === 'pol-1') {
        return problem('conflict', {
          detail: 'Tickets’ clocks run on this policy; change its match instead, or move it down the order.',
        });
      }
      policies.splice(
        policies.findIndex((p) => p.id === params.id),
        1,
      );
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const admin = installFakeAdminApi(options);
  return { ...admin, policies: () => policies, calendars: () => calendars };
}
