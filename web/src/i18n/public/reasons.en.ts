// English for the decision texts, written from reasons.zh-CN.ts. Placeholders are the engine's own variables;
// Chinese values (relations, places, rights) are put into English by pages/public/reasonText.ts.
import type { reasonsZhCN } from './reasons.zh-CN.ts';

export const reasonsEn: Record<keyof typeof reasonsZhCN, string> = {
  'public.reason.consent.own-will.met': 'You apply of your own will',
  'public.reason.consent.own-will.unmet':
    'Settlement must be your own wish and cannot be forced: you have not agreed',
  'public.reason.applicant.nationality.met': 'You are a citizen of the PRC',
  'public.reason.applicant.nationality.unmet': 'Only Chinese citizens can register permanent hukou',
  'public.reason.applicant.not-active-military.met': 'You are not an active serviceman',
  'public.reason.applicant.not-active-military.unmet': 'Active servicemen do not register permanent hukou',
  'public.reason.rural-rights.retained.met': 'Your rural {rights} are not taken away when you settle',
  'public.reason.conditions.rejected.unmet':
    '"{condition}" cannot be a condition of settling: the demand is void and does not change the answer',
  'public.reason.restriction.t2-own-policy.met': '{place}: settlement restrictions are fully lifted',
  'public.reason.restriction.t2-own-policy.unmet':
    '{place} applies an approved local migration policy: apply to the local police under that policy',
  'public.reason.restriction.t3-own-policy.met':
    'The Yiliang county town has no local restriction yet: the city-wide policy applies',
  'public.reason.restriction.t3-own-policy.unmet':
    'The Yiliang county town applies an approved local policy: apply to the Yiliang county PSB under it',
  'public.reason.destination.urban.met': 'The place is a town ({kind})',
  'public.reason.destination.urban.unmet':
    'This kind of settlement is only in towns (central city, county town or another town); the place is: {kind}',
  'public.reason.residence.legal.met':
    'The residence is legal: a property title, or a lease with the legal procedures',
  'public.reason.residence.legal.unmet':
    'The residence is not legal: it needs a property title or a lease with the legal procedures',
  'public.reason.residence.actually-residing.met': 'You actually live there',
  'public.reason.residence.actually-residing.unmet': 'You do not actually live there',
  'public.reason.rental.registered.met': 'The lease is registered with the housing authority',
  'public.reason.rental.registered.unmet':
    'A rented home must first be registered with the local housing authority (租赁登记备案)',
  'public.reason.rental.owner-consent.met': 'The owner agrees',
  'public.reason.rental.owner-consent.unmet': "The owner's consent is needed",
  'public.reason.rental.one-address-one-household.met':
    'No other household is registered at the address (one address, one household)',
  'public.reason.rental.one-address-one-household.unmet':
    'Another household is registered at the address: one address, one household',
  'public.reason.rental.not-shared.met': 'The home is not sublet or shared',
  'public.reason.rental.not-shared.unmet':
    'A home let to several families or persons (sublet or shared) cannot be used to settle',
  'public.reason.companion.applicant-eligible.met':
    'The applicant can settle, so co-resident direct relatives can settle too',
  'public.reason.companion.applicant-eligible.unmet':
    'The applicant cannot settle, so relatives cannot move with them',
  'public.reason.companion.direct-relative.met':
    '{relation}: a family member who may move with the applicant',
  'public.reason.companion.direct-relative.unmet':
    '{relation}: not a direct relative, cannot move with the applicant',
  'public.reason.companion.co-residing.met': 'Lives with the applicant',
  'public.reason.companion.co-residing.unmet': 'Does not live with the applicant, so cannot move with them',
  'public.reason.companion.basis-not-covered.unmet':
    'This kind of settlement has no rule for companions: relatives apply on their own',
  'public.reason.kin.within-generations.met': '{relation}: a direct relative within three generations',
  'public.reason.kin.within-generations.unmet':
    '{relation}: not a direct relative within three generations, so cannot join',
  'public.reason.kin.co-residing.met': 'You live with the relative you join',
  'public.reason.kin.co-residing.unmet': 'Joining a relative needs you to live together',
  'public.reason.kin.host-hukou.met': 'The relative holds hukou at the place',
  'public.reason.kin.host-hukou.unmet': 'The relative must hold hukou at the place',
  'public.reason.kin.housing-area.met':
    '{area} m² per person, not below the local housing-difficulty standard of {standard} m²',
  'public.reason.kin.housing-area.unmet':
    '{area} m² per person, below the local housing-difficulty standard of {standard} m²',
  'public.reason.kin.housing-area-exempt.met': '{who}: joining is not limited by floor area',
  'public.reason.student.school-in-city.met': 'You study at a college or technical school in Zhaotong',
  'public.reason.student.school-in-city.unmet':
    'This policy is only for students of colleges and technical schools in Zhaotong',
  'public.reason.student.target-allowed.met': '{stage}, the hukou may move to {target}',
  'public.reason.student.target-allowed.unmet':
    '{stage}, the hukou may not move to {target}; it may move to: {allowed}',
  'public.reason.military.follows-army.unmet':
    "A serviceman's spouse following the army settles under national policy: ask the army and the police",
  'public.reason.military.relation.met': '{relation}: may join this way',
  'public.reason.military.relation.unmet': '{relation}: may not join this way',
  'public.reason.military.co-residing-with-elders.met':
    "You live with the serviceman's parents or grandparents",
  'public.reason.military.co-residing-with-elders.unmet':
    "You need to live with the serviceman's parents or grandparents",
  'public.reason.military.soldier-owns-residence.met':
    'The home is a legal residence the serviceman bought in a town',
  'public.reason.military.soldier-owns-residence.unmet':
    'The home needs to be a legal residence the serviceman bought in a town',
  'public.reason.military.co-residing.met': 'You actually live in that home',
  'public.reason.military.co-residing.unmet': 'You need to actually live in the home the serviceman bought',
  'public.reason.key-group.voluntary.met': 'You move to town of your own will',
  'public.reason.key-group.voluntary.unmet':
    'Key-group settlement needs you to move to town of your own will',
  'public.reason.key-group.labor-contract.met': 'You have a labour contract with the enterprise',
  'public.reason.key-group.labor-contract.unmet': 'A labour contract with the enterprise is needed',
  'public.reason.key-group.months-employed.met': '{months} months worked, at least {min}',
  'public.reason.key-group.months-employed.unmet': '{months} months worked, fewer than {min}',
  'public.reason.key-group.no-legal-stable-residence.met':
    'No legal stable residence in town, so a collective household is possible',
  'public.reason.key-group.no-legal-stable-residence.unmet':
    'You have a legal stable residence: settle there (clauses 2 and 4), not in a collective household',
  'public.reason.return.previously-moved.met': 'You moved from the countryside to a town before',
  'public.reason.return.previously-moved.unmet': 'Returning is for people who moved to a town before',
  'public.reason.return.rights-held.met':
    'You or a family member hold land-contract or homestead rights at the origin',
  'public.reason.return.rights-held.unmet':
    'You, your parents, spouse or children need land-contract or homestead rights at the origin',
  'public.reason.return.actually-residing.met': 'You actually live at the rural origin',
  'public.reason.return.actually-residing.unmet': 'You need to actually live at the rural origin',
  'public.reason.return.destination-rural.met': 'You return to the rural origin',
  'public.reason.return.destination-rural.unmet': 'Returning is only to the rural origin',
  'public.reason.marriage.urban-rural.met': 'An urban and a rural hukou holder married',
  'public.reason.marriage.urban-rural.unmet':
    'This policy is for marriages between an urban and a rural hukou holder',
  'public.reason.marriage.couple-resides.met': 'The couple actually lives at the place',
  'public.reason.marriage.couple-resides.unmet': 'You settle where the couple actually lives',
  'public.reason.permit.valid.met': 'The residence permit is valid on {asOf}',
  'public.reason.permit.valid.unmet':
    'The residence permit is not valid on {asOf} (expired, not endorsed or suspended)',
  'public.reason.permit.legal-stable-residence.met': 'You have a legal stable residence there',
  'public.reason.permit.legal-stable-residence.unmet': 'A legal stable residence there is needed',
  'public.reason.permit.continuous-years.met': '{years} years of continuous residence, at least {min}',
  'public.reason.permit.continuous-years.unmet': '{years} years of continuous residence, fewer than {min}',
  'public.reason.permit.insurance-years.met': '{years} years of social insurance, at least {min}',
  'public.reason.permit.insurance-years.unmet': '{years} years of social insurance, fewer than {min}',
  'public.reason.unregistered.no-hukou.met':
    'You have no hukou now: every Chinese citizen has the right to register',
  'public.reason.unregistered.no-hukou.unmet':
    'You are already registered and cannot register twice (duplicate registration)',
  'public.material.id-card': 'Resident identity card',
  'public.material.hukou-booklet': 'Household register booklet (户口簿)',
  'public.material.property-title': 'Property title (房屋所有权证 or 不动产权证书)',
  'public.material.lease-contract': 'Lease contract',
  'public.material.lease-registration': 'Proof of lease registration (租赁登记备案证明)',
  'public.material.owner-consent': "The owner's written consent to the settlement",
  'public.material.kinship-proof': 'Proof of kinship',
  'public.material.host-hukou-booklet': 'The household register booklet of the relative you join',
  'public.material.housing-area-proof': 'Proof of the floor area',
  'public.material.admission-notice': 'Admission notice or proof of enrolment',
  'public.material.graduation-certificate': 'Graduation certificate',
  'public.material.employment-proof': "Employer's acceptance letter or labour contract",
  'public.material.service-proof': 'Proof of grassroots service',
  'public.material.military-certificate': 'Proof of active service',
  'public.material.soldier-title': 'Title of the home the serviceman bought',
  'public.material.labor-contract': 'Labour contract',
  'public.material.collective-household-consent': "The collective household's consent",
  'public.material.rights-proof': 'Proof of land-contract or homestead rights',
  'public.material.marriage-certificate': 'Marriage certificate',
  'public.material.residence-permit': 'Residence permit',
  'public.material.birth-certificate': 'Medical birth certificate',
  'public.material.nationality-proof': 'Proof of hukou status or nationality',

  'public.advice.consent.own-will':
    'Settling must be your own wish; nobody may force you. Apply when you yourself want to.',
  'public.advice.applicant.nationality':
    'Only Chinese citizens can register hukou. Foreign nationals should ask the exit-entry administration.',
  'public.advice.applicant.not-active-military':
    'Active servicemen hold no permanent hukou; after discharge you can settle under the policy for discharged soldiers.',
  'public.advice.restriction.t2-own-policy':
    'An approved local policy applies here: bring your materials to the local police station and apply under its conditions.',
  'public.advice.restriction.t3-own-policy':
    'The Yiliang county town applies an approved local policy: ask the Yiliang county PSB about its conditions.',
  'public.advice.destination.urban':
    'This is only possible in towns: choose a home in the Zhaoyang central city, a county town or another town.',
  'public.advice.residence.legal':
    'Owners need a property title; tenants need a lease made with the legal procedures.',
  'public.advice.residence.actually-residing': 'Move into the home first, then apply.',
  'public.advice.rental.registered':
    'Take the lease and your ID card to the local housing authority (住建局) and register the lease; once it is registered you can apply.',
  'public.advice.rental.owner-consent': 'Ask the owner for a written consent to your settlement.',
  'public.advice.rental.one-address-one-household':
    'Only one household per address: choose a home where no other household is registered.',
  'public.advice.rental.not-shared': 'A sublet or shared home does not qualify: rent a whole home.',
  'public.advice.companion.applicant-eligible':
    'The applicant must qualify first; then relatives can move with them.',
  'public.advice.companion.direct-relative':
    'Only direct relatives can move with the applicant; others apply on their own.',
  'public.advice.companion.co-residing': 'Relatives moving with the applicant must live with the applicant.',
  'public.advice.companion.basis-not-covered':
    'This kind of settlement has no rule for companions: relatives apply on their own.',
  'public.advice.kin.within-generations':
    'Only direct relatives within three generations can join. Brothers, sisters and others may settle another way, for example with a home they own or rent.',
  'public.advice.kin.co-residing': 'Live together with the relative first, then apply.',
  'public.advice.kin.host-hukou': 'The relative must first hold hukou at the place.',
  'public.advice.kin.housing-area':
    'The floor area must reach {standard} m² per person: move to a larger home, or settle with a home you own or rent.',
  'public.advice.student.target-allowed':
    'At this stage the hukou may move to: {allowed}. Choose one of them.',
  'public.advice.student.school-in-city':
    'This policy is only for students in Zhaotong; you may settle with a legal stable residence instead.',
  'public.advice.military.follows-army':
    'Following the army is under national policy: ask the army and the local police.',
  'public.advice.military.relation':
    "Joining the serviceman's parents or grandparents is for spouses and children; other direct relatives can settle in a home the serviceman bought.",
  'public.advice.military.co-residing-with-elders':
    "You need to live with the serviceman's parents or grandparents.",
  'public.advice.military.soldier-owns-residence':
    'The home must be one the serviceman bought in a town; otherwise look at other ways to settle.',
  'public.advice.military.co-residing': 'You need to actually live in the home the serviceman bought.',
  'public.advice.key-group.voluntary': 'Key-group settlement must be your own choice.',
  'public.advice.key-group.labor-contract': 'Sign a labour contract with the enterprise first.',
  'public.advice.key-group.months-employed': 'Apply after {min} months of work.',
  'public.advice.key-group.no-legal-stable-residence':
    'You have a legal stable residence, so settle there: choose "I own a home in a town" or "I rent a home in a town".',
  'public.advice.return.previously-moved':
    'Returning is only for people who moved from the countryside to a town before.',
  'public.advice.return.rights-held':
    'You, your parents, spouse or children need land-contract or homestead rights at the origin.',
  'public.advice.return.actually-residing': 'You need to actually live at your rural origin again.',
  'public.advice.return.destination-rural':
    'Returning is only to the rural origin: choose "Countryside" as the place.',
  'public.advice.marriage.urban-rural':
    'This is only for marriages between an urban and a rural hukou holder; you may join your spouse instead.',
  'public.advice.marriage.couple-resides': 'Apply where the couple actually lives.',
  'public.advice.permit.valid':
    'Have the permit endorsed on time or apply for a new one so that it is valid.',
  'public.advice.permit.legal-stable-residence':
    'You need a legal stable residence there (your own home or a registered lease).',
  'public.advice.permit.continuous-years': 'Apply after {min} years of continuous residence.',
  'public.advice.permit.insurance-years': 'Apply after {min} years of social insurance.',
  'public.advice.unregistered.no-hukou':
    'You already hold hukou and cannot register twice; to move it, choose another situation.',

  'public.state.draft': 'Draft',
  'public.state.submitted': 'Submitted, waiting to be accepted',
  'public.state.under-review': 'Under review',
  'public.state.supplement-requested': 'Missing materials requested',
  'public.state.resubmitted': 'Completed, waiting to be accepted',
  'public.state.approved': 'Approved',
  'public.state.permit-issued': 'Permit to move in issued',
  'public.state.registered': 'Settled: registration done',
  'public.state.rejected': 'Not approved',
  'public.state.withdrawn': 'Withdrawn',
  'public.state.expired': 'Expired',

  'public.next.draft': 'Confirm and submit the application at the police-station counter',
  'public.next.submitted': 'Waiting for the police-station clerk to accept and check it',
  'public.next.under-review': 'Waiting for approval by the county (district) PSB',
  'public.next.supplement-requested':
    'Bring all the missing materials on the one-time notice before the deadline',
  'public.next.resubmitted': 'Waiting for the police-station clerk to accept it again',
  'public.next.approved': 'Waiting for the permit to move in to be issued',
  'public.next.permit-issued':
    'Take the permit to the police station of the destination and register before it expires',
  'public.next.registered': 'Done: nothing more to do',
  'public.next.rejected': 'The application was not approved: see the reasons given',
  'public.next.withdrawn': 'The application was withdrawn',
  'public.next.expired': 'The application expired: apply again if you still wish to settle',
};
