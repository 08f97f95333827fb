import type { Condition, Effect } from './effects';
import type { Role } from './types';

// Each team's yearly levers, as data in the same declarative form as the cards. The United States'
// come from the paper's five recommendations (§4) and the mistakes it records (§2); Mexico's and the
// services' from §2 and §3; the TCOs' from the Option D discussion.

export interface RoleAction {
  readonly id: string;
  readonly role: Role;
  readonly cost: number;
  /** Where in the paper the lever comes from. */
  readonly source: string;
  readonly when?: Condition;
  /** Needs Mexico's consent: refused outright when Mexico is closed, accepted half the time when guarded. */
  readonly consent?: boolean;
  /** Played at most once a game (the flag `done:<id>` records it). */
  readonly once?: boolean;
  /** A risky move the paper records as a mistake. */
  readonly risky?: boolean;
  readonly effects: readonly Effect[];
}

const notD: Condition = { strategies: ['A', 'B', 'C+LE', 'C'] };
const sharedIntel: Condition = { tracks: [{ track: 'intelligenceSharing', min: 2 }] };

export const ROLE_ACTIONS: readonly RoleAction[] = [
  // ── United States: recommendation 1, demonstrate success in the window of opportunity
  {
    id: 'speedMeridaDelivery', role: 'us', cost: 1, consent: true, source: '§4 Demonstrate Success; fn 34',
    effects: [{ op: 'add', track: 'usCommitment', value: 8 }, { op: 'add', track: 'tcoPower', value: -0.5 }],
  },
  {
    id: 'supportVisibleSuccess', role: 'us', cost: 2, consent: true, source: '§4 Demonstrate Success',
    when: notD,
    effects: [{ op: 'add', track: 'tcoPower', value: -2 }, { op: 'add', track: 'publicSupport', value: 3 }, { op: 'add', track: 'sovereigntyTension', value: 1 }],
  },
  // ── recommendation 2, continuity
  {
    id: 'continuityPrograms', role: 'us', cost: 1, consent: true, source: '§4 Facilitate Strategies and Actions That Offer Continuity',
    effects: [{ op: 'add', track: 'personalTies', value: 5 }],
  },
  {
    id: 'maintainFunctionalTies', role: 'us', cost: 1, source: '§3 Option D impact: "functional connections such as disaster relief"',
    effects: [{ op: 'add', track: 'personalTies', value: 2 }],
  },
  // ── recommendation 3, expand and institutionalize linkages
  {
    id: 'institutionalizeLinkages', role: 'us', cost: 2, consent: true, source: '§4 Expand and Institutionalize',
    effects: [{ op: 'add', track: 'institutionalization', value: 5 }, { op: 'add', track: 'sovereigntyTension', value: 1 }],
  },
  {
    id: 'proposeCombinedCommand', role: 'us', cost: 3, consent: true, once: true, source: '§3 Option A, fn 36; §4 Expand and Institutionalize',
    when: { tracks: [{ track: 'institutionalization', min: 60 }, { track: 'relationship', min: 70 }], strategies: ['A', 'B', 'C+LE'] },
    effects: [
      {
        op: 'chance', p: 0.6,
        then: [{ op: 'add', track: 'institutionalization', value: 12 }, { op: 'add', track: 'relationship', value: 5 }, { op: 'add', track: 'sovereigntyTension', value: 6 }, { op: 'flag', flag: 'combinedCommand', value: true }],
        else: [{ op: 'add', track: 'sovereigntyTension', value: 4 }],
      },
    ],
  },
  // ── recommendation 4, a comprehensive strategy
  {
    id: 'meridaFollowUp', role: 'us', cost: 2, once: true, source: '§4 Coordinate a Comprehensive US Strategy',
    effects: [{ op: 'add', track: 'usCommitment', value: 10 }, { op: 'add', track: 'policeCapacity', value: 2 }, { op: 'add', track: 'ruleOfLaw', value: 1 }, { op: 'flag', flag: 'meridaFollowUp', value: true }],
  },
  {
    id: 'stopGunsAndCash', role: 'us', cost: 2, source: '§4 Manage Expectations: weapons and cash headed south (fn 54)',
    effects: [{ op: 'add', track: 'tcoPower', value: -1.5 }, { op: 'add', track: 'usCommitment', value: 6 }],
  },
  {
    id: 'reduceDemand', role: 'us', cost: 2, source: '§4 Manage Expectations: "do more to reduce demand"',
    effects: [{ op: 'add', track: 'tcoPower', value: -1 }, { op: 'add', track: 'usCommitment', value: 4 }, { op: 'scale', track: 'violence', factor: 0.97 }],
  },
  // ── recommendation 5, realistic objectives
  {
    id: 'manageExpectations', role: 'us', cost: 1, source: '§4 Identify Realistically Attainable Objectives',
    effects: [{ op: 'add', track: 'sovereigntyTension', value: -5 }, { op: 'add', track: 'publicSupport', value: 1 }],
  },
  // ── Option D: once the US knows of the accommodation, it chooses whether to stop sharing
  {
    id: 'withholdIntelligence', role: 'us', cost: 1, source: '§3 Option D: "unwilling to pass information or intelligence to Mexico for fear that such information would be passed almost immediately to the TCOs"',
    when: { strategies: ['D'], flags: { all: ['accommodationKnown'], none: ['intelligenceWithheld'] } },
    effects: [
      { op: 'flag', flag: 'intelligenceWithheld', value: true },
      { op: 'add', track: 'relationship.sedena', value: -3 },
      { op: 'add', track: 'relationship.semar', value: -3 },
      { op: 'add', track: 'sovereigntyTension', value: 4 },
    ],
  },
  // ── the mistakes the paper records
  {
    id: 'intrusiveOperation', role: 'us', cost: 1, risky: true, source: '§2: "not anxious to ... admit that US personnel had been involved"',
    effects: [
      { op: 'add', track: 'tcoPower', value: -4 },
      { op: 'add', track: 'sovereigntyTension', value: 10 },
      { op: 'chance', p: 0.5, then: [{ op: 'add', track: 'relationship.sedena', value: -6 }, { op: 'add', track: 'publicSupport', value: -3 }] },
    ],
  },
  {
    id: 'publicCriticism', role: 'us', cost: 0, risky: true, source: '§2 the 2010 cables; Pascual 2011 (fn 23, 25)',
    effects: [{ op: 'add', track: 'relationship.sedena', value: -7 }, { op: 'add', track: 'relationship.semar', value: -3 }, { op: 'add', track: 'sovereigntyTension', value: 6 }, { op: 'add', track: 'usCommitment', value: -4 }],
  },
  {
    id: 'commandRestructure', role: 'us', cost: 1, risky: true, source: '§2 USSOUTHCOM 2000, USNORTHCOM 2002 (fn 9, 13-15)',
    effects: [{ op: 'add', track: 'institutionalization', value: 3 }, { op: 'add', track: 'relationship.sedena', value: -8 }, { op: 'add', track: 'relationship.semar', value: -3 }, { op: 'add', track: 'sovereigntyTension', value: 12 }],
  },

  // ── Mexico's presidency
  {
    id: 'pushPoliceReform', role: 'mexico', cost: 2, source: '§3 Option B: police reform "will take years"',
    effects: [{ op: 'add', track: 'policeCapacity', value: 4 }, { op: 'add', track: 'ruleOfLaw', value: 0.5 }],
  },
  {
    id: 'passStatePoliceBill', role: 'mexico', cost: 3, source: '§3 Option B: 2,021 municipal forces into 32 state forces',
    when: { flags: { none: ['statePoliceBill'] } },
    effects: [
      {
        op: 'chance', p: 0.5,
        then: [{ op: 'add', track: 'policeCapacity', value: 10 }, { op: 'add', track: 'ruleOfLaw', value: 3 }, { op: 'flag', flag: 'statePoliceBill', value: true }],
        else: [{ op: 'add', track: 'publicSupport', value: -1 }],
      },
    ],
  },
  {
    id: 'socialPrograms', role: 'mexico', cost: 2, source: '§3 Option C: a "culture of lawfulness" (Palermo)',
    effects: [{ op: 'add', track: 'ruleOfLaw', value: 2 }, { op: 'add', track: 'publicSupport', value: 2 }, { op: 'scale', track: 'violence', factor: 0.98 }],
  },
  {
    id: 'publicMessaging', role: 'mexico', cost: 1, source: '§3 Option B: "coin a new label for its strategy"',
    effects: [{ op: 'add', track: 'publicSupport', value: 3 }],
  },
  {
    id: 'anticorruptionPurge', role: 'mexico', cost: 2, source: '§3 Option D: the Federal Security Directorate; Gutiérrez Rebollo',
    when: notD,
    effects: [{ op: 'add', track: 'tcoPower', value: -1.5 }, { op: 'add', track: 'ruleOfLaw', value: 1.5 }, { op: 'add', track: 'publicSupport', value: 1 }],
  },
  {
    id: 'militarySurge', role: 'mexico', cost: 1, source: '§2: human rights charges in "violent urban areas"',
    when: { missions: ['militaryLead', 'policeTransition'] },
    effects: [{ op: 'add', track: 'tcoPower', value: -2 }, { op: 'scale', track: 'violence', factor: 1.05 }, { op: 'add', track: 'publicSupport', value: -2 }],
  },

  // ── SEDENA (Army and Air Force)
  {
    id: 'engageNorthcom', role: 'sedena', cost: 1, source: '§2: SEDENA liaison officer at USNORTHCOM, 2009',
    when: notD,
    effects: [{ op: 'add', track: 'personalTies', value: 1.5 }],
  },
  {
    id: 'actOnUsIntelligence', role: 'sedena', cost: 1, source: '§2: the Beltrán Leyva cable (fn 23)',
    when: { ...notD, ...sharedIntel },
    effects: [{ op: 'add', track: 'tcoPower', value: -1.5 }],
  },
  {
    id: 'keepFormalDistance', role: 'sedena', cost: 0, source: 'fn 15: relations "formal, if not prickly"',
    effects: [{ op: 'add', track: 'relationship.sedena', value: -1.5 }, { op: 'add', track: 'sovereigntyTension', value: -1 }],
  },

  // ── SEMAR (Navy and Marines)
  {
    id: 'joinExercise', role: 'semar', cost: 1, source: '§2: UNITAS 2009',
    when: notD,
    effects: [{ op: 'add', track: 'personalTies', value: 1 }],
  },
  {
    id: 'marineRaid', role: 'semar', cost: 1, source: '§2: Beltrán Leyva "killed in an assault by Mexican Marines"',
    when: { ...notD, ...sharedIntel },
    effects: [{ op: 'add', track: 'tcoPower', value: -2 }],
  },
  {
    id: 'maritimeSurveillance', role: 'semar', cost: 1, source: '§2: equipment "to help conduct maritime surveillance"',
    effects: [{ op: 'add', track: 'tcoPower', value: -0.5 }],
  },

  // ── the TCOs (red team)
  {
    id: 'escalateViolence', role: 'tco', cost: 1, source: '§3 Option A: violence "dramatically increased"',
    effects: [{ op: 'scale', track: 'violence', factor: 1.12 }, { op: 'add', track: 'publicSupport', value: -2 }],
  },
  {
    id: 'corruptOfficials', role: 'tco', cost: 2, source: '§3 Option D: "entrenched corruption and a lack of accountability"',
    effects: [{ op: 'add', track: 'ruleOfLaw', value: -2 }, { op: 'add', track: 'policeCapacity', value: -2 }, { op: 'add', track: 'tcoPower', value: 2 }],
  },
  {
    id: 'diversifyCrime', role: 'tco', cost: 1, source: '§3 Option D: "kidnapping and extortion are now integral"',
    effects: [{ op: 'add', track: 'tcoPower', value: 2 }, { op: 'add', track: 'publicSupport', value: -2 }, { op: 'scale', track: 'violence', factor: 1.05 }],
  },
  {
    id: 'smuggleGunsSouth', role: 'tco', cost: 1, source: '§4: "weapons and cash headed south" (fn 54)',
    effects: [{ op: 'add', track: 'tcoPower', value: 1.5 }, { op: 'scale', track: 'violence', factor: 1.04 }],
  },
  {
    id: 'lieLow', role: 'tco', cost: 0, source: '§3 Option D: trafficking "without concern for confrontation"',
    // Quiet growth, not a further cut in violence: D's own conflict factor already models the lull.
    effects: [{ op: 'add', track: 'tcoPower', value: 1 }],
  },
];

const BY_ID = new Map(ROLE_ACTIONS.map((a) => [a.id, a]));

export function roleAction(id: string): RoleAction | undefined {
  return BY_ID.get(id);
}

const BY_ROLE = new Map<Role, readonly RoleAction[]>();
for (const a of ROLE_ACTIONS) BY_ROLE.set(a.role, [...(BY_ROLE.get(a.role) ?? []), a]);

export function actionsOf(role: Role): readonly RoleAction[] {
  return BY_ROLE.get(role) ?? [];
}
