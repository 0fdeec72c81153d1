// English for the policy explainer, written from explainer.zh-CN.ts.
import type { explainerZhCN } from './explainer.zh-CN.ts';

export const explainerEn: Record<keyof typeof explainerZhCN, string> = {
  'public.explain.title': 'The settlement policy explained',
  'public.explain.intro':
    'In March 2017 the Zhaotong city government issued its work plan to further reform the household-registration (hukou) system. Below, each rule about settling is put in plain words with an example and the text of the plan.',
  'public.explain.toc': 'Contents',
  'public.explain.example': 'For example: ',
  'public.explain.original': 'The text of the plan: {clause}',
  'public.explain.loadFailed': 'The text of the plan cannot be loaded now. Please try again later.',
  'public.explain.tryIt': 'Try “Can I settle here?”',

  'public.explain.P2.title': 'Settling is your own choice',
  'public.explain.P2.plain':
    'Whether you settle is up to you. Nobody may force you to settle, or to stay away. Everyone’s right to register hukou is protected.',
  'public.explain.P2.example':
    'The village encourages people to move their hukou to the town. Old Li does not want to: he need not, and his hukou stays in the village.',
  'public.explain.T2.title': 'A legal stable residence lets you settle',
  'public.explain.T2.plain':
    'With a legal stable residence — a home you bought, or a rented home that qualifies — in the Zhaoyang central city, a county town or another town, you and the direct relatives living with you may register there. A city with many people or too little capacity may set its own policy, approved by the city government and the provincial PSB.',
  'public.explain.T2.example':
    'Xiao Wang bought a flat in Zhaoyang, received the property title and moved in: he, his wife and their child can all register there.',
  'public.explain.T3.title': 'The Yiliang county town may limit settlement',
  'public.explain.T3.plain':
    'The Yiliang county town is ecologically fragile. If more people move in than out and capacity runs short, Yiliang may set its own policy for the county town once the city government and the provincial PSB approve it. Until then the city-wide policy applies.',
  'public.explain.T3.example':
    'If such an approved policy is in force, a person who wants to settle in the Yiliang county town applies to the Yiliang county PSB under its conditions.',
  'public.explain.T4.title': 'You can settle in a rented home',
  'public.explain.T4.plain':
    'If the lease is registered with the local housing authority, you really live there and the paperwork is legal, you and the direct relatives living with you can settle there. Three more things: the owner agrees; one address holds one household; a home let to several families or persons (sublet or shared) does not qualify.',
  'public.explain.T4.example':
    'Xiao Zhang rents a whole flat in Zhaoyang, signed a lease, registered it with the housing authority and has the owner’s consent: he can settle there. Without the registration, he registers the lease first and then applies.',
  'public.explain.T5.title': 'Returning to your rural origin; urban–rural marriage',
  'public.explain.T5.plain':
    'Someone who moved from the countryside to a town and returns to farm or start a business may move the hukou back, if he or his parents, spouse or children hold contracted land or a homestead there and he actually lives there. When an urban and a rural hukou holder marry, they may settle where the couple actually lives.',
  'public.explain.T5.example':
    'Ten years ago Old Zhao moved his hukou to the county town. Now he farms again; his parents hold contracted land in the village and he lives there: he can move his hukou back.',
  'public.explain.T6.title': 'Joining direct relatives',
  'public.explain.T6.plain':
    'Direct relatives within three generations (spouse, parents, children, grandparents, grandchildren) who join each other and live together may settle where they live, at any age. Apart from spouses, parents and minor children, the home must reach the local floor-area standard for housing-difficulty households per person.',
  'public.explain.T6.example':
    'A grandmother from rural Zhenxiong joins her granddaughter in Zhaoyang and lives with her family; their home reaches the local standard per person, so the grandmother can settle.',
  'public.explain.T7.title': 'College and technical-school students',
  'public.explain.T7.plain':
    'Students of colleges and technical schools in Zhaotong choose on enrolment whether to move their hukou to the school. After graduation they may move it to the employer, their own legal stable residence or their hukou place before enrolment. Graduates in the four grassroots-service projects may move it to the county talent service agency or back home during service, and to where they live after it.',
  'public.explain.T7.example':
    'Xiao Liu is admitted to Zhaotong University and moves his hukou to the school; after graduation he works for a company in Zhaoyang and moves it to the company’s collective household.',
  'public.explain.T8.title': 'Families of active servicemen',
  'public.explain.T8.plain':
    'Following the army is under national policy. A spouse or child who cannot or will not follow and lives with the serviceman’s parents or grandparents may move to their hukou place. Direct relatives living in a home the serviceman bought in a town may settle there.',
  'public.explain.T8.example':
    'The wife of serviceman Xiao Chen does not follow the army and lives with his parents in the Yanjin county town: she can move her hukou to theirs.',
  'public.explain.T9.title': 'Key groups can settle in collective households',
  'public.explain.T9.plain':
    'Landless farmers, outstanding migrant workers, college graduates, discharged soldiers and others who move to town of their own will, and employees of industrial parks or large mining enterprises with a labour contract and at least a year of work, who have no legal stable residence in town, may register in the employer’s collective household, the local talent collective household or the community collective household where they rent.',
  'public.explain.T9.example':
    'Xiao Yang has worked in the Shuifu industrial park for eighteen months under a labour contract and has neither a home nor a registered lease: he can register in the company’s collective household.',
  'public.explain.T11.title': 'Residence permits',
  'public.explain.T11.plain':
    'People who leave their hukou place to live in Zhaotong, or move between counties within it, can apply for a residence permit where they live. Holders get employment, schooling and basic health services at once, and more services the longer they live and pay social insurance there. A holder who meets the conditions may apply to settle there.',
  'public.explain.T11.example':
    'Xiao Zhou came from Sichuan to work in Zhaoyang and got a residence permit, so his child goes to a local school; after the required years and with a legal stable residence he can apply to settle.',
  'public.explain.T12.title': 'People without hukou can register',
  'public.explain.T12.plain':
    'Every Chinese citizen (except active servicemen) has the right and the duty to register hukou. People left unregistered for historical reasons — born outside the birth plan, spontaneous migrants, cross-border marriages — are helped to register; duplicate or stale registrations and wrong entries are corrected.',
  'public.explain.T12.example':
    'A child born outside the birth plan who was never registered can be registered at the police station with the medical birth certificate and other materials.',
  'public.explain.T14.5.title': 'Settling never costs your rural land',
  'public.explain.T14.5.plain':
    'For now, giving up land-contract, homestead or collective-income rights may not be made a condition of settling in town. After settling these rights are still yours.',
  'public.explain.T14.5.example':
    'Old Ma’s family settles in the county town and keeps its contracted land and homestead in the village. Nobody may demand that they give up the land first.',
  'public.explain.T20.title': 'Explaining the policy so everyone understands',
  'public.explain.T20.plain':
    'The government must explain the hukou reform in forms people like and understand, make every policy clear and answer people’s concerns. This website is one of those forms.',
  'public.explain.T20.example':
    'Answer a few questions in “Can I settle here?” to learn at once whether you can settle, why, and what to bring.',
};
