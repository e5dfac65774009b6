-- Demo data for ./lotse run (profile demo only; never loaded by tests or production).
-- Real projects, organisations, places and money of the council reports in shared/seeds;
-- invented people. Repeatable and idempotent: fixed ids, ON CONFLICT DO NOTHING, so re-running
-- it (Flyway does when this file changes) never duplicates rows or overwrites what a user edited.
-- Id scheme: 0190dem0-like UUIDv7 values, one block per table (see demo_id below).

CREATE OR REPLACE FUNCTION pg_temp.demo_id(block int, n int) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT ('01900000-' || lpad(to_hex(block), 4, '0') || '-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid
$$;

-- Projects ----------------------------------------------------------------------------------------
INSERT INTO projects (id, created_at, updated_at, code, name, description, status, start_date, end_date,
                      funding_programme, funder, action_fields, staff_share_percent, lead, coordinator)
VALUES
 (pg_temp.demo_id(1, 1), now(), now(), 'WIL', 'Willkommen in Ludwigsburg',
  'Rund 15 geschulte Patinnen und Paten begleiten 30 bis 40 Neuzugewanderte aus Süd- und Osteuropa ein Jahr lang beim Ankommen in Ludwigsburg.',
  'COMPLETED', '2015-04-01', '2018-03-31', 'VwV Integration', 'Ministerium für Integration Baden-Württemberg',
  '{CIVIC_ENGAGEMENT,LANGUAGE_EDUCATION}', 35, 'Integrationsbeauftragte', 'Projektkoordination WiL'),
 (pg_temp.demo_id(1, 2), now(), now(), 'LAFI', 'Ludwigsburger Akteure für Integration',
  'Netzwerk aller Akteure der Integrationsarbeit: jährliche Netzwerktreffen, Fortbildungen und themenspezifische Workshops.',
  'COMPLETED', '2015-04-01', '2018-03-31', 'VwV Integration', 'Ministerium für Integration Baden-Württemberg',
  '{CULTURE_CLUBS,INTERCULTURAL_OPENING}', 35, 'Integrationsbeauftragte', 'Projektkoordination LAfI'),
 (pg_temp.demo_id(1, 3), now(), now(), 'KIA', 'Koordinierungsstelle Integrationsarbeit',
  'Koordinierungsstelle für Vereine und Initiativen der Integrationsarbeit: Beratung, Vernetzung, neue Angebote, Sichtbarkeit.',
  'COMPLETED', '2018-12-01', '2021-11-30', 'VwV Integration', 'Ministerium für Soziales und Integration Baden-Württemberg',
  '{CIVIC_ENGAGEMENT,CULTURE_CLUBS}', 50, 'Integrationsbeauftragte', 'Koordinierungsstelle'),
 (pg_temp.demo_id(1, 4), now(), now(), 'CONNECT', 'Connect',
  'Offene Jugendarbeit: Austausch, Vernetzung und gemeinsame Freizeitaktivitäten junger Geflüchteter und Einheimischer.',
  'RUNNING', '2016-01-01', NULL, 'Gemeinsam in Vielfalt', 'Ministerium für Soziales und Integration Baden-Württemberg',
  '{CULTURE_CLUBS}', NULL, 'Fachbereich Bildung und Familie', 'Offene Jugendarbeit'),
 (pg_temp.demo_id(1, 5), now(), now(), 'GRUEN', 'Grünflächen-Jobprojekt',
  'Integrationsprojekt des Teams Flüchtlingsarbeit: sechs Geflüchtete arbeiten in der Grünflächenpflege.',
  'RUNNING', '2016-06-01', NULL, NULL, 'Stiftung (Projektförderung)',
  '{LANGUAGE_EDUCATION}', NULL, 'Kompetenzteam Flüchtlingsarbeit', 'Team Flüchtlingsarbeit'),
 (pg_temp.demo_id(1, 6), now(), now(), 'MIZ', 'Migrationszentrum Schlossstraße 9',
  'Caritas, Diakonie, DRK und AWO betreiben gemeinsam das Migrationszentrum in einem städtischen Gebäude; die Stadt gibt einen Mietzuschuss.',
  'RUNNING', '2008-12-01', NULL, NULL, 'Stadt Ludwigsburg',
  '{INTERCULTURAL_OPENING}', NULL, 'Fachbereich Bürgerschaftliches Engagement', NULL)
ON CONFLICT (id) DO NOTHING;

INSERT INTO project_milestones (id, created_at, updated_at, project_id, title, planned_date, achieved_date, status)
VALUES
 (pg_temp.demo_id(2, 1), now(), now(), pg_temp.demo_id(1, 1), 'Akquise der ca. 15 Patinnen und Paten', '2015-06-30', '2015-07-15', 'ACHIEVED'),
 (pg_temp.demo_id(2, 2), now(), now(), pg_temp.demo_id(1, 1), 'Schulungen der Patinnen und Paten', '2015-09-30', '2015-10-10', 'ACHIEVED'),
 (pg_temp.demo_id(2, 3), now(), now(), pg_temp.demo_id(1, 1), 'Akquise der Neuzugewanderten', '2015-10-31', '2015-11-20', 'ACHIEVED'),
 (pg_temp.demo_id(2, 4), now(), now(), pg_temp.demo_id(1, 1), 'Matching', '2015-11-30', '2015-12-12', 'ACHIEVED'),
 (pg_temp.demo_id(2, 5), now(), now(), pg_temp.demo_id(1, 1), 'Start der Begleitung', '2016-01-15', '2016-01-20', 'ACHIEVED'),
 (pg_temp.demo_id(2, 6), now(), now(), pg_temp.demo_id(1, 2), 'Akquise der Netzwerkpartnerinnen und -partner', '2015-09-30', '2015-09-30', 'ACHIEVED'),
 (pg_temp.demo_id(2, 7), now(), now(), pg_temp.demo_id(1, 2), 'Jährliches Netzwerktreffen', '2016-05-31', '2016-05-20', 'ACHIEVED'),
 (pg_temp.demo_id(2, 8), now(), now(), pg_temp.demo_id(1, 2), 'Fortbildungen und themenspezifische Workshops', '2017-10-31', '2017-11-08', 'ACHIEVED'),
 (pg_temp.demo_id(2, 9), now(), now(), pg_temp.demo_id(1, 3), 'Bedarfserhebung bei den Vereinen (22 von 45 Antworten)', '2019-06-30', '2019-07-31', 'ACHIEVED'),
 (pg_temp.demo_id(2, 10), now(), now(), pg_temp.demo_id(1, 3), 'Drei Kamingespräche in Vereinen', '2021-10-31', '2021-10-28', 'ACHIEVED'),
 (pg_temp.demo_id(2, 11), now(), now(), pg_temp.demo_id(1, 4), 'Gemeinsame Freizeitaktivitäten im Jugendhaus', '2027-03-31', NULL, 'IN_PROGRESS')
ON CONFLICT (id) DO NOTHING;

-- Budget lines --------------------------------------------------------------------------------------
-- WiL + LAfI as in report 167/15: cost 200,400.00; grants 63,000.00 + 57,240.00 = 120,240.00 (60 %);
-- remaining for the city 80,160.00. Cost centre 17405010, budget item 1.4390.6790.000.
INSERT INTO budget_lines (id, created_at, updated_at, project_id, fiscal_year, kind, category, description,
                          planned_amount, actual_amount, cost_centre, budget_item, funder)
SELECT pg_temp.demo_id(3, row_number() OVER ()::int), now(), now(), pg_temp.demo_id(1, p), y, k, c, d, amount,
       CASE WHEN y < 2018 THEN amount END, '17405010', '1.4390.6790.000', f
FROM (VALUES
  (1, 2015, 'COST', 'PERSONNEL', '35-%-Projektstelle WiL', 18000.00, NULL),
  (1, 2015, 'COST', 'TRAINING', 'Schulung der Patinnen und Paten', 4000.00, NULL),
  (1, 2015, 'COST', 'MATERIAL', 'Sachkosten WiL', 2500.00, NULL),
  (1, 2016, 'COST', 'PERSONNEL', '35-%-Projektstelle WiL', 24000.00, NULL),
  (1, 2016, 'COST', 'EVENTS', 'Begegnungsveranstaltungen WiL', 5000.00, NULL),
  (1, 2016, 'COST', 'MATERIAL', 'Sachkosten WiL', 2000.00, NULL),
  (1, 2017, 'COST', 'PERSONNEL', '35-%-Projektstelle WiL', 24000.00, NULL),
  (1, 2017, 'COST', 'EVENTS', 'Begegnungsveranstaltungen WiL', 5000.00, NULL),
  (1, 2017, 'COST', 'TRAINING', 'Aufbauschulung der Patinnen und Paten', 3000.00, NULL),
  (1, 2018, 'COST', 'PERSONNEL', '35-%-Projektstelle WiL', 6000.00, NULL),
  (1, 2018, 'COST', 'EVENTS', 'Abschlussveranstaltung und Dokumentation WiL', 11500.00, NULL),
  (1, 2015, 'FUNDING', 'STATE_GRANT', 'Zuschuss VwV Integration WiL', 15750.00, 'Ministerium für Integration Baden-Württemberg'),
  (1, 2016, 'FUNDING', 'STATE_GRANT', 'Zuschuss VwV Integration WiL', 21000.00, 'Ministerium für Integration Baden-Württemberg'),
  (1, 2017, 'FUNDING', 'STATE_GRANT', 'Zuschuss VwV Integration WiL', 21000.00, 'Ministerium für Integration Baden-Württemberg'),
  (1, 2018, 'FUNDING', 'STATE_GRANT', 'Zuschuss VwV Integration WiL', 5250.00, 'Ministerium für Integration Baden-Württemberg'),
  (2, 2015, 'COST', 'PERSONNEL', '35-%-Projektstelle LAfI', 18000.00, NULL),
  (2, 2015, 'COST', 'EVENTS', 'Auftakt-Netzwerktreffen', 3000.00, NULL),
  (2, 2016, 'COST', 'PERSONNEL', '35-%-Projektstelle LAfI', 24000.00, NULL),
  (2, 2016, 'COST', 'EVENTS', 'Jährliches Netzwerktreffen', 6000.00, NULL),
  (2, 2016, 'COST', 'TRAINING', 'Fortbildung Interkulturelle Kompetenz', 2400.00, NULL),
  (2, 2017, 'COST', 'PERSONNEL', '35-%-Projektstelle LAfI', 24000.00, NULL),
  (2, 2017, 'COST', 'EVENTS', 'Jährliches Netzwerktreffen', 6000.00, NULL),
  (2, 2017, 'COST', 'TRAINING', 'Themenspezifische Workshops', 2000.00, NULL),
  (2, 2018, 'COST', 'PERSONNEL', '35-%-Projektstelle LAfI', 6000.00, NULL),
  (2, 2018, 'COST', 'EVENTS', 'Abschluss-Netzwerktreffen', 4000.00, NULL),
  (2, 2015, 'FUNDING', 'STATE_GRANT', 'Zuschuss VwV Integration LAfI', 14310.00, 'Ministerium für Integration Baden-Württemberg'),
  (2, 2016, 'FUNDING', 'STATE_GRANT', 'Zuschuss VwV Integration LAfI', 19080.00, 'Ministerium für Integration Baden-Württemberg'),
  (2, 2017, 'FUNDING', 'STATE_GRANT', 'Zuschuss VwV Integration LAfI', 19080.00, 'Ministerium für Integration Baden-Württemberg'),
  (2, 2018, 'FUNDING', 'STATE_GRANT', 'Zuschuss VwV Integration LAfI', 4770.00, 'Ministerium für Integration Baden-Württemberg'),
  -- Migration Centre: rent subsidy of 3,820 EUR a year from the city (report 484/09).
  (6, 2009, 'COST', 'RENT', 'Mietzuschuss Migrationszentrum Schlossstraße 9', 3820.00, NULL),
  (6, 2009, 'FUNDING', 'CITY_BUDGET', 'Mietzuschuss aus dem städtischen Haushalt', 3820.00, 'Stadt Ludwigsburg'),
  (6, 2010, 'COST', 'RENT', 'Mietzuschuss Migrationszentrum Schlossstraße 9', 3820.00, NULL),
  (6, 2010, 'FUNDING', 'CITY_BUDGET', 'Mietzuschuss aus dem städtischen Haushalt', 3820.00, 'Stadt Ludwigsburg'),
  -- Refugee work (report 438/16): Gemeinsam in Vielfalt 15,000 EUR, a foundation 20,000 EUR.
  (4, 2016, 'COST', 'EVENTS', 'Freizeitaktivitäten Connect', 35000.00, NULL),
  (4, 2016, 'FUNDING', 'STATE_GRANT', 'Gemeinsam in Vielfalt', 15000.00, 'Ministerium für Soziales und Integration Baden-Württemberg'),
  (5, 2016, 'FUNDING', 'FOUNDATION', 'Stiftungsmittel Grünflächen-Jobprojekt', 20000.00, 'Stiftung'),
  (5, 2016, 'COST', 'PERSONNEL', 'Anleitung und Arbeitsentgelte', 20000.00, NULL)
) AS lines (p, y, k, c, d, amount, f)
ON CONFLICT (id) DO NOTHING;

-- Associations: the Migration Centre's welfare organisations by name, invented clubs otherwise ----
INSERT INTO associations (id, created_at, updated_at, name, kind, fields, district, languages, member_count, active, address)
SELECT pg_temp.demo_id(4, n), now(), now(), name, kind, fields::varchar(40)[], district, languages::varchar(2)[], members, true, address
FROM (VALUES
  (1, 'Caritas-Zentrum Ludwigsburg', 'WELFARE_ORGANISATION', '{SOCIAL}', 'Innenstadt', '{de,it,pl}', NULL, 'Schlossstraße 9'),
  (2, 'Diakonisches Werk Ludwigsburg', 'WELFARE_ORGANISATION', '{SOCIAL}', 'Innenstadt', '{de,ru}', NULL, 'Schlossstraße 9'),
  (3, 'DRK-Kreisverband Ludwigsburg', 'WELFARE_ORGANISATION', '{SOCIAL}', 'Weststadt', '{de,ar}', NULL, 'Schlossstraße 9'),
  (4, 'Arbeiterwohlfahrt Stuttgart (AWO)', 'WELFARE_ORGANISATION', '{SOCIAL}', 'Innenstadt', '{de,tr}', NULL, 'Schlossstraße 9'),
  (5, 'Integrationsbeirat Ludwigsburg', 'OTHER', '{SOCIAL}', 'Innenstadt', '{de}', 18, NULL),
  (6, 'Forum der Kulturen Stuttgart', 'OTHER', '{CULTURE}', NULL, '{de}', NULL, NULL)
) AS a (n, name, kind, fields, district, languages, members, address)
ON CONFLICT (id) DO NOTHING;

INSERT INTO associations (id, created_at, updated_at, name, kind, fields, district, languages, member_count, active, contact_name)
SELECT pg_temp.demo_id(4, 6 + n), now(), now(),
       (ARRAY['Deutsch-Italienischer Kulturverein', 'Rumänischer Kulturverein', 'Griechische Gemeinde', 'Kroatischer Sportverein',
              'Polnischer Elternverein', 'Türkischer Elternbund', 'Syrischer Kulturverein', 'Afghanische Gemeinde',
              'Spanischer Elternverein', 'Portugiesischer Kulturverein', 'Bulgarischer Bildungsverein', 'Arabischer Frauentreff',
              'Eritreische Gemeinschaft', 'Kurdisches Kulturzentrum', 'Serbischer Folkloreverein', 'Afrikanischer Kulturverein',
              'Russischsprachiger Elternverein', 'Tamilischer Kulturverein', 'Vietnamesischer Verein', 'Iranischer Kulturverein',
              'Ungarischer Kulturkreis', 'Albanischer Bildungsverein', 'Bosnischer Kulturverein', 'Gambischer Fußballverein',
              'Internationaler Chor', 'Interkultureller Garten', 'Mehrsprachige Bibliotheksinitiative', 'Initiative Begegnungscafé',
              'Islamische Gemeinde', 'Alevitische Gemeinde', 'Griechisch-orthodoxe Kirchengemeinde', 'Jugendhaus-Initiative',
              'Elterninitiative Herkunftssprachlicher Unterricht', 'Arbeitskreis Asyl', 'Sprachpatenschaften e. V.',
              'Handwerkskammer (Integrationsberatung)', 'IHK-Bezirkskammer', 'Berufsschulzentrum', 'Grundschule Oststadt'])[n],
       (ARRAY['CLUB','MIGRANT_ORGANISATION','MIGRANT_ORGANISATION','CLUB','MIGRANT_ORGANISATION','MIGRANT_ORGANISATION','MIGRANT_ORGANISATION',
              'MIGRANT_ORGANISATION','MIGRANT_ORGANISATION','MIGRANT_ORGANISATION','MIGRANT_ORGANISATION','INITIATIVE','MIGRANT_ORGANISATION',
              'MIGRANT_ORGANISATION','CLUB','CLUB','MIGRANT_ORGANISATION','MIGRANT_ORGANISATION','MIGRANT_ORGANISATION','MIGRANT_ORGANISATION',
              'CLUB','MIGRANT_ORGANISATION','MIGRANT_ORGANISATION','CLUB','CLUB','INITIATIVE','INITIATIVE','INITIATIVE',
              'RELIGIOUS_COMMUNITY','RELIGIOUS_COMMUNITY','RELIGIOUS_COMMUNITY','INITIATIVE','INITIATIVE','INITIATIVE','INITIATIVE',
              'CHAMBER','CHAMBER','SCHOOL','SCHOOL'])[n],
       (ARRAY['{CULTURE}','{CULTURE}','{CULTURE,RELIGION}','{SPORT}','{EDUCATION}','{EDUCATION}','{CULTURE}','{SOCIAL}','{EDUCATION}',
              '{CULTURE}','{EDUCATION}','{SOCIAL}','{CULTURE,SOCIAL}','{CULTURE}','{CULTURE}','{CULTURE}','{EDUCATION}','{CULTURE}',
              '{CULTURE}','{CULTURE}','{CULTURE}','{EDUCATION}','{CULTURE}','{SPORT}','{CULTURE}','{LEISURE}','{EDUCATION}','{LEISURE,SOCIAL}',
              '{RELIGION}','{RELIGION}','{RELIGION}','{LEISURE}','{EDUCATION}','{SOCIAL}','{EDUCATION}','{OTHER}','{OTHER}','{EDUCATION}','{EDUCATION}'])[n]::varchar(40)[],
       (ARRAY['Oststadt','Weststadt','Innenstadt','Eglosheim','Grünbühl','Oßweil','Weststadt','Grünbühl','Innenstadt','Hoheneck'])[1 + n % 10],
       (ARRAY['{it,de}','{ro,de}','{el,de}','{hr,de}','{pl,de}','{tr,de}','{ar,de}','{fa,de}','{es,de}','{pt,de}','{bg,de}','{ar,de}',
              '{ti,de}','{ku,de}','{sr,de}','{en,fr}','{ru,de}','{ta,de}','{vi,de}','{fa,de}','{hu,de}','{sq,de}','{bs,de}','{en,de}',
              '{de}','{de}','{de,en}','{de}','{tr,ar}','{tr,de}','{el,de}','{de}','{de}','{de}','{de}','{de}','{de}','{de}','{de}'])[n]::varchar(2)[],
       10 + (n * 37) % 190, n <> 21, 'Vorstand'
FROM generate_series(1, 39) AS n
ON CONFLICT (id) DO NOTHING;

-- Sponsors: 15 invented volunteers ------------------------------------------------------------------
INSERT INTO sponsors (id, created_at, updated_at, first_name, last_name, email, phone, languages, district, interests,
                      availability, status, training_completed_on, max_mentees, consent_given_at, project_id)
SELECT pg_temp.demo_id(5, n), now(), now(),
       (ARRAY['Lena','Jonas','Aylin','Marco','Sofia','Tobias','Elif','Katarina','Daniel','Mira','Stefan','Ioana','Hannah','Yusuf','Greta'])[n],
       (ARRAY['Berger','Hoffmann','Kaya','Rossi','Papadopoulou','Wagner','Demir','Novak','Schreiber','Popescu','Lang','Marinescu','Vogel','Aydın','Fischer'])[n],
       'pate' || n || '@example.org', '+49 7141 5550' || lpad(n::text, 2, '0'),
       (ARRAY['{de,en}','{de,fr}','{de,tr}','{de,it}','{de,el}','{de,en}','{de,tr}','{de,hr}','{de,en}','{de,ro}','{de,es}','{de,ro}','{de,en}','{de,ar}','{de,pl}'])[n]::varchar(2)[],
       (ARRAY['Oststadt','Weststadt','Innenstadt','Eglosheim','Grünbühl','Oßweil','Hoheneck','Neckarweihingen','Poppenweiler','Pflugfelden'])[1 + n % 10],
       (ARRAY['{Sport,Kochen}','{Musik}','{Schule,Lesen}','{Fußball}','{Behördengänge}','{Wandern,Radfahren}','{Kinder,Schule}','{Arbeit,Beruf}',
              '{Garten}','{Kultur,Theater}','{Handwerk}','{Sprachen}','{Museum}','{Fußball,Kochen}','{Nähen,Kinder}'])[n]::varchar(200)[],
       (ARRAY['werktags abends','am Wochenende','vormittags','flexibel'])[1 + n % 4],
       CASE WHEN n <= 12 THEN 'ACTIVE' WHEN n = 13 THEN 'PAUSED' WHEN n = 14 THEN 'IN_TRAINING' ELSE 'INTERESTED' END,
       CASE WHEN n <= 13 THEN DATE '2015-10-10' END,
       CASE WHEN n % 3 = 0 THEN 3 ELSE 2 END,
       TIMESTAMPTZ '2015-07-01 10:00:00+00' + n * INTERVAL '1 day',
       pg_temp.demo_id(1, 1)
FROM generate_series(1, 15) AS n
ON CONFLICT (id) DO NOTHING;

-- Newcomers: 40 invented people; residence statuses in the proportions of report 438/16
-- (100 permit : 32 toleration : 96 permission to stay of 228) -> 17 : 6 : 17 of 40.
INSERT INTO newcomers (id, created_at, updated_at, first_name, last_name, country_of_origin, languages, arrival_date, district,
                       accommodation, household_size, needs, residence_status, status, consent_given_at, project_id)
SELECT pg_temp.demo_id(6, n), now(), now(),
       (ARRAY['Andrei','Maria','Ahmad','Fatima','Giorgos','Elena','Samir','Amina','Luca','Ana','Omar','Nour','Dragan','Ivana','Yonas',
              'Selam','Karim','Leyla','Mihai','Ioana'])[1 + (n - 1) % 20],
       -- surnames fit the country of origin; the second list serves people 21 to 40
       CASE WHEN n <= 20 THEN
           (ARRAY['Popescu','Ionescu','Haddad','Rahimi','Nikolaidis','Dimitrova','Khalil','Yusuf','Bianchi','Kovač','Al-Masri','Sultani',
                  'Petrović','Horvat','Tesfaye','Bekele','Mansour','Aziz','Munteanu','Stoica'])[n]
       ELSE
           (ARRAY['Dumitru','Georgescu','Darwish','Karimi','Papadakis','Ivanova','Saleh','Farah','Conti','Babić','Hamdan','Noori',
                  'Jovanović','Marić','Ghebre','Haile','Jaber','Moradi','Radu','Dinu'])[n - 20]
       END,
       (ARRAY['RO','RO','SY','AF','GR','BG','SY','SO','IT','HR','SY','AF','RS','HR','ER','ER','IQ','IR','RO','RO'])[1 + (n - 1) % 20],
       (ARRAY['{ro}','{ro,en}','{ar}','{fa}','{el}','{bg}','{ar,en}','{so}','{it}','{hr}','{ar}','{fa,en}','{sr}','{hr,de}','{ti}',
              '{ti,en}','{ar,ku}','{fa}','{ro}','{ro,it}'])[1 + (n - 1) % 20]::varchar(2)[],
       DATE '2015-06-01' + n * 17,
       (ARRAY['Oststadt','Weststadt','Innenstadt','Eglosheim','Grünbühl','Oßweil','Hoheneck','Neckarweihingen','Poppenweiler','Pflugfelden'])[1 + n % 10],
       CASE WHEN n % 3 = 0 THEN 'Anschlussunterbringung Standort ' || (n % 76 + 1) END,
       1 + n % 5,
       (ARRAY['{SCHOOL,AUTHORITIES}','{HOUSING}','{LANGUAGE_COURSE,WORK}','{HEALTH}','{LEISURE}','{AUTHORITIES,WORK}','{SCHOOL}','{LANGUAGE_COURSE}'])[1 + n % 8]::varchar(40)[],
       CASE WHEN n <= 17 THEN 'RESIDENCE_PERMIT' WHEN n <= 23 THEN 'TOLERATION' ELSE 'PERMISSION_TO_STAY' END,
       CASE WHEN n % 4 = 0 THEN 'WAITING' WHEN n % 4 = 1 THEN 'ACCOMPANIED' WHEN n % 4 = 2 THEN 'MATCHED' ELSE 'FINISHED' END,
       TIMESTAMPTZ '2015-11-01 10:00:00+00' + n * INTERVAL '2 days',
       pg_temp.demo_id(1, 1)
FROM generate_series(1, 40) AS n
ON CONFLICT (id) DO NOTHING;

-- Network meetings of the seeds, with participants and actions --------------------------------------
INSERT INTO network_meetings (id, created_at, updated_at, title, format, starts_at, ends_at, location, host_association_id,
                              project_id, action_fields, topics, minutes)
VALUES
 (pg_temp.demo_id(7, 1), now(), now(), 'Großes Netzwerktreffen im Kulturzentrum', 'NETWORK_MEETING', '2019-05-16 15:00+00', '2019-05-16 19:00+00',
  'Kulturzentrum Ludwigsburg', NULL, pg_temp.demo_id(1, 3), '{CULTURE_CLUBS,CIVIC_ENGAGEMENT}', '{Vorstellung der Vereine,Bedarfe,Fördermittel}',
  'Vereine stellen sich vor; Bedarfe: Fundraising, Raumnot, Vernetzung, Sprache.'),
 (pg_temp.demo_id(7, 2), now(), now(), 'Online-Treffen: Fördermittel für Vereine', 'ONLINE', '2020-11-12 17:00+00', '2020-11-12 19:00+00',
  'Online', pg_temp.demo_id(4, 6), pg_temp.demo_id(1, 3), '{CIVIC_ENGAGEMENT}', '{Fördermittel}', NULL),
 (pg_temp.demo_id(7, 3), now(), now(), 'Kamingespräch im Deutsch-Italienischen Kulturverein', 'FIRESIDE_TALK', '2021-06-24 17:00+00', '2021-06-24 19:00+00',
  NULL, pg_temp.demo_id(4, 7), pg_temp.demo_id(1, 3), '{CULTURE_CLUBS}', '{Ehrenamt,Nachwuchs}', NULL),
 (pg_temp.demo_id(7, 4), now(), now(), 'Kamingespräch im Rumänischen Kulturverein', 'FIRESIDE_TALK', '2021-09-16 17:00+00', '2021-09-16 19:00+00',
  NULL, pg_temp.demo_id(4, 8), pg_temp.demo_id(1, 3), '{CULTURE_CLUBS}', '{Herkunftssprachlicher Unterricht}', NULL),
 (pg_temp.demo_id(7, 5), now(), now(), 'Kamingespräch in der Griechischen Gemeinde', 'FIRESIDE_TALK', '2021-10-28 17:00+00', '2021-10-28 19:00+00',
  NULL, pg_temp.demo_id(4, 9), pg_temp.demo_id(1, 3), '{CULTURE_CLUBS}', '{Dachverband}', NULL),
 (pg_temp.demo_id(7, 6), now(), now(), 'Runder Tisch Vielfalt', 'ROUND_TABLE', '2026-12-03 16:00+00', '2026-12-03 18:00+00',
  'Rathaus, Kleiner Sitzungssaal', NULL, NULL, '{INTERCULTURAL_OPENING}', '{Interkulturelle Öffnung der Verwaltung}', NULL),
 (pg_temp.demo_id(7, 7), now(), now(), 'Jour Fixe Asyl', 'JOUR_FIXE', '2026-12-01 08:00+00', '2026-12-01 09:30+00',
  'Rathaus', NULL, NULL, '{CIVIC_ENGAGEMENT}', '{Anschlussunterbringung,Ehrenamt}', NULL),
 (pg_temp.demo_id(7, 8), now(), now(), 'Jährliches Netzwerktreffen 2027', 'NETWORK_MEETING', '2027-05-20 15:00+00', NULL,
  'Kulturzentrum Ludwigsburg', NULL, NULL, '{CULTURE_CLUBS,CIVIC_ENGAGEMENT}', '{Jahresplanung}', NULL)
ON CONFLICT (id) DO NOTHING;

INSERT INTO meeting_participants (id, created_at, updated_at, meeting_id, association_id, invited, attended)
SELECT pg_temp.demo_id(8, (m - 1) * 12 + a), now(), now(), pg_temp.demo_id(7, m), pg_temp.demo_id(4, a), true,
       m <= 5 AND a % 3 <> 0
FROM generate_series(1, 8) AS m, generate_series(1, 12) AS a
WHERE m IN (1, 2, 6, 8) OR a <= 4
ON CONFLICT (id) DO NOTHING;

INSERT INTO meeting_actions (id, created_at, updated_at, meeting_id, description, owner, due_date, status, done_on)
VALUES
 (pg_temp.demo_id(9, 1), now(), now(), pg_temp.demo_id(7, 1), 'Bedarfserhebung an alle 45 Vereine versenden', 'Koordinierungsstelle', '2019-06-15', 'DONE', '2019-06-10'),
 (pg_temp.demo_id(9, 2), now(), now(), pg_temp.demo_id(7, 1), 'Raumbörse für Vereine prüfen', 'Integrationsbeauftragte', '2019-09-30', 'DONE', '2019-10-02'),
 (pg_temp.demo_id(9, 3), now(), now(), pg_temp.demo_id(7, 4), 'Treffen des Netzwerks Herkunftssprachlicher Unterricht mit dem Schulamt', 'Koordinierungsstelle', '2021-11-30', 'DONE', '2021-11-25'),
 (pg_temp.demo_id(9, 4), now(), now(), pg_temp.demo_id(7, 6), 'Mehrsprachige Schlossführungen planen', 'Integrationsbeirat', '2027-02-28', 'OPEN', NULL),
 (pg_temp.demo_id(9, 5), now(), now(), pg_temp.demo_id(7, 7), 'Ehrenamtliche Dolmetscherinnen und Dolmetscher für Hausbesuche einteilen', 'Team Flüchtlingsarbeit', '2026-11-20', 'OPEN', NULL),
 (pg_temp.demo_id(9, 6), now(), now(), pg_temp.demo_id(7, 7), 'Wegweiser für Neuzugewanderte aktualisieren', 'Büro für Integration und Migration', '2027-01-31', 'OPEN', NULL)
ON CONFLICT (id) DO NOTHING;
