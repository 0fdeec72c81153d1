// The city this deployment serves: 昭通市. Its 4-digit division code heads every code of the city's tree.
export const CITY_CODE = '5306';
