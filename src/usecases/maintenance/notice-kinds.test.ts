import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maintenanceNotice, type MaintenanceNoticeParams } from '../../core/maintenance/notice-templates.js';
import type { Locale } from '../../core/notifications/render.js';
import { pickLocalized } from '../../core/versions/localized.js';

/** The five maintenance kinds of Athento's notice policy, as shipped (names in en, es, el). */
const TYPES = (JSON.parse(readFileSync(new URL('../../../presets/products/athento.json', import.meta.url), 'utf8')) as {
  maintenanceTypes: Array<{ code: string; names: Record<Locale, string> }>;
}).maintenanceTypes;
const LOCALES: Locale[] = ['en', 'es', 'el'];
const NOTICE_KINDS: Array<MaintenanceNoticeParams['kind']> = ['announce', 'rescheduled', 'reminder', 'done', 'cancelled'];

const render = (kind: MaintenanceNoticeParams['kind'], typeName: string, locale: Locale) =>
  maintenanceNotice(
    {
      kind, minutesBefore: kind === 'reminder' ? 60 : null, typeName, title: 'Athento 5', description: '',
      startsAt: new Date('2027-05-15T20:00:00Z'), endsAt: new Date('2027-05-15T23:00:00Z'), durationMinutes: 180, shutsDown: false, url: 'https://desk.test/portal/maintenance/1',
    },
    { locale, timeZone: 'Europe/Madrid' },
  );

describe('maintenance notices name what they announce (R-M3, issue 12 item 12)', () => {
  it('the preset has the five kinds, each named in en, es and el', () => {
    expect(TYPES.map((t) => t.code)).toEqual(['hotfix-plugin-update', 'minor-version-update', 'major-version-update', 'api-change', 'scheduled-maintenance']);
    for (const t of TYPES) for (const l of LOCALES) expect(t.names[l]).toBeTruthy();
  });

  for (const type of TYPES) {
    for (const locale of LOCALES) {
      it(`${type.code} in ${locale}: every notice's subject and first line name the kind, and no other kind`, () => {
        const name = pickLocalized(type.names, locale)!.value;
        const others = TYPES.filter((t) => t.code !== type.code).map((t) => t.names[locale]);
        for (const kind of NOTICE_KINDS) {
          const r = render(kind, name, locale);
          expect(r.subject).toContain(`${name}: Athento 5`);
          expect(r.text.split('\n')[0]).toContain(`${name}: Athento 5`);
          for (const other of others) expect(r.subject).not.toContain(other);
        }
      });
    }
  }

  it('regression: the API-change announcement in Spanish is titled as an API change, not "Mantenimiento programado"', () => {
    const api = TYPES.find((t) => t.code === 'api-change')!;
    expect(render('announce', api.names.es, 'es').subject).toBe('Cambios en la API: Athento 5');
    expect(render('reminder', api.names.es, 'es').subject).toBe('Recordatorio – Cambios en la API: Athento 5');
    expect(render('cancelled', api.names.el, 'el').subject).toBe('Ακύρωση – Αλλαγές στο API: Athento 5');
    expect(render('rescheduled', api.names.en, 'en').subject).toBe('New date – Changes in the API: Athento 5');
  });
});
