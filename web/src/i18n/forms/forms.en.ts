// English catalog of the shared form components, written by hand from forms.zh-CN.ts. Typed against the source so
// a missing key fails the type check.
import type { formsZhCN } from './forms.zh-CN.ts';

export const formsEn: Record<keyof typeof formsZhCN, string> = {
  'identity.problem.id-wrong-length': 'A citizen ID number has 18 characters',
  'identity.problem.id-bad-characters': '17 digits and a final digit or X',
  'identity.problem.id-impossible-date': 'The birth date inside the number is not a real day',
  'identity.problem.id-invalid-check-digit': 'Wrong check character: please compare digit by digit',
  'identity.problem.id-legacy': 'An 18-digit number is needed; upgrade a 15-digit one first',
  'identity.problem.id-birth-in-future': 'The birth date inside the number is after today',
  'identity.problem.birth-not-a-date': 'Not a valid date',
  'identity.problem.birth-in-future': 'The birth date must not be after today',
  'identity.problem.sex-disagrees': 'The sex differs from digit 17 of the ID number',
  'identity.problem.birth-disagrees': 'The birth date differs from the one in the ID number',
  'identity.idNumber': 'Citizen ID number',
  'identity.name': 'Name',
  'identity.sex': 'Sex',
  'identity.male': 'Male',
  'identity.female': 'Female',
  'identity.birthDate': 'Date of birth',
  'identity.ethnicity': 'Ethnic group',
  'identity.required.idNumber': 'Enter the citizen ID number',
  'identity.required.name': 'Enter the name',
  'identity.required.sex': 'Choose the sex',
  'identity.required.birthDate': 'Enter the date of birth',
  'identity.required.ethnicity': 'Choose the ethnic group',
  'identity.tooLong': 'At most {max} characters',
  'identity.checking': 'Asking the register…',
  'identity.found':
    'In the register: {name}; name, sex, date of birth, hukou place and household were filled in from it',
  'identity.foundHousehold': 'Household {householdNo}, address {address}',
  'identity.notFound':
    'This number is not in the register (within your jurisdiction): enter it from the ID card',
  'division.origin': 'Current hukou place',
  'division.originHelp':
    'Inside Zhaotong choose down to the village or community (the move-out is done here too); for a hukou elsewhere tick "outside Zhaotong" and enter the 6-digit county code',
  'division.destination': 'Destination (village or community)',
  'division.placeholder': 'Choose the county, the town, then the village or community',
  'division.city': 'Zhaotong',
  'division.required': 'Choose a division',
  'division.needUnit': 'Choose down to the village or community',
  'division.outside': 'Hukou outside Zhaotong',
  'division.outsideCode': 'County-level division code (6 digits)',
  'division.outsideInvalid': 'A 6-digit county-level code',
  'division.loadFailed': 'Could not load the villages and communities',
  'list.totalCapped': 'More than {total}',
  'list.capped':
    'More than {total} match and only the first {total} can be paged through: enter more of the name or number.',
  'list.total': '{total} in all',
};
