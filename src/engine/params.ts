import type { Mission, Party, StrategyToken } from './types';

// Every number of the model in one place. scenarios/MODEL.md states each in plain words with the
// passage of the paper it comes from, or says it is our own assumption; a test keeps the two in step.

export const MODEL = {
  /** Headline = weighted blend of the two services; SEDENA (Army and Air Force) is the larger. */
  headlineWeightSedena: 0.6,

  /** Where each service's relationship is pulled under each mission (DESIGN §2.2). */
  missionTarget: {
    // Option A: "continued improvement in cooperation and collaboration" (Summary of Options).
    militaryLead: { sedena: 86, semar: 92 },
    // Option B, first ~4 years: "would not sustain or advance ... as far as under Option A".
    policeTransition: { sedena: 76, semar: 84 },
    // B after handover and C with law enforcement: "positive, although not as intense".
    militarySupportsPolice: { sedena: 28, semar: 44 },
    // C without law enforcement: Army returns to traditional missions; Navy keeps engaging.
    traditionalMissions: { sedena: 17, semar: 44 },
    // D: "limited, at best, to functional connections such as disaster relief".
    accommodation: { sedena: 6, semar: 14 },
  } satisfies Record<Mission, { sedena: number; semar: number }>,

  /**
   * The common enemy (§3 Option A: "a common enemy", fn 37; §2: Mexico "is capable of short-term
   * alliances when it perceives a threat"). The threat both militaries face is a blend of TCO power
   * and the violence count (capped at `threatViolenceCap`), from 0 (crushed) to 1 (winning)...
   */
  threatTcoWeight: 0.6,
  threatViolenceCap: 20000,
  /** ...and scales how far above the pre-Calderón baseline a mission pulls each service: at no threat... */
  threatPullFloor: 0.55,
  /** ...plus this much per unit of threat (at the 2012 threat of about 0.6 the scale is about 1). */
  threatPullGain: 0.75,
  /** Where each service stood before a shared mission ("Distant", December 2006, calderon-2006's start). */
  commonEnemyBaseline: { sedena: 20, semar: 30 },

  /** Share of the gap to the target closed per year when the relationship is rising. */
  riseRate: 0.08,
  /** Extra rise rate at full personal ties (people who know each other work faster together). */
  riseRatePersonalTies: 0.16,
  /** Share of the gap closed per year when the relationship drifts down, before damping. */
  driftRate: 0.3,
  /** Institutionalization's damping: at 100 it removes this share of drift and of political shocks. */
  damperStrength: 0.75,
  /** Personal ties raise the floor the relationship drifts down to (fn 45: a "mitigating factor"). */
  personalTiesFloor: 0.06,
  /** Personal ties also lift the target a little: people who know each other find more to do together. */
  personalTiesPull: 0.03,
  /** Sovereignty tension above this level lowers the target... */
  tensionThreshold: 40,
  /** ...by this many points per point of tension above it. */
  tensionPull: 0.6,
  /** ...and chills the rise: each point above it takes this share off the rise rate (§2: "a chilling effect"). */
  tensionChill: 0.035,
  /** US commitment above or below 50 moves the target by this much per point ("deeds, not words"). */
  commitmentPull: 0.12,

  /** Institutions grow a little on their own under a shared mission (agreements follow operations). */
  institutionGrowth: { militaryLead: 1.5, policeTransition: 1.2, militarySupportsPolice: 0.6, traditionalMissions: 0, accommodation: 0 } satisfies Record<Mission, number>,
  /** Each gain in institutionalization is cut by this share times its current level (the last agreements are the hardest). */
  institutionSaturation: 0.6,
  /** Under D the government dismantles linkages, but only at this pace ("consistent effort over time"). */
  dismantleRate: 5,
  /** A year's institutional gain beyond this raises sovereignty tension (pushed too fast). */
  institutionPaceLimit: 6,
  institutionPaceTension: 1.5,

  /** Personal ties: yearly gain by mission, and the share lost each year to rotation. */
  personalTiesGain: { militaryLead: 4, policeTransition: 3, militarySupportsPolice: 2, traditionalMissions: 0, accommodation: 0 } satisfies Record<Mission, number>,
  rotationFade: 0.15,
  /** Institutionalization halves rotation fade at 100 (fn 45: ties fade "unless ... institutionalized"). */
  rotationDamper: 0.5,
  /** Under D personal ties fade at this share of the usual pace: they are "harder to cut off" (fn 52). */
  accommodationTiesFade: 0.5,

  /** Sovereignty tension relaxes toward this baseline by this share each year. */
  tensionBaseline: 30,
  tensionDecay: 0.15,
  /** Yearly tension from "more and more intrusive U.S. cooperation" under a military lead. */
  tensionByMission: { militaryLead: 2.5, policeTransition: 1.5, militarySupportsPolice: 0.5, traditionalMissions: 0, accommodation: 0.5 } satisfies Record<Mission, number>,

  /** US commitment relaxes toward this baseline (slow, bureaucratic delivery, fn 34). */
  commitmentBaseline: 40,
  commitmentDecay: 0.1,

  /** Under D, tension from a US that presses a government it knows is accommodating (extradition, certification). */
  accommodationKnownTension: 4,
  /** Under D, before the US knows: the chance each year that it learns of the tacit accommodation ("without publicly stating its intentions"). */
  accommodationDiscovery: 0.5,
  /** Intelligence passed to a government that has accommodated the TCOs reaches them: TCO power per level of sharing per year. */
  intelligenceLeak: 1.5,
  /** Under D from its second year, the yearly chance that the bargain fragments ("more difficult to achieve than Castañeda and Aguilar assert"). */
  fragmentationChance: 0.2,
  /** The public's reaction when the bargain breaks down. */
  fragmentationSupportShock: -5,

  /** Violence: the yearly count moves this share of the way to its equilibrium... */
  violenceResponse: 0.4,
  /** ...which is this many killings per point of TCO power, times the mission's conflict factor. */
  violencePerTcoPoint: 100,
  /** Conflict factor: a confrontation escalates as organisations fragment, up to a ceiling. */
  conflictFactor: {
    militaryLead: { start: 0.7, perYear: 0.4, max: 2.0 },
    policeTransition: { start: 1.5, perYear: 0.1, max: 1.8 },
    militarySupportsPolice: { start: 1.3, perYear: 0.05, max: 1.5 },
    traditionalMissions: { start: 1.2, perYear: 0.05, max: 1.5 },
    // D: violence drops while the bargain holds ("reduce or eliminate violence")...
    accommodation: { start: 0.55, perYear: 0.05, max: 0.85 },
    // ...and climbs once it fragments: "kidnapping and extortion are now integral to their overall operations".
    fragmented: { start: 1.5, perYear: 0.1, max: 2.0 },
  } satisfies Record<Mission | 'fragmented', { start: number; perYear: number; max: number }>,
  /** Random spread of the yearly violence count (± this share). */
  violenceNoise: 0.06,

  /** TCO power: pressure applied per year by mission, scaled by intelligence and police capacity. */
  tcoPressure: { militaryLead: 2.6, policeTransition: 2.2, militarySupportsPolice: 1.8, traditionalMissions: 0.3, accommodation: 0 } satisfies Record<Mission, number>,
  /** Growth of TCO power under impunity: per point of rule of law below 50. */
  tcoImpunityGrowth: 0.04,
  /** US demand keeps refilling the organisations: each year they regrow this share of the gap to the level demand sustains. */
  tcoDemandLevel: 60,
  tcoRegrowth: 0.15,
  /** Extra yearly growth when the state stops confronting them. */
  tcoGrowthByMission: { militaryLead: 0, policeTransition: 0, militarySupportsPolice: 0, traditionalMissions: 2, accommodation: 3 } satisfies Record<Mission, number>,

  /** Public support for the strategy: violence above this count erodes it... */
  supportViolenceReference: 6000,
  /** ...by one point per this many killings above it (and restores below), capped per year. */
  supportViolenceScale: 2500,
  supportViolenceCap: 4,
  /** Visible success: support gained per point of TCO power lost this year. */
  supportPerTcoLoss: 0.8,
  /** Fatigue: support drifts this share of the way back to a weary baseline each year. */
  supportBaseline: 45,
  supportFatigue: 0.1,
  /** A new strategy's "fresh start" (Option B: "the political value of a fresh start"). */
  freshStart: { A: 0, B: 10, 'C+LE': 8, C: 8, D: 6 } satisfies Record<StrategyToken, number>,

  /** Police capacity: yearly progress by mission (6,000 to 35,000 federal officers, 2008-2011). */
  policeGrowth: { militaryLead: 1.5, policeTransition: 3.5, militarySupportsPolice: 2.5, traditionalMissions: 1.5, accommodation: -2 } satisfies Record<Mission, number>,
  /** Option B hands the lead to the police after this many years... */
  handoverYears: 4,
  /** ...once police capacity has reached this level ("will take years"). */
  handoverPoliceCapacity: 50,
  /** ...with this chance each year once both hold, so that it comes in year 4, 5, 6 or later ("much if not the entirety of the next president's term"). */
  handoverChance: 0.45,
  /** At the handover the Army steps back from daily operations: "interactions may begin to decrease". */
  handoverShock: { sedena: -9, semar: -5 },

  /** Rule of law: yearly change by mission (D "institutionalizes culture of impunity"). */
  ruleOfLawByMission: { militaryLead: 0.5, policeTransition: 1, militarySupportsPolice: 1, traditionalMissions: 1.5, accommodation: -4 } satisfies Record<Mission, number>,

  /** Intelligence sharing bands on the headline relationship. */
  intelDeep: 60,
  intelRoutine: 35,
  intelFunctional: 15,

  /** A guarded Mexico accepts a US offer with this chance (§2.5: "accepting or refusing US offers"). */
  guardedConsent: 0.5,

  /**
   * The incoming president weighs the outgoing strategy's perceived success (§4: "a major factor in
   * the next president's assessment ... may be the perceived level of success"). Each part is a score
   * of about -1 (failure) to +1 (success); the blend moves each strategy's weight by exp(k × score).
   */
  successWeights: { support: 0.35, violence: 0.15, tco: 0.25, commitment: 0.25 },
  /** Support above this reads as success, below as failure, one unit per `successSupportScale` points. */
  successSupportReference: 45,
  successSupportScale: 15,
  /** TCO power lost over the term, per unit of score. */
  successTcoScale: 8,
  /** US follow-through above this reads as success ("deeds, not words"). */
  successCommitmentReference: 45,
  successCommitmentScale: 20,
  /** exp(k × success) on each strategy's weight: continuing A gains from success, a radical change from failure. */
  successResponse: { A: 1.6, B: 0.3, 'C+LE': -0.4, C: -0.8, D: -1.6 } satisfies Record<StrategyToken, number>,
  /** Sovereignty strain: tension above this reference, per `strainScale` points, is "encroachment" (§4)... */
  strainReference: 45,
  strainScale: 20,
  /** ...and moves each strategy's weight by exp(k × strain): staying close to the US costs a president politically. */
  strainResponse: { A: -0.9, B: -0.2, 'C+LE': 0.1, C: 0.4, D: 0.5 } satisfies Record<StrategyToken, number>,

  /** Political capital per year for each role, and how much unspent capital carries over. */
  capitalPerYear: { us: 4, mexico: 3, sedena: 2, semar: 2, tco: 3 },
  capitalCarryOver: 2,

  /** Cards drawn each year: one, and a second with this chance. */
  secondCardChance: 0.5,

  /** Election: party weights when the scenario gives none. */
  electionBase: { PAN: 1, PRI: 1, PRD: 1 } satisfies Record<Party, number>,
  /** The incumbent's weight is scaled by (floor + support/100). */
  electionSupportFloor: 0.5,
  /** Violence above this count costs the incumbent... */
  electionViolenceReference: 8000,
  /** ...this share of its weight. */
  electionViolencePenalty: 0.2,
} as const;

export type ModelParams = typeof MODEL;
