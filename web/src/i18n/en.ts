// English catalog, written by hand from zh-CN.ts (terms follow shared/GLOSSARY.md). Typed as Messages so a
// key added to zh-CN and missing here fails the type check.
import type { Messages } from './zh-CN.ts';
import { explainerEn } from './public/explainer.en.ts';
import { reasonsEn } from './public/reasons.en.ts';
import { selfCheckEn } from './public/selfCheck.en.ts';
import { registryEn } from './registry/registry.en.ts';
import { applicationsEn } from './applications/applications.en.ts';
import { applicationsCaseEn } from './applications/case.en.ts';
import { qualityEn } from './quality/quality.en.ts';
import { supervisionEn } from './supervision/supervision.en.ts';
import { sharingEn } from './sharing/sharing.en.ts';
import { permitsEn } from './permits/permits.en.ts';
import { statisticsEn } from './statistics/statistics.en.ts';
import { adminEn } from './admin/admin.en.ts';
import { formsEn } from './forms/forms.en.ts';

export const en: Messages = {
  'app.title': 'Zhaotong Household Registration Platform',
  'app.subtitle': 'Hukou reform operations',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.sessionCheckFailed': 'Cannot reach the server, so your sign-in could not be checked.',
  'app.retry': 'Retry',
  'app.pageLoadFailed': 'The page failed to load. Please reload and try again.',

  'lang.label': 'Language',

  'form.tooLong': 'At most {max} characters',
  'form.invalid': 'Not in the expected format',

  'login.title': 'Staff sign-in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.usernameRequired': 'Enter your username',
  'login.passwordRequired': 'Enter your password',
  'login.submit': 'Sign in',
  'login.error.wrongCredentials': 'Wrong username or password. Please try again.',
  'login.error.tooManyAttempts':
    'Too many wrong passwords: the account is locked for now. Please try again later.',
  'login.error.tooManyAttemptsWait':
    'Too many wrong passwords: the account is locked for now. Please try again in {minutes} min.',
  'login.error.unreachable': 'Cannot reach the server. Check your network connection and try again.',
  'login.error.invalid': 'Invalid input: {detail}',
  'login.error.other': 'Sign-in failed: {detail}',
  'login.publicPrompt': 'For residents, no sign-in needed:',

  'nav.menuLabel': 'Modules',
  'nav.home': 'Dashboard',
  'nav.openMenu': 'Open menu',

  'header.jurisdiction': 'Jurisdiction: {value}',
  'header.department': 'Department: {value}',
  'header.logout': 'Sign out',
  'header.logoutFailed': 'Sign-out failed. Please try again.',

  'division.named': '{name} ({code})',
  'division.unknown': 'Division {code}',
  'division.none': 'Whole city',

  'role.admin': 'Administrator',
  'role.station-clerk': 'Police-station clerk',
  'role.county-officer': 'County PSB officer',
  'role.city-officer': 'City PSB officer',
  'role.department-officer': 'Department officer',
  'role.supervisor': 'Supervisor',
  'role.admin.duties':
    'Manage users, roles and jurisdictions; maintain reference data and policy parameters.',
  'role.station-clerk.duties':
    "Register births, deaths, moves and corrections in your police station's area; take settlement and residence-permit applications; print certificates.",
  'role.county-officer.duties':
    "Approve settlement applications in your county, resolve legacy hukou problems, and read your county's statistics.",
  'role.city-officer.duties':
    'Approve settlement applications across the city, manage settlement policy parameters, and read city-wide statistics and reform progress.',
  'role.department-officer.duties':
    'Feed in the facts your department holds (insurance years, schooling, lease registrations) and read the population data your department is entitled to.',
  'role.supervisor.duties':
    'Supervise the progress of the reform tasks and follow indicators such as the urbanization rate and urban citizenship counts.',

  'home.greeting': 'Hello, {name}',
  'home.identity': 'You are signed in as {role}; jurisdiction: {jurisdiction}.',
  'home.identityWithDepartment': 'You are signed in as {role}; department: {department}.',
  'home.dutiesHeading': 'Your duties',
  'home.modulesHeading': 'Modules you can use',
  'home.open': 'Open',
  'home.accessNote':
    'The server decides which data you may see and change from your role and jurisdiction, and records every read of personal data.',

  'module.inProgress': 'This module is being built; once it is released you will work here.',
  'module.registry.title': 'Registry',
  'module.registry.description':
    'Register births, deaths, move-ins, move-outs, household splits and creations, corrections and cancellations. Every change is an unchangeable registry event recording who made it, when, and on what legal basis; the current state is derived from the events, so history is never lost. Everyone holds the one unified resident hukou.',
  'module.applications.title': 'Settlement applications',
  'module.applications.description':
    "Take settlement applications and evaluate them automatically against Zhaotong's 2017 hukou reform work plan, citing the clause behind each decision; after review, issue a permit to move in with a QR code, register the move-in at the destination and the move-out at the origin in one step, and track time limits.",
  'module.permits.title': 'Residence permits',
  'module.permits.description':
    'Apply for, issue, endorse yearly and suspend residence permits. Holders gain basic public services step by step with their years of residence, and those who qualify may convert to permanent hukou.',
  'module.quality.title': 'Data quality',
  'module.quality.description':
    'Check the whole register for legacy problems such as unregistered persons, registrations that should be cancelled and duplicate registrations, and turn them into a work queue; each resolution is recorded as a registry event.',
  'module.statistics.title': 'Statistics',
  'module.statistics.description':
    'Registered and resident population, urbanization rates by county and town, migration flows, and counts of agricultural migrants gaining urban citizenship.',
  'module.supervision.title': 'Reform supervision',
  'module.supervision.description':
    'Track the 20 tasks of the reform plan with their lead and responsible units, collect progress reports, and raise alerts on overdue tasks.',
  'module.import.title': 'Data import',
  'module.import.description':
    'Import households, persons and department feeds (CSV) from the old registry system, follow the progress and download the rejected rows. Each import is recorded as one batch.',
  'module.selfCheck.title': 'Can I settle here?',
  'module.selfCheck.description':
    'Answer a few simple questions to learn whether you can settle in Zhaotong, what you need, and which policy clauses apply; you can also track an application by its number. No sign-in needed.',

  'public.staffLogin': 'Staff sign-in',
  'notFound.title': 'Page not found',
  'notFound.back': 'Back to the dashboard',

  ...selfCheckEn,
  ...reasonsEn,
  ...explainerEn,
  ...registryEn,
  ...applicationsEn,
  ...applicationsCaseEn,
  ...qualityEn,
  ...supervisionEn,
  ...sharingEn,
  ...permitsEn,
  ...statisticsEn,
  ...adminEn,
  ...formsEn,
};
